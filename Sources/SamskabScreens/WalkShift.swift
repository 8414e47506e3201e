import SamskabSession

/// The round a gallery walk was in at the last frame, to notice when it moves on.
public struct WalkRoundMark: Sendable, Equatable {
    public var item: Int
    public var round: Int
}

extension ProjectorController {
    /// How long the wall says SKIFT after a shift.
    public static let shiftSeconds = 5.0

    /// On every tick: when the walk's round has changed since the last frame (the clock ran
    /// on, or a round was skipped or undone), the wall says SKIFT for a few seconds; the answer
    /// is whether to ring the bell. Landing on the item, or its pairs appearing, is no shift.
    static func walkShift(view: inout ProjectorView, state: SessionState, now: Timestamp) -> Bool {
        guard state.pairPlans[state.position] != nil, let moment = state.walkMoment(item: state.position, at: now) else {
            view.walkRound = nil
            return false
        }
        let mark = WalkRoundMark(item: state.position, round: moment.round)
        defer { view.walkRound = mark }
        guard let before = view.walkRound, before.item == mark.item, before.round != mark.round else { return false }
        view.shiftUntil = now.adding(seconds: shiftSeconds)
        return true
    }

    /// What the projector asks for as the program lands on an item (from any terminal): a gallery
    /// walk without pairs asks the engine for them (it says why where it cannot).
    public static func arrived(state: SessionState) -> [ProjectorEffect] {
        guard state.gallery(item: state.position) != nil, state.pairPlans[state.position] == nil else { return [] }
        return [.submit(.planPairs(item: nil, reshuffle: false))]
    }
}
