import SamskabModel
import SamskabPlanning
import SamskabJournalLine

/// A walk as an event carries it: who walks with whom, and each pair's station in each round.
/// Recorded whole (with the seed it was drawn from), so every terminal and rerun agrees.
public struct PlannedPairs: Sendable, Equatable {
    public var seed: String?
    public var groups: [[String]]
    /// `visits[round][group]`: a table number of the visited discussion, or nil (reflection).
    public var visits: [[Int?]]

    /// More rounds than any walk has; bounded where read.
    static let largestRoundCount = DayLimits.rounds

    init(seed: String?, groups: [[String]], visits: [[Int?]]) {
        self.seed = seed
        self.groups = groups
        self.visits = visits
    }

    func encode(to line: inout JournalLineWriter) {
        line.field("seed", seed)
        line.field("rounds", visits.count)
        line.field("members", rows: groups.enumerated().flatMap { index, group in
            group.map { [("participant", JournalJSON.Value.string($0)), ("pair", .integer(index + 1))] }
        })
        var visitRows: [[(String, JournalJSON.Value)]] = []
        for (round, stations) in visits.enumerated() {
            for (group, station) in stations.enumerated() {
                guard let station else { continue }
                visitRows.append([("round", .integer(round + 1)), ("pair", .integer(group + 1)), ("station", .integer(station))])
            }
        }
        line.field("visits", rows: visitRows)
    }

    init(from line: JournalLineReader) throws(JournalLineError) {
        seed = try line.text("seed")
        let rounds = try line.need(try line.bounded("rounds", 0...Self.largestRoundCount), "rounds")
        let limit = JournalLineReader.largestCount
        var groups: [[String]] = []
        for row in try line.rows("members") {
            let participant = try row.requiredText("participant", in: "members")
            let pair = try row.number("pair", in: "members", 1...limit)
            // Pairs are numbered 1, 2, … in order; a member of pair n + 2 before pair n + 1 exists is an error.
            guard pair <= groups.count + 1 else { throw JournalLineError("'members' names pair \(pair) before pair \(groups.count + 1)") }
            if pair == groups.count + 1 { groups.append([]) }
            groups[pair - 1].append(participant)
        }
        var visits = Array(repeating: Array(repeating: Int?.none, count: groups.count), count: rounds)
        for row in try line.rows("visits") {
            let round = try row.number("round", in: "visits", 1...max(1, rounds))
            let pair = try row.number("pair", in: "visits", 1...max(1, groups.count))
            let station = try row.number("station", in: "visits", 1...PlannedTables.largestTableCount)
            guard visits.indices.contains(round - 1), visits[round - 1].indices.contains(pair - 1) else {
                throw JournalLineError("'visits' names round \(round) or pair \(pair), which the walk does not have")
            }
            guard visits[round - 1][pair - 1] == nil else { throw JournalLineError("pair \(pair) has two stations in round \(round)") }
            visits[round - 1][pair - 1] = station
        }
        self.groups = groups
        self.visits = visits
    }

    /// The plan, once every member and station is checked against the state.
    func plan(for item: Int, in state: SessionState) throws(SessionError) -> PairPlan {
        guard let gallery = state.gallery(item: item) else {
            throw SessionError("item \(item + 1) is not a gallery walk, so it has no pairs",
                               danish: "punkt \(item + 1) er ikke en fernisering, så det har ingen par")
        }
        var walking: Set<String> = []
        for group in groups {
            for id in group {
                try state.checkSeatable(id)
                guard walking.insert(id).inserted else {
                    throw SessionError("\(id) walks in two pairs", danish: "\(id) går i to par")
                }
            }
        }
        let tables = state.tablePlans[gallery.visitsItem]
        for round in visits {
            for case let station? in round where tables?.table(number: station) == nil {
                throw SessionError("a pair is sent to table \(station), which the visited discussion (item \(gallery.visitsItem + 1)) does not have",
                                   danish: "et par sendes til bord \(station), som den besøgte drøftelse (punkt \(gallery.visitsItem + 1)) ikke har")
            }
        }
        return PairPlan(groups: groups, visits: visits, seed: seed)
    }
}

/// The pairs and route of a gallery walk; replaces the item's walk.
public struct PairsPlanned: EventPayload {
    public static let type = "pairs.planned"
    public static let examples = [
        PairsPlanned(item: 5, plan: PlannedPairs(seed: "00000000000000aa", groups: [["r1", "r2"], ["r3", "r4", "r5"]],
                                                 visits: [[2, 1], [1, 2], [nil, nil]])),
    ]

    public var item: Int
    public var plan: PlannedPairs

    public init(item: Int, plan: PlannedPairs) {
        self.item = item
        self.plan = plan
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        plan.encode(to: &line)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        plan = try PlannedPairs(from: line)
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkItem(item)
        let made = try plan.plan(for: item, in: state)
        return state.recording([.pairPlan(item)], undoable: record.actor == .facilitator) { state in
            state.pairPlans[item] = made
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "par til punkt \(item + 1)" : "pairs for item \(item + 1)" }
}

/// A late arrival joins a pair, which becomes a trio and keeps its route.
public struct PairJoined: EventPayload {
    public static let type = "pair.joined"
    public static let examples = [PairJoined(item: 5, participant: "p31", pair: 3)]

    public var item: Int
    public var participant: String
    /// 1-based.
    public var pair: Int

    public init(item: Int, participant: String, pair: Int) {
        self.item = item
        self.participant = participant
        self.pair = pair
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        line.field("participant", participant)
        line.field("pair", pair)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        participant = try line.requiredText("participant")
        pair = try line.need(try line.bounded("pair", 1...JournalLineReader.largestCount), "pair")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var plan = try state.checkPairPlan(item)
        let person = try state.checkSeatable(participant)
        if let group = plan.group(of: participant) {
            throw SessionError("\(person.name) already walks in pair \(group + 1)", danish: "\(person.name) går allerede i par \(group + 1)")
        }
        try state.checkPair(pair, gallery: item)
        plan.groups[pair - 1].append(participant)
        return state.recording([.pairPlan(item)], undoable: record.actor == .facilitator) { state in
            state.pairPlans[item] = plan
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "\(participant) går med par \(pair)" : "\(participant) joins pair \(pair)"
    }
}
