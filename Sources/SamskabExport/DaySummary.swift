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
    /// The gallery walk's comments, by note and by board.
    let feedback: GalleryFeedback
    /// Every note's dots over the day's votings.
    let votes: [String: Int]

    public init(_ state: SessionState, utcOffsetSeconds: Int) {
        self.state = state
        self.utcOffsetSeconds = utcOffsetSeconds
        let workshop = state.workshop
        let planned = workshop.plannedStarts
        let endOfDay = state.lastTime ?? Timestamp(millisecondsSinceEpoch: 0)
        func local(_ moment: Timestamp) -> ClockTime { moment.localClock(utcOffsetSeconds: utcOffsetSeconds) }
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
                walk: GalleryWalk(state, item: index))
        }
        feedback = GalleryFeedback(state)
        votes = state.voteTotals()
        keyPoints = state.keyPoints.values.compactMap { point in
            guard let note = state.notes[point.note], !note.withdrawn else { return nil }
            return KeyPointSummary(text: point.text ?? note.text, note: note,
                                   merged: point.merged.compactMap { state.notes[$0] }.filter { !$0.withdrawn },
                                   itemTitle: workshop.program[note.item].title)
        }
        nextSteps = workshop.nextSteps.map { NextStep(text: $0.text, owner: $0.owner, due: $0.due) }
            + state.actions.values.map { NextStep(text: $0.text, owner: $0.owner, due: $0.due) }
        let people = Array(state.participants.values)
        var groups: [(Department?, [String])] = workshop.departments.map { department in
            (department, DanishOrder.sorted(people.filter { $0.department == department.code }.map(\.name)))
        }
        let without = DanishOrder.sorted(people.filter { $0.department == nil }.map(\.name))
        if !without.isEmpty { groups.append((nil, without)) }
        participantsByDepartment = groups.filter { !$0.1.isEmpty }
    }

    /// Notes of a question grouped by table: ungrouped first, then the tables in number order.
    /// All the notes are of one item.
    public func byGroup(_ notes: [Note]) -> [(group: String?, notes: [Note])] {
        guard let item = notes.first?.item else { return [] }
        return BoardModel.byTable(notes, state: state, item: item).map { (group: $0.table, notes: $0.notes) }
    }

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
