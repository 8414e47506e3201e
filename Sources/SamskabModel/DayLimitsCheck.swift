/// `samskab check` on the bounds of the day's journal (`DayLimits`): a roster larger than a
/// session can hold is an error; a plan or walk the planners must shrink to fit is a warning,
/// counted from the roster (people added on the day count too, and are refused past the limit).
extension WorkshopParser {
    static func checkDayLimits(program: [ProgramItem]?, roster: [Person], rosterPosition: SourcePosition,
                               programPosition: SourcePosition, reader: inout FieldReader) {
        if roster.count > DayLimits.people {
            reader.log.error("the roster has \(roster.count) people; a session holds at most \(DayLimits.people), "
                             + "so its table plans and walks can be written and read back", at: rosterPosition)
        }
        guard let program else { return }
        let departmentsPresent = Set(roster.map { $0.department ?? "" }).count
        for (index, item) in program.enumerated() {
            switch item.content {
            case .discussion(let discussion) where discussion.grouping == .mixed && !roster.isEmpty:
                let size = max(1, discussion.groupSize)
                let tables = (roster.count - 1) / size + 1
                guard tables > DayLimits.tables else { continue }
                let seated = (roster.count - 1) / DayLimits.tables + 1
                reader.log.warning("program item \(index + 1) seats the roster's \(roster.count) people at tables of "
                                   + "\(discussion.groupSize), which makes \(tables) tables; a plan has at most \(DayLimits.tables), "
                                   + "so up to \(seated) people will sit at each (a larger 'group_size' says so)",
                                   at: programPosition)
            case .discussion(let discussion) where discussion.grouping == .department:
                guard departmentsPresent > DayLimits.tables else { continue }
                reader.log.warning("program item \(index + 1) gives each of \(departmentsPresent) departments a table; a plan has at most "
                                   + "\(DayLimits.tables) tables, so its plan cannot be made", at: programPosition)
            case .gallery(let gallery):
                let wanted = item.minutes / max(1, gallery.stationMinutes)
                if wanted > DayLimits.rounds {
                    reader.log.warning("program item \(index + 1) (gallery) has \(wanted) rounds of \(gallery.stationMinutes) minutes; "
                                       + "a walk has at most \(DayLimits.rounds), so the last \(wanted - DayLimits.rounds) are not used "
                                       + "(a larger 'station_minutes')", at: programPosition)
                }
                let pairs = roster.count / 2
                let rounds = DayLimits.walkRounds(minutes: item.minutes, stationMinutes: gallery.stationMinutes)
                let visiting = DayLimits.visitingRounds(wanted: rounds, groups: pairs)
                // Counted as if every round visited a board (the planner may send pairs to fewer).
                guard pairs > 0, visiting < rounds, program.indices.contains(gallery.visitsItem),
                      case .discussion(let visited) = program[gallery.visitsItem].content, visited.grouping != .room else { continue }
                reader.log.warning("program item \(index + 1) (gallery): \(pairs) pairs for \(rounds) rounds would make "
                                   + "\(pairs * rounds) visits; a walk records at most \(DayLimits.listEntries), so pairs visit boards "
                                   + "in at most \(visiting) rounds and the rest are for the reflection question "
                                   + "(a larger 'station_minutes')", at: programPosition)
            default:
                continue
            }
        }
    }
}
