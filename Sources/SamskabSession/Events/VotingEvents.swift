import SamskabJournalLine

/// The facilitator opens dot voting at an item (again: reopens it, keeping the dots placed).
public struct VotingOpened: EventPayload {
    public static let type = "voting.opened"
    public static let examples = [VotingOpened(item: 12, target: .keyPoints, dots: 3, maxPerNote: 2),
                                  VotingOpened(item: 8, target: .notes, dots: 5, maxPerNote: nil)]

    public var item: Int
    public var target: Voting.Target
    public var dots: Int
    public var maxPerNote: Int?

    public init(item: Int, target: Voting.Target, dots: Int, maxPerNote: Int?) {
        self.item = item
        self.target = target
        self.dots = dots
        self.maxPerNote = maxPerNote
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        line.field("on", target.rawValue)
        line.field("dots", dots)
        line.field("max_per_note", maxPerNote)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        let on = try line.requiredText("on")
        guard let target = Voting.Target(rawValue: on) else { throw JournalLineError("'on' must be notes or key_points, not '\(on)'") }
        self.target = target
        dots = try line.need(try line.bounded("dots", 1...Voting.largestDotCount), "dots")
        maxPerNote = try line.bounded("max_per_note", 1...Voting.largestDotCount)
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkItem(item)
        if let cap = maxPerNote, cap > dots {
            throw SessionError("at most \(cap) dots on one note is more than the \(dots) dots each has",
                               danish: "højst \(cap) prikker på én note er flere end de \(dots) prikker, hver har")
        }
        // The day's key points can be voted on at any item (the closing talk too); notes only where there are some.
        if target == .notes, state.questionCounts[item] == 0 {
            throw SessionError("item \(item + 1) takes no notes, so there is nothing to vote on there",
                               danish: "punkt \(item + 1) tager ikke imod noter, så der er intet at stemme om")
        }
        if state.votings[item]?.isOpen == true {
            throw SessionError("the voting at item \(item + 1) is already open", danish: "afstemningen ved punkt \(item + 1) er allerede åben")
        }
        if let earlier = state.votings[item], earlier.target != target {
            throw earlier.target == .notes
                ? SessionError("item \(item + 1) has had a voting on its notes; vote on the key points at another item, such as the last",
                               danish: "punkt \(item + 1) har haft en afstemning om sine noter; stem om hovedpointerne ved et andet punkt, fx det sidste")
                : SessionError("item \(item + 1) has had a voting on the key points; its notes cannot be voted on there as well",
                               danish: "punkt \(item + 1) har haft en afstemning om hovedpointerne; dets noter kan ikke også stemmes om dér")
        }
        // Reopened with fewer dots: nobody may be left over their budget.
        var placed: [String: Int] = [:]
        for dot in state.liveDots(item: item) { placed[dot.voter, default: 0] += 1 }
        if let (voter, count) = placed.filter({ $0.value > dots }).min(by: { $0.key < $1.key }) {
            let name = state.participants[voter]?.name ?? voter
            throw SessionError("\(name) has already placed \(count) dots here; give at least \(count)",
                               danish: "\(name) har allerede sat \(count) prikker her; giv mindst \(count)")
        }
        if let cap = maxPerNote {
            var perNote: [String: Int] = [:]
            for dot in state.liveDots(item: item) { perNote[dot.voter + " " + state.ballot(of: dot.note, target: target), default: 0] += 1 }
            if let most = perNote.values.max(), most > cap {
                throw SessionError("someone already has \(most) dots on one note here; allow at least \(most)",
                                   danish: "nogen har allerede \(most) prikker på én note her; tillad mindst \(most)")
            }
        }
        let voting = Voting(target: target, dots: dots, maxPerNote: maxPerNote, isOpen: true, revealed: state.votings[item]?.revealed ?? false)
        return state.recording([.voting(item)], undoable: record.actor == .facilitator) { state in
            state.votings[item] = voting
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "åbn afstemningen ved punkt \(item + 1)" : "open the voting at item \(item + 1)"
    }
}

/// The facilitator closes or reveals a voting: `closed` stops the dots; `revealed` shows the counts.
public struct VotingChanged: EventPayload {
    public static let type = "voting.changed"
    public static let examples = [VotingChanged(item: 12, change: .closed), VotingChanged(item: 12, change: .revealed)]

    public enum Change: String, Sendable, Equatable, CaseIterable {
        case closed
        case revealed
    }

    public var item: Int
    public var change: Change

    public init(item: Int, change: Change) {
        self.item = item
        self.change = change
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        line.field("change", change.rawValue)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        let raw = try line.requiredText("change")
        guard let change = Change(rawValue: raw) else { throw JournalLineError("'change' must be closed or revealed, not '\(raw)'") }
        self.change = change
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var voting = try state.checkVoting(item)
        switch change {
        case .closed:
            if !voting.isOpen { throw SessionError("the voting at item \(item + 1) is already closed", danish: "afstemningen ved punkt \(item + 1) er allerede lukket") }
            voting.isOpen = false
        case .revealed:
            if voting.revealed { throw SessionError("the votes at item \(item + 1) are already shown", danish: "stemmerne ved punkt \(item + 1) vises allerede") }
            voting.revealed = true
        }
        return state.recording([.voting(item)], undoable: record.actor == .facilitator) { state in
            state.votings[item] = voting
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        switch change {
        case .closed: danish ? "luk afstemningen ved punkt \(item + 1)" : "close the voting at item \(item + 1)"
        case .revealed: danish ? "vis stemmerne ved punkt \(item + 1)" : "reveal the votes at item \(item + 1)"
        }
    }
}

/// A participant places a dot on a note (`added`) or takes one back (`removed`) while voting is open.
public struct VoteCast: EventPayload {
    public static let type = "vote.cast"
    public static let examples = [VoteCast(item: 12, voter: "r3", note: "n41", added: true),
                                  VoteCast(item: 12, voter: "r3", note: "n41", added: false)]

    public var item: Int
    public var voter: String
    public var note: String
    /// false: the dot is taken back.
    public var added: Bool

    public init(item: Int, voter: String, note: String, added: Bool) {
        self.item = item
        self.voter = voter
        self.note = note
        self.added = added
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        line.field("voter", voter)
        line.field("note", note)
        line.field("added", added)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        voter = try line.requiredText("voter")
        note = try line.requiredText("note")
        added = try line.need(try line.bool("added"), "added")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        let voting = try state.checkVoting(item, open: true)
        let person = try state.checkParticipant(voter)
        try state.checkVotable(note, voting: voting, item: item)
        // A note in a cluster counts for its cluster: one budget, one cap, one dot to take back.
        // Only this voter's dots are looked at (a day replays every vote), and the list is
        // changed in place.
        let ballot = state.ballot(of: note, target: voting.target)
        let (mine, here, last) = { [state, item, voter] () -> (Int, Int, Int?) in
            // Scoped, so that no second reference to the list is left when it is appended to.
            var mine = 0, here = 0
            var last: Int?
            for (index, dot) in (state.dots[item] ?? []).enumerated() where dot.voter == voter && state.isLiveBallot(dot.note) {
                mine += 1
                if state.ballot(of: dot.note, target: voting.target) == ballot {
                    here += 1
                    last = index
                }
            }
            return (mine, here, last)
        }()
        if added {
            if mine >= voting.dots {
                throw SessionError("\(person.name) has used all \(voting.dots) dots; take one back first",
                                   danish: "\(person.name) har brugt alle \(voting.dots) prikker; tag en tilbage først")
            }
            if let cap = voting.maxPerNote, here >= cap {
                let (what, hvad) = state.ballotLabel(ballot)
                throw SessionError("\(person.name) already has \(cap) \(cap == 1 ? "dot" : "dots") on \(what), the most one note may get",
                                   danish: "\(person.name) har allerede \(cap) \(cap == 1 ? "prik" : "prikker") på \(hvad), det højeste én note kan få")
            }
        } else if last == nil {
            let (what, hvad) = state.ballotLabel(ballot)
            throw SessionError("\(person.name) has no dot on \(what)", danish: "\(person.name) har ingen prik på \(hvad)")
        }
        let (item, voter, note, added) = (item, voter, note, added)
        return state.recording([.dots(item)], undoable: record.actor == .facilitator) { state in
            if added {
                state.dots[item, default: []].append(Dot(voter: voter, note: note))
            } else if let last {
                state.dots[item]?.remove(at: last)
            }
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        added ? (danish ? "prik på note \(note)" : "dot on note \(note)") : (danish ? "prik fjernet fra note \(note)" : "dot taken from note \(note)")
    }
}
