import SamskabJournalLine

/// The program moves to another item: the item left pauses its timer, the item arrived at starts.
public struct PhaseMoved: EventPayload {
    public static let type = "phase.moved"
    public static let examples = [
        PhaseMoved(item: 2),
        PhaseMoved(item: 2, plan: PlannedTables(seed: "00000000000000ff", tables: [.init(name: "Bord 1")],
                                                seats: [.init(participant: "r2", table: 1)])),
        PhaseMoved(item: 5, pairs: PlannedPairs(seed: "00000000000000aa", groups: [["r1", "r2"], ["r3", "r4", "r5"]],
                                                visits: [[2, 1], [1, 2], [nil, nil]])),
    ]

    /// 0-based program index moved to.
    public var item: Int
    /// A discussion opened without a table plan gets one as it opens (one event, one undo).
    public var plan: PlannedTables?
    /// A gallery walk opened without pairs gets them as it opens, where it can (one event, one undo).
    public var pairs: PlannedPairs?

    public init(item: Int, plan: PlannedTables? = nil, pairs: PlannedPairs? = nil) {
        self.item = item
        self.plan = plan
        self.pairs = pairs
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        plan?.encode(to: &line)
        pairs?.encode(to: &line)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        plan = try PlannedTables(from: line)
        // A walk's pairs are written with their number of rounds; a line without it has none.
        pairs = try line.bounded("rounds", 0...PlannedPairs.largestRoundCount) == nil ? nil : try PlannedPairs(from: line)
        if plan != nil, pairs != nil { throw JournalLineError("a move opens with tables or with pairs, not both") }
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkItem(item)
        if item == state.position {
            throw SessionError("the program is already at item \(item + 1)", danish: "programmet er allerede ved punkt \(item + 1)")
        }
        let (from, to) = (state.position, item)
        let made = try plan?.plan(for: item, in: state)
        if made != nil, state.tablePlans[item] != nil {
            throw SessionError("item \(item + 1) already has a table plan", danish: "punkt \(item + 1) har allerede en bordplan")
        }
        let walk = try pairs?.plan(for: item, in: state)
        if walk != nil, state.pairPlans[item] != nil {
            throw SessionError("item \(item + 1) already has pairs", danish: "punkt \(item + 1) har allerede par")
        }
        return state.recording([.position, .timer(from), .timer(to), .moves, .tablePlan(to), .pairPlan(to)],
                               undoable: record.actor == .facilitator) { state in
            if let made { state.tablePlans[to] = made }
            if let walk { state.pairPlans[to] = walk }
            state.timers[from, default: ItemTimer()].pause(at: record.time)
            state.timers[to, default: ItemTimer()].start(at: record.time)
            state.position = to
            state.moves.append(Move(sequence: record.sequence, from: from, to: to, time: record.time))
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "gå til punkt \(item + 1)" : "move to item \(item + 1)" }
}

public struct TimerStarted: EventPayload {
    public static let type = "timer.started"
    public static let examples = [TimerStarted(item: 0)]

    public var item: Int

    public init(item: Int) {
        self.item = item
    }

    public func encode(to line: inout JournalLineWriter) { line.field("item", item + 1) }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkCurrent(item, doing: "start the timer of", danish: "starte uret for")
        if state.timer(item: item).isRunning {
            throw SessionError("the timer of item \(item + 1) is already running", danish: "uret for punkt \(item + 1) kører allerede")
        }
        return state.recording([.timer(item)], undoable: record.actor == .facilitator) { state in
            state.timers[item, default: ItemTimer()].start(at: record.time)
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "start uret" : "start the timer" }
}

public struct TimerPaused: EventPayload {
    public static let type = "timer.paused"
    public static let examples = [TimerPaused(item: 0)]

    public var item: Int

    public init(item: Int) {
        self.item = item
    }

    public func encode(to line: inout JournalLineWriter) { line.field("item", item + 1) }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkCurrent(item, doing: "pause the timer of", danish: "sætte uret på pause for")
        if !state.timer(item: item).isRunning {
            throw SessionError("the timer of item \(item + 1) is not running", danish: "uret for punkt \(item + 1) kører ikke")
        }
        return state.recording([.timer(item)], undoable: record.actor == .facilitator) { state in
            state.timers[item, default: ItemTimer()].pause(at: record.time)
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "sæt uret på pause" : "pause the timer" }
}

/// Minutes added to an item (negative to shorten it).
public struct TimerExtended: EventPayload {
    public static let type = "timer.extended"
    public static let examples = [TimerExtended(item: 1, minutes: 5), TimerExtended(item: 1, minutes: -1)]

    /// No item of a day runs longer than a day: extensions and the item's total are bounded by it.
    public static let limit = 24 * 60

    public var item: Int
    public var minutes: Int

    public init(item: Int, minutes: Int) {
        self.item = item
        self.minutes = minutes
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        line.field("minutes", minutes)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        minutes = try line.need(line.bounded("minutes", -Self.limit...Self.limit), "minutes")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkItem(item)
        let planned = state.workshop.program[item].minutes + state.timer(item: item).extraMinutes
        if minutes == 0 { throw SessionError("extend by at least one minute", danish: "forlæng med mindst ét minut") }
        guard (-Self.limit...Self.limit).contains(minutes) else {
            throw SessionError("an item can be extended by at most \(Self.limit) minutes at a time",
                               danish: "et punkt kan højst forlænges med \(Self.limit) minutter ad gangen")
        }
        if planned + minutes < 1 {
            throw SessionError("item \(item + 1) has \(planned) minutes; it cannot be shortened by \(-minutes)",
                               danish: "punkt \(item + 1) har \(planned) minutter; det kan ikke forkortes med \(-minutes)")
        }
        if planned + minutes > Self.limit {
            throw SessionError("item \(item + 1) would last more than a day (\(planned + minutes) minutes)",
                               danish: "punkt \(item + 1) ville vare mere end et døgn (\(planned + minutes) minutter)")
        }
        return state.recording([.timer(item)], undoable: record.actor == .facilitator) { state in
            state.timers[item, default: ItemTimer()].extraMinutes += minutes
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "forlæng uret med \(minutes) min" : "extend the timer by \(minutes) min" }
}
