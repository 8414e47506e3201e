import SamskabJournalLine

/// A post-it. Its id is `n<seq>`. The author is a participant's id, or a name to find on the
/// roster or add to it (format 1 lines name the author; so may a script's `--author`); no author
/// means anonymous.
public struct NoteAdded: EventPayload {
    public static let type = "note.added"
    public static let examples = [
        NoteAdded(NoteDraft(text: "Æblegrød på Ærø 🍎\n— \"samskabelse\"", authorID: "r1", department: "MBU",
                            group: "Bord 2", item: 1, question: 2)),
        NoteAdded(NoteDraft(text: "Tillid, frem for kontrol", author: "Bo, Ny", department: "MSO", item: 1)),
        NoteAdded(NoteDraft(text: "anonym", item: 3)),
    ]

    public var draft: NoteDraft

    public init(_ draft: NoteDraft) {
        self.draft = draft
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", draft.item + 1)
        line.field("question", draft.question)
        line.field("author", draft.authorID)
        line.field("author_name", draft.author)
        line.field("department", draft.department)
        line.field("group", draft.group)
        line.field("text", draft.text)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        let legacy = line.version == 1
        draft = NoteDraft(
            text: try line.requiredText("text"),
            // Format 1 wrote the author's name in `author`.
            author: try line.text(legacy ? "author" : "author_name"),
            authorID: legacy ? nil : try line.text("author"),
            department: try line.text("department"),
            group: try line.text("group"),
            item: try line.item(),
            question: try line.bounded("question", 1...JournalLineReader.largestCount))
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkItem(draft.item)
        let questionCount = state.questionCounts[draft.item]
        if questionCount == 0 {
            let item = state.workshop.program[draft.item]
            throw SessionError("item \(draft.item + 1), '\(item.title)' (\(item.kind.rawValue)), takes no notes; "
                               + "notes can be added during a discussion, gallery or harvest",
                               danish: "punkt \(draft.item + 1), '\(item.title)', tager ikke imod noter; "
                                   + "noter kan skrives under drøftelser, fernisering og opsamling")
        }
        if let question = draft.question, !(1...questionCount).contains(question) {
            let range = questionCount == 1 ? "it has only question 1" : "its questions are 1–\(questionCount)"
            let danishRange = questionCount == 1 ? "det har kun spørgsmål 1" : "dets spørgsmål er 1–\(questionCount)"
            throw SessionError("item \(draft.item + 1) has no question \(question); \(range)",
                               danish: "punkt \(draft.item + 1) har intet spørgsmål \(question); \(danishRange)")
        }
        try NoteText.checkStored(draft.text)
        let department = try state.knownDepartment(draft.department)
        var parts: [Part] = []
        var newAuthor: Participant?
        var authorID = draft.authorID
        if let id = authorID {
            _ = try state.checkParticipant(id)
        } else if let name = draft.author {
            if let known = state.participant(named: name, department: department) ?? state.participant(named: name) {
                authorID = known.id
            } else {
                try state.checkNewName(name, department: department)
                let id = SessionState.participantID(sequence: record.sequence)
                newAuthor = Participant(id: id, name: name, department: department)
                authorID = id
                parts.append(.participant(id))
            }
        }
        let note = Note(id: SessionState.noteID(sequence: record.sequence), sequence: record.sequence, text: draft.text,
                        authorID: authorID, department: department, group: draft.group, item: draft.item,
                        question: draft.question, time: record.time, addedBy: record.actor)
        if record.actor == .facilitator { parts.append(.note(note.id)) }
        return state.recording(parts, undoable: record.actor == .facilitator) { state in
            if let newAuthor { state.participants[newAuthor.id] = newAuthor }
            state.notes[note.id] = note
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "tilføj note \(SessionState.noteID(sequence: sequence))" : "add note \(SessionState.noteID(sequence: sequence))" }
}

/// A note as submitted, before the journal gives it an id.
public struct NoteDraft: Sendable, Equatable {
    public var text: String
    /// A name to find on the roster or add to it, when `authorID` is not given.
    public var author: String?
    /// The participant who wrote it. Neither this nor `author`: anonymous.
    public var authorID: String?
    public var department: String?
    public var group: String?
    /// 0-based program index.
    public var item: Int
    /// 1-based question number within the item, if the note answers one.
    public var question: Int?

    public init(text: String, author: String? = nil, authorID: String? = nil, department: String? = nil,
                group: String? = nil, item: Int, question: Int? = nil) {
        self.text = text
        self.author = author
        self.authorID = authorID
        self.department = department
        self.group = group
        self.item = item
        self.question = question
    }
}

/// New wording for a note (by its author at a kiosk, or by the facilitator).
public struct NoteEdited: EventPayload {
    public static let type = "note.edited"
    public static let examples = [NoteEdited(note: "n2", text: "Ny tekst, med \"citat\"\nog linjeskift")]

    public var note: String
    public var text: String

    public init(note: String, text: String) {
        self.note = note
        self.text = text
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("note", note)
        line.field("text", text)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        note = try line.requiredText("note")
        text = try line.requiredText("text")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var edited = try state.liveNote(note)
        if edited.text == text { throw SessionError("note \(note) already has that text", danish: "note \(note) har allerede den tekst") }
        try NoteText.checkStored(text)
        edited.text = text
        edited.editedAt = record.time
        return state.recording([.note(note)], undoable: record.actor == .facilitator) { state in
            state.notes[note] = edited
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "ret note \(note)" : "edit note \(note)" }
}

/// A note taken down (it stays in the journal, marked).
public struct NoteWithdrawn: EventPayload {
    public static let type = "note.withdrawn"
    public static let examples = [NoteWithdrawn(note: "n12")]

    public var note: String

    public init(note: String) {
        self.note = note
    }

    public func encode(to line: inout JournalLineWriter) { line.field("note", note) }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        note = try line.requiredText("note")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var withdrawn = try state.liveNote(note)
        withdrawn.withdrawn = true
        return state.recording([.note(note)], undoable: record.actor == .facilitator) { state in
            state.notes[note] = withdrawn
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "fjern note \(note)" : "withdraw note \(note)" }
}
