import SamskabModel
import SamskabSession

/// The day as held, gathered once from the state for every export format.
public struct DaySummary: Sendable {
    public struct ItemSummary: Sendable {
        public var index: Int
        public var item: ProgramItem
        public var planned: ClockTime?
        /// When the item's clock first ran, and for how many minutes it ran in all.
        public var actualStart: ClockTime?
        public var actualMinutes: Int?
        public var questions: [Question]
        /// Notes that answer none of several questions.
        public var general: [Note]
        /// Who sat where, in table-number order; empty where the item has no table plan.
        public var tables: [Table] = []
        /// A gallery walk's pairs and routes; nil for other items and a walk without pairs yet.
        public var walk: GalleryWalk?
        /// The item's dot voting (on its notes or on the day's key points); nil where there was none.
        public var voting: VotingSummary?
        /// The item's clusters, oldest first, with their notes not withdrawn (those merged into a key point
        /// too); a cluster with none left is left out.
        public var clusters: [ClusterSummary] = []
    }

    /// A voting's settings and how many took part.
    public struct VotingSummary: Sendable {
        public var item: Int
        public var voting: Voting
        /// Dots on notes (or clusters, or key points) that are still there.
        public var dotsPlaced: Int
        /// Participants who placed at least one of those dots.
        public var voters: Int

        init(item: Int, voting: Voting, dotsPlaced: Int, voters: Int) {
            self.item = item
            self.voting = voting
            self.dotsPlaced = dotsPlaced
            self.voters = voters
        }

        init(_ state: SessionState, item: Int, voting: Voting) {
            self.item = item
            self.voting = voting
            dotsPlaced = state.liveDots(item: item).count
            voters = state.voterCount(item: item)
        }
    }

    /// Notes put together under a name: shown as one, voted on as one.
    public struct ClusterSummary: Sendable {
        public var cluster: Cluster
        /// Its notes still on the board, in the order they were put in (those merged into a key point too).
        public var notes: [Note]
        /// The dots on the cluster at its item's voting on notes.
        public var votes: Int
    }

    public struct Question: Sendable {
        public var number: Int
        public var text: String
        public var notes: [Note]
        /// Notes that answered it but stand with a key point they were merged into.
        public var mergedAway: [Note] = []
    }

    public struct KeyPointSummary: Sendable {
        public var text: String
        public var note: Note
        public var merged: [Note]
        public var itemTitle: String
        /// Its dots where the day's key points were voted on; nil without such a voting.
        public var votes: Int?
    }

    public struct NextStep: Sendable {
        public var text: String
        public var owner: String?
        public var due: CalendarDate?
    }

    public let state: SessionState
    public let utcOffsetSeconds: Int
    public var workshop: Workshop { state.workshop }
    public let items: [ItemSummary]
    public let keyPoints: [KeyPointSummary]
    public let nextSteps: [NextStep]
    /// Participants per department (the definition's order), names in Danish order;
    /// people without a department last.
    public let participantsByDepartment: [(department: Department?, names: [String])]
    /// Those on the roster marked absent, in the language's order: never listed as having been there.
    public let absentNames: [String]
    /// How many were there (everyone on the roster not marked absent, and everyone who came on the day).
    public var presentCount: Int { participantsByDepartment.reduce(0) { $0 + $1.names.count } }
    /// The gallery walk's comments, by note and by board.
    let feedback: GalleryFeedback
    /// The voting on the day's key points (the latest), if there was one.
    public let keyPointVoting: VotingSummary?
    /// Whether the key points are listed most votes first (ties in the order marked): where
    /// the day's key points were voted on and any dots were placed (revealed or not: the summary
    /// is the facilitator's record of the day).
    public let keyPointsByVotes: Bool
    /// The dots at votings on notes, by ballot: a note's id, or a cluster's for the notes in it.
    let noteVotes: [String: Int]

    public init(_ state: SessionState, utcOffsetSeconds: Int) {
        self.state = state
        self.utcOffsetSeconds = utcOffsetSeconds
        let workshop = state.workshop
        let planned = workshop.plannedStarts
        let endOfDay = state.lastTime ?? Timestamp(millisecondsSinceEpoch: 0)
        func local(_ moment: Timestamp) -> ClockTime { moment.localClock(utcOffsetSeconds: utcOffsetSeconds) }
        var noteVotes: [String: Int] = [:]
        for (item, voting) in state.votings where voting.target == .notes {
            noteVotes.merge(state.voteCounts(item: item), uniquingKeysWith: +)
        }
        self.noteVotes = noteVotes
        items = workshop.program.indices.map { index in
            let item = workshop.program[index]
            let board = BoardModel(state, item: index, arrangement: .byQuestion)
            let timer = state.timer(item: index)
            let questions = board.columns.compactMap { column -> Question? in
                guard case .question(let number, let text) = column.kind else { return nil }
                let merged = board.mergedAway.filter { BoardModel.answers($0, question: number, of: item.questions.count) }
                return Question(number: number, text: text, notes: column.notes, mergedAway: merged)
            }
            return ItemSummary(
                index: index + 1, item: item, planned: planned?[index],
                actualStart: timer.firstStarted.map(local),
                actualMinutes: timer.firstStarted == nil ? nil : Int((timer.elapsedSeconds(at: endOfDay) / 60).rounded()),
                questions: questions,
                general: board.columns.first { $0.kind == .general }?.notes ?? [],
                tables: state.tablePlans[index]?.tables.sorted { $0.number < $1.number } ?? [],
                walk: GalleryWalk(state, item: index),
                voting: state.votings[index].map { VotingSummary(state, item: index, voting: $0) },
                clusters: state.clusters(item: index).map { cluster in
                    ClusterSummary(cluster: cluster, notes: state.liveNotes(of: cluster), votes: noteVotes[cluster.id] ?? 0)
                }.filter { !$0.notes.isEmpty })
        }
        feedback = GalleryFeedback(state)
        let keyPointVoting = state.keyPointVoting.map { VotingSummary(state, item: $0.item, voting: $0.voting) }
        self.keyPointVoting = keyPointVoting
        let keyPointVotes = keyPointVoting.map { state.voteCounts(item: $0.item) }
        let marked = state.keyPoints.values.compactMap { point -> KeyPointSummary? in
            guard let note = state.notes[point.note], !note.withdrawn else { return nil }
            return KeyPointSummary(text: point.text ?? note.text, note: note,
                                   merged: point.merged.compactMap { state.notes[$0] }.filter { !$0.withdrawn },
                                   itemTitle: workshop.program[note.item].title,
                                   votes: keyPointVotes.map { $0[point.note] ?? 0 })
        }
        // In the engine's ranking (`rankedBallots`, which the wall shows as `shownRanking` once
        // revealed): most votes first, ties in the order marked. A key point it does not list
        // keeps its place after those it does.
        if let voting = keyPointVoting, voting.dotsPlaced > 0 {
            let ranking = state.rankedBallots(item: voting.item)
            var place: [String: Int] = [:]
            for (index, ballot) in ranking.enumerated() where place[ballot.id] == nil { place[ballot.id] = index }
            keyPoints = marked.enumerated().sorted { a, b in
                (place[a.element.note.id] ?? Int.max, a.offset) < (place[b.element.note.id] ?? Int.max, b.offset)
            }.map(\.element)
            keyPointsByVotes = true
        } else {
            keyPoints = marked
            keyPointsByVotes = false
        }
        nextSteps = workshop.nextSteps.map { NextStep(text: $0.text, owner: $0.owner, due: $0.due) }
            + state.actions.values.map { NextStep(text: $0.text, owner: $0.owner, due: $0.due) }
        let people = state.participants.values.filter { !$0.absent }
        let language = workshop.language
        var groups: [(Department?, [String])] = workshop.departments.map { department in
            (department, NameOrder.sorted(people.filter { $0.department == department.code }.map(\.name), language: language))
        }
        let without = NameOrder.sorted(people.filter { $0.department == nil }.map(\.name), language: language)
        absentNames = NameOrder.sorted(state.participants.values.filter(\.absent).map(\.name), language: language)
        if !without.isEmpty { groups.append((nil, without)) }
        participantsByDepartment = groups.filter { !$0.1.isEmpty }
    }

    /// Notes of a question grouped by table: ungrouped first, then the tables in number order,
    /// as the wall's board by table has them: a cluster's notes together with the table of its
    /// first note, each table's notes most votes first once a voting on them is revealed.
    /// All the notes are of one item.
    public func byGroup(_ notes: [Note]) -> [(group: String?, notes: [Note])] {
        guard let item = notes.first?.item else { return [] }
        let ids = Set(notes.map(\.id))
        let board = BoardModel(state, item: item, arrangement: .byTable, matching: { ids.contains($0.id) })
        return board.columns.compactMap { column in
            guard case .table(let name) = column.kind, !column.notes.isEmpty else { return nil }
            return (group: name, notes: column.notes)
        }
    }

    /// The votes a note got where its board was voted on: its cluster's for a note in one (they
    /// were voted on as one); 0 without a voting on notes.
    public func votes(of note: Note) -> Int {
        noteVotes[state.ballot(of: note.id, target: .notes)] ?? 0
    }

    /// The votes of a cluster at its item's voting on notes.
    public func votes(of cluster: Cluster) -> Int { noteVotes[cluster.id] ?? 0 }

    /// The author's name as it is now, or nil when anonymous.
    public func author(of note: Note) -> String? { state.authorName(of: note) }

    /// A person at a table as the exports list them: "Åse Østergaard (MKB)", their name as it is now.
    func member(_ id: String) -> String {
        guard let person = state.participants[id] else { return id }
        return person.name + (person.department.map { " (\($0))" } ?? "")
    }

    /// "Åse Østergaard (MBU)", or "anonym (MSO)".
    func byline(_ note: Note, words: ExportStrings) -> String {
        (author(of: note) ?? words.anonymous) + (note.department.map { " (\($0))" } ?? "")
    }
}
