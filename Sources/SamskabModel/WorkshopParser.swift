import Yams

/// A file the definition refers to (the roster CSV), as read by the caller.
/// The parser does no I/O itself: the file layer hands it the bytes.
public enum RelatedFile: Sendable {
    case contents(path: String, bytes: [UInt8])
    case unreadable(reason: String)
}

/// Reads a workshop definition and checks every rule, reporting all problems in one pass.
public enum WorkshopParser {
    public struct Outcome: Sendable {
        /// Present only when there is no error (warnings allowed).
        public var workshop: Workshop?
        public var diagnostics: [Diagnostic]

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
        public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

        public init(workshop: Workshop?, diagnostics: [Diagnostic]) {
            self.workshop = workshop
            self.diagnostics = diagnostics
        }
    }

    static let topLevelKeys = [
        "title", "subtitle", "date", "place", "language", "start", "departments", "roster", "program", "next_steps",
        "kiosk_pin", "page_seconds",
    ]

    /// - Parameters:
    ///   - bytes: the definition file as it is on disk.
    ///   - file: the name to put in front of each problem.
    ///   - readRelated: reads a file named in the definition (relative to the definition's folder).
    public static func parse(bytes: [UInt8], file: String, readRelated: (String) -> RelatedFile) -> Outcome {
        var log = DiagnosticLog(file: file)
        let workshop = parse(bytes: bytes, log: &log, readRelated: readRelated)
        // Problems in file order, the definition's own before those of files it names.
        let ordered = log.all.enumerated().sorted { a, b in
            let keyA = (a.element.file != file ? 1 : 0, a.element.line, a.element.column, a.offset)
            let keyB = (b.element.file != file ? 1 : 0, b.element.line, b.element.column, b.offset)
            return keyA < keyB
        }.map(\.element)
        return Outcome(workshop: log.hasErrors ? nil : workshop, diagnostics: ordered)
    }

    /// Parses text already in memory; for tests and tools that have no related files.
    public static func parse(text: String, file: String = "workshop.yaml") -> Outcome {
        parse(bytes: Array(text.utf8), file: file) { _ in .unreadable(reason: "no files can be read here") }
    }

    private static func parse(bytes: [UInt8], log: inout DiagnosticLog, readRelated: (String) -> RelatedFile) -> Workshop? {
        if bytes.count > DefinitionLimits.definitionBytes {
            log.error("the file is larger than \(DefinitionLimits.describe(bytes: DefinitionLimits.definitionBytes)), "
                      + "the most a workshop definition may be; is it the right file?", at: .start)
            return nil
        }
        guard let text = SourceText.decode(bytes, log: &log) else { return nil }
        if SourceText.isBlank(text) {
            log.error("the file is empty; a workshop definition needs at least 'title:' and 'program:' "
                      + "(see docs/workshop-format.md for an example)", at: .start)
            return nil
        }
        if SourceText.reportTabIndentation(in: text, log: &log) { return nil }
        guard let root = YAMLDocument.compose(text, log: &log) else { return nil }
        guard let fields = Fields(root, owner: "the workshop") else {
            log.error("the file must be a block of keys such as 'title:' and 'program:', not \(root.shapeDescription)",
                      at: root.position)
            return nil
        }

        var reader = FieldReader(log: log)
        reader.rejectUnknownKeys(fields, allowed: topLevelKeys, kindName: "the workshop")
        let title = reader.text(fields, "title", required: true, example: "Fælles om ledelse")
        let subtitle = reader.text(fields, "subtitle")
        let date = reader.date(fields, "date")
        let place = reader.text(fields, "place")
        let language = reader.choice(fields, "language", as: Language.self) ?? .danish
        let start = clockTime(fields, "start", reader: &reader)
        let departments = DepartmentParser.parse(fields["departments"], reader: &reader)
        let roster = RosterParser.parse(fields["roster"], departments: departments, reader: &reader, readRelated: readRelated)
        let program = ProgramParser.parse(fields, departments: departments, language: language, reader: &reader)
        let nextSteps = NextStepParser.parse(fields["next_steps"], reader: &reader)
        let kioskPin = reader.text(fields, "kiosk_pin")
        if let kioskPin, !(4...12).contains(kioskPin.count) || !kioskPin.allSatisfy(\.isASCIIDigit) {
            reader.log.error("'kiosk_pin' must be 4 to 12 digits, like \"4821\" (in quotes); found '\(kioskPin)'",
                             at: fields["kiosk_pin"]?.position ?? fields.position)
        }
        let pageSeconds = reader.wholeNumber(fields, "page_seconds", range: Workshop.pageSecondsRange, unit: "seconds",
                                             example: "10")
        checkTimetable(program: program, start: start, programPosition: fields.keyPosition("program"), reader: &reader)
        checkGalleryWalks(program: program, roster: roster, programPosition: fields.keyPosition("program"), reader: &reader)
        checkDayLimits(program: program, roster: roster, rosterPosition: fields.keyPosition("roster"),
                       programPosition: fields.keyPosition("program"), reader: &reader)
        log = reader.log

        guard let title, let program else { return nil }
        return Workshop(
            title: title, subtitle: subtitle, date: date, place: place, language: language, start: start,
            departments: departments, roster: roster, program: program, nextSteps: nextSteps, kioskPin: kioskPin,
            pageSeconds: pageSeconds ?? Workshop.defaultPageSeconds)
    }

    private static func clockTime(_ fields: Fields, _ key: String, reader: inout FieldReader) -> ClockTime? {
        guard let raw = reader.text(fields, key) else { return nil }
        if let time = ClockTime(text: raw) { return time }
        reader.log.error("'\(key)' must be a time of day like 09:00 (or 9.00); found '\(raw)'",
                         at: fields[key]?.position ?? fields.position)
        return nil
    }

    /// A walk with more rounds than boards to see: legal (the last rounds are for the reflection
    /// question), but worth knowing before the day. Counted from the roster; people added on the
    /// day make more tables.
    private static func checkGalleryWalks(program: [ProgramItem]?, roster: [Person], programPosition: SourcePosition,
                                          reader: inout FieldReader) {
        guard let program, !roster.isEmpty else { return }
        for (index, item) in program.enumerated() {
            guard case .gallery(let gallery) = item.content, program.indices.contains(gallery.visitsItem),
                  case .discussion(let discussion) = program[gallery.visitsItem].content else { continue }
            // The rounds the walk will have, as the session counts them.
            let rounds = DayLimits.walkRounds(minutes: item.minutes, stationMinutes: gallery.stationMinutes)
            let tables: Int
            switch discussion.grouping {
            case .mixed: tables = (roster.count + discussion.groupSize - 1) / max(1, discussion.groupSize)
            case .department: tables = Set(roster.map { $0.department ?? "" }).count
            case .room: continue   // warned where the gallery names it
            }
            // A pair walks with someone from another table (another department), so two boards
            // are its own; it visits each other board once, and the rounds after are for the
            // reflection question — counted as the rotation planner counts them. One reflection
            // round is the walk as planned; more mean too few boards.
            let boards = max(0, tables - 2)
            let pairs = max(1, roster.count / 2)
            let visiting = DayLimits.roundsAtBoards(rounds: rounds, boards: boards, groups: pairs)
            guard rounds - visiting > 1 else { continue }
            let atBoards = visiting == 1 ? "round 1 is at the boards" : "rounds 1–\(visiting) are at the boards"
            let reflection = rounds - visiting == 1 ? "round \(rounds) is" : "rounds \(visiting + 1)–\(rounds) are"
            reader.log.warning("program item \(index + 1) (gallery) has \(rounds) rounds of \(gallery.stationMinutes) minutes, but the "
                               + "roster's \(roster.count) people sit at \(tables) \(tables == 1 ? "table" : "tables") in item "
                               + "\(gallery.visitsItem + 1), so a pair can see \(boards) \(boards == 1 ? "board" : "boards") it did not make: "
                               + "\(atBoards) and \(reflection) for the reflection question "
                               + "(fewer rounds: a larger 'station_minutes')",
                               at: programPosition)
        }
    }

    /// Warnings about the day as a whole, which are legal but likely slips.
    private static func checkTimetable(program: [ProgramItem]?, start: ClockTime?, programPosition: SourcePosition,
                                       reader: inout FieldReader) {
        guard let program else { return }
        let total = program.reduce(0) { $0 + $1.minutes }
        if let start, start.minutesAfterMidnight + total > 24 * 60 {
            reader.log.warning("the program starts at \(start) and lasts \(DurationText.describe(minutes: total)), "
                               + "so it runs past midnight", at: programPosition)
        } else if total > 16 * 60 {
            reader.log.warning("the program lasts \(DurationText.describe(minutes: total)); is a minutes value too large?",
                               at: programPosition)
        }
    }
}

/// `6 h 15 min`, `45 min`, `2 h`.
public enum DurationText {
    public static func describe(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        switch (hours, rest) {
        case (0, _): return "\(rest) min"
        case (_, 0): return "\(hours) h"
        default: return "\(hours) h \(rest) min"
        }
    }
}
