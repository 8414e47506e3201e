import SamskabJournalLine

/// The facilitator moves the gallery walk on to its next round now: the item's clock jumps to the
/// start of the next round (the rest of this round's time is used up), so every screen shifts.
public struct RoundSkipped: EventPayload {
    public static let type = "round.skipped"
    public static let examples = [RoundSkipped(item: 5)]

    public var item: Int

    public init(item: Int) {
        self.item = item
    }

    public func encode(to line: inout JournalLineWriter) { line.field("item", item + 1) }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkCurrent(item, doing: "skip a round of", danish: "springe en runde over i")
        guard let moment = state.walkMoment(item: item, at: record.time) else {
            throw SessionError("item \(item + 1) is not a gallery walk, so it has no rounds",
                               danish: "punkt \(item + 1) er ikke en fernisering, så det har ingen runder")
        }
        if moment.isOver || moment.round + 1 >= moment.roundCount {
            throw SessionError("the walk is already in its last round (\(moment.roundCount))",
                               danish: "ferniseringen er allerede i sidste runde (\(moment.roundCount))")
        }
        let skip = moment.secondsLeftInRound
        return state.recording([.timer(item)], undoable: record.actor == .facilitator) { state in
            state.timers[item, default: ItemTimer()].elapsedBeforeRun += skip
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "spring en runde over" : "skip a round" }
}
