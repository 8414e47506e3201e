import SamskabModel
import SamskabPlanning

/// The fernisering's walk: pairs (and trios) across departments, and the route each takes over
/// the boards — the tables of the visited discussion — round by round.
public struct PairPlan: Sendable, Equatable {
    /// The pairs and trios, as participant ids; numbered from 1 on the wall ("Par 3").
    public var groups: [[String]]
    /// `visits[round][group]`: the table number (in the visited discussion's plan) the group
    /// stands at, or nil in a round for the reflection question.
    public var visits: [[Int?]]
    public var seed: String?

    public init(groups: [[String]], visits: [[Int?]], seed: String?) {
        self.groups = groups
        self.visits = visits
        self.seed = seed
    }

    /// The 0-based group a person walks in, if any.
    public func group(of participant: String) -> Int? {
        groups.firstIndex { $0.contains(participant) }
    }

    /// Rounds at the boards; the rounds after them are for the reflection question.
    public var visitingRounds: Int { visits.prefix { round in round.contains { $0 != nil } }.count }

    /// The table a group stands at in a 0-based round; nil in a reflection round or past the end.
    public func station(group: Int, round: Int) -> Int? {
        guard visits.indices.contains(round), visits[round].indices.contains(group) else { return nil }
        return visits[round][group]
    }
}

extension SessionState {
    /// The gallery at `item`, if it is one.
    public func gallery(item: Int) -> Gallery? {
        guard workshop.program.indices.contains(item), case .gallery(let gallery) = workshop.program[item].content else { return nil }
        return gallery
    }

    /// How many rounds a gallery walk has: its minutes ÷ the minutes at each station (at least one).
    public func galleryRounds(item: Int) -> Int {
        guard let gallery = gallery(item: item) else { return 0 }
        return DayLimits.walkRounds(minutes: workshop.program[item].minutes, stationMinutes: gallery.stationMinutes)
    }

    /// A new walk for a gallery: pairs of the people present, routed over the visited
    /// discussion's tables. Refuses where there is nobody or nothing to visit.
    func makePairs(item: Int, seed: UInt64) throws(SessionError) -> PlannedPairs {
        guard let gallery = gallery(item: item) else {
            throw SessionError("item \(item + 1), '\(workshop.program[item].title)', is not a gallery walk (fernisering), so it has no pairs",
                               danish: "punkt \(item + 1), '\(workshop.program[item].title)', er ikke en fernisering, så det har ingen par")
        }
        let visited = gallery.visitsItem
        guard let tables = tablePlans[visited] else {
            throw SessionError("the visited discussion, item \(visited + 1), has no table plan yet, so there are no boards to visit; "
                               + "make one with `samskab groups --item \(visited + 1)`",
                               danish: "den besøgte drøftelse, punkt \(visited + 1), har ingen bordplan endnu, så der er ingen borde at besøge; "
                               + "lav en med `samskab groups --item \(visited + 1)`")
        }
        let people = presentParticipants.map { Seatable(id: $0.id, department: $0.department) }
        guard people.count >= 2 else {
            throw SessionError("a gallery walk needs at least two people present", danish: "en fernisering kræver mindst to til stede")
        }
        var tableOf: [String: Int] = [:]
        for table in tables.tables { for id in table.members { tableOf[id] = table.number } }
        let groups = PairPlanner.pairs(people: people, tableOf: tableOf, seed: seed)
        let rotation = RotationPlanner.plan(groups: groups, stations: tables.tables.map(\.members),
                                            rounds: galleryRounds(item: item), seed: seed)
        let visits = rotation.visits.map { round in round.map { station in station.map { tables.tables[$0].number } } }
        return PlannedPairs(seed: Self.hex(seed), groups: groups, visits: visits)
    }
}

extension SessionState {
    /// The gallery walk and 1-based pair a person walks in: the current item's if it is a walk,
    /// else the latest walk before it, else one planned ahead.
    public func walk(of participant: String) -> (gallery: Int, pair: Int)? {
        let galleries = pairPlans.keys.filter { $0 <= position }.sorted(by: >) + pairPlans.keys.filter { $0 > position }.sorted()
        for gallery in galleries {
            if let group = pairPlans[gallery]?.group(of: participant) { return (gallery, group + 1) }
        }
        return nil
    }
}

/// Where a gallery walk is at a moment: the round (0-based), whether it is at the boards or the
/// reflection, and the seconds left of the round. It follows the item's timer, so pausing holds
/// the round and extending lengthens the last one.
public struct WalkMoment: Sendable, Equatable {
    public var round: Int
    public var roundCount: Int
    public var secondsLeftInRound: Double
    /// True in a round for the reflection question (after the rounds at the boards).
    public var isReflection: Bool
    /// The walk has used all its rounds (the item runs on past its time).
    public var isOver: Bool
}

extension SessionState {
    /// The walk at `item` at `now`, if the item is a gallery.
    public func walkMoment(item: Int, at now: Timestamp) -> WalkMoment? {
        guard let gallery = gallery(item: item) else { return nil }
        let rounds = galleryRounds(item: item)
        let station = Double(max(1, gallery.stationMinutes) * 60)
        let elapsed = max(0, timer(item: item).elapsedSeconds(at: now))
        let index = Int(min(Double(rounds), (elapsed / station).rounded(.down)))
        let over = index >= rounds
        let round = min(index, max(0, rounds - 1))
        let left = over ? 0 : station * Double(round + 1) - elapsed
        let visiting = pairPlans[item]?.visitingRounds ?? rounds
        return WalkMoment(round: round, roundCount: rounds, secondsLeftInRound: left, isReflection: round >= visiting, isOver: over)
    }
}

extension SessionState {
    /// A station of a walk by the name people see: the visited discussion's name for the table.
    public func stationName(_ table: Int, visited: Int) -> String {
        tablePlans[visited]?.table(number: table)?.name ?? numberedTableName(table)
    }
}
