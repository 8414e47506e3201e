/// Dot voting at one item: on its notes, or on the day's key points. Each participant has `dots`
/// to place, at most `maxPerNote` on one; counts stay hidden until the facilitator reveals them.
public struct Voting: Sendable, Equatable {
    public enum Target: String, Sendable, Equatable, CaseIterable {
        case notes
        case keyPoints = "key_points"
    }

    public var target: Target
    public var dots: Int
    public var maxPerNote: Int?
    public var isOpen: Bool
    public var revealed: Bool

    public init(target: Target, dots: Int, maxPerNote: Int?, isOpen: Bool = true, revealed: Bool = false) {
        self.target = target
        self.dots = dots
        self.maxPerNote = maxPerNote
        self.isOpen = isOpen
        self.revealed = revealed
    }

    /// More dots than anyone places; bounded where read.
    public static let largestDotCount = 100
}

/// One dot: who placed it on which note (for key points: the key point's note).
public struct Dot: Sendable, Equatable {
    public var voter: String
    public var note: String
}

extension SessionState {
    /// Dots on notes that are still on the board (a withdrawn note's dots are given back).
    public func liveDots(item: Int) -> [Dot] {
        (dots[item] ?? []).filter { notes[$0.note]?.withdrawn == false }
    }

    /// Dots a participant has left at an item's voting.
    public func dotsLeft(voter: String, item: Int) -> Int {
        guard let voting = votings[item] else { return 0 }
        return voting.dots - liveDots(item: item).filter { $0.voter == voter }.count
    }

    /// Votes per note at an item (live notes only).
    public func voteCounts(item: Int) -> [String: Int] {
        var counts: [String: Int] = [:]
        for dot in liveDots(item: item) { counts[dot.note, default: 0] += 1 }
        return counts
    }

    func checkVoting(_ item: Int, open: Bool? = nil) throws(SessionError) -> Voting {
        try checkItem(item)
        guard let voting = votings[item] else {
            throw SessionError("there is no voting at item \(item + 1)", danish: "der er ingen afstemning ved punkt \(item + 1)")
        }
        if open == true, !voting.isOpen {
            throw SessionError("the voting at item \(item + 1) is closed", danish: "afstemningen ved punkt \(item + 1) er lukket")
        }
        return voting
    }

    /// A note dots can go on in this voting: a live note of the item, or one of the day's key points.
    func checkVotable(_ note: String, voting: Voting, item: Int) throws(SessionError) {
        let found = try liveNote(note)
        switch voting.target {
        case .notes:
            if found.item != item {
                throw SessionError("note \(note) is not on the board of item \(item + 1)",
                                   danish: "note \(note) er ikke på tavlen for punkt \(item + 1)")
            }
        case .keyPoints:
            if keyPoints[note] == nil {
                throw SessionError("note \(note) is not a key point, and this voting is on the key points",
                                   danish: "note \(note) er ikke en hovedpointe, og der stemmes om hovedpointerne")
            }
        }
    }
}

extension SessionState {
    /// The dots every note got in all the day's votings (its item's, and as a key point), live
    /// notes only, counted in one pass for a whole export.
    public func voteTotals() -> [String: Int] {
        var totals: [String: Int] = [:]
        for item in dots.keys { for dot in liveDots(item: item) { totals[dot.note, default: 0] += 1 } }
        return totals
    }
}
