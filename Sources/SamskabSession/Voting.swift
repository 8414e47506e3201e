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

    /// The votes are out and the voting is over: anyone may look at the result.
    public var showsResult: Bool { !isOpen && revealed }

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
    /// Dots on notes that are still on the board, and on clusters with such notes (a withdrawn
    /// note's dots are given back, and so are a cluster's once it is gone).
    public func liveDots(item: Int) -> [Dot] {
        (dots[item] ?? []).filter { isLiveBallot($0.note) }
    }

    func isLiveBallot(_ id: String) -> Bool {
        if let note = notes[id] { return !note.withdrawn }
        if let cluster = clusters[id] { return cluster.notes.contains { notes[$0]?.withdrawn == false } }
        return false
    }

    /// Dots a participant has left at an item's voting.
    public func dotsLeft(voter: String, item: Int) -> Int {
        guard let voting = votings[item] else { return 0 }
        return voting.dots - (dots[item] ?? []).reduce(0) { $0 + ($1.voter == voter && isLiveBallot($1.note) ? 1 : 0) }
    }

    /// Votes at an item per note, or per cluster for notes in one (live ones only).
    public func voteCounts(item: Int) -> [String: Int] {
        var counts: [String: Int] = [:]
        let target = votings[item]?.target ?? .notes
        for dot in liveDots(item: item) { counts[ballot(of: dot.note, target: target), default: 0] += 1 }
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

    /// A note dots can go on in this voting: a live note of the item (or a cluster of them), or
    /// one of the day's key points.
    func checkVotable(_ note: String, voting: Voting, item: Int) throws(SessionError) {
        if voting.target == .notes, let cluster = clusters[note] {
            if cluster.item != item {
                throw SessionError("the cluster '\(cluster.name)' is not on the board of item \(item + 1)",
                                   danish: "klyngen '\(cluster.name)' er ikke på tavlen for punkt \(item + 1)")
            }
            if !isLiveBallot(note) {
                throw SessionError("the cluster '\(cluster.name)' has no notes left", danish: "klyngen '\(cluster.name)' har ingen noter tilbage")
            }
            return
        }
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
    /// notes only, counted in one pass for a whole export. A cluster's dots are under its id
    /// (its notes were voted on as one).
    public func voteTotals() -> [String: Int] {
        var totals: [String: Int] = [:]
        for item in dots.keys { totals.merge(voteCounts(item: item), uniquingKeysWith: +) }
        return totals
    }

    /// Key points (by note) with their votes where the day's key points were voted on, and
    /// whether those votes are shown: the latest such voting.
    public var keyPointVoting: (item: Int, voting: Voting)? {
        votings.filter { $0.value.target == .keyPoints }.max { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

extension SessionState {
    /// What can be voted on at an item's voting, in board order: on notes, each note on the board
    /// or its cluster in its place; on key points, the day's key points in the order marked.
    public func ballots(item: Int) -> [String] {
        guard let voting = votings[item] else { return [] }
        switch voting.target {
        case .keyPoints:
            return keyPoints.keys.filter { notes[$0]?.withdrawn == false }
        case .notes:
            let merged = Set(keyPoints.values.flatMap(\.merged))
            var seen = Set<String>()
            var result: [String] = []
            for note in visibleNotes(item: item) where !merged.contains(note.id) {
                let id = ballot(of: note.id, target: .notes)
                if seen.insert(id).inserted { result.append(id) }
            }
            return result
        }
    }

    /// The ballots of an item's voting with their votes, most first; ties keep board order.
    public func rankedBallots(item: Int) -> [(id: String, votes: Int)] {
        let counts = voteCounts(item: item)
        let listed = ballots(item: item).enumerated().map { (index: $0.offset, id: $0.element, votes: counts[$0.element] ?? 0) }
        return listed.sorted { $0.votes != $1.votes ? $0.votes > $1.votes : $0.index < $1.index }.map { ($0.id, $0.votes) }
    }

    /// How many people have a dot on the board at an item's voting (the turnout, which is shown
    /// before the counts are).
    public func voterCount(item: Int) -> Int {
        Set(liveDots(item: item).map(\.voter)).count
    }

    /// Votes per ballot as anyone may see them: only once the facilitator has revealed them
    /// (nil until then). The one rule for the wall, the kiosk and the command line.
    public func shownVoteCounts(item: Int) -> [String: Int]? {
        guard votings[item]?.revealed == true else { return nil }
        return voteCounts(item: item)
    }

    /// `rankedBallots` as anyone may see it: nil until the votes are revealed.
    public func shownRanking(item: Int) -> [(id: String, votes: Int)]? {
        guard votings[item]?.revealed == true else { return nil }
        return rankedBallots(item: item)
    }

    /// What a ballot says: a cluster's name, a key point's wording, or the note's text.
    public func ballotText(_ id: String) -> String {
        if let cluster = clusters[id] { return cluster.name }
        return keyPoints[id]?.text ?? notes[id]?.text ?? id
    }
}
