import SamskabModel
import SamskabJournalLine

/// A comment from the gallery walk: on one note, or on a whole table's board of a discussion.
/// Its id is `c<seq>`. The author is a participant (or none: anonymous); a pair at a station
/// signs with its pair number.
public struct CommentAdded: EventPayload {
    public static let type = "comment.added"
    public static let examples = [
        CommentAdded(target: .note("n12"), text: "Godt set — det gælder også hos os", authorID: "r3", gallery: 5, pair: 2),
        CommentAdded(target: .board(item: 2, table: 3), text: "Hele bordet peger på tillid", authorID: nil, gallery: nil, pair: nil),
    ]

    public var target: CommentTarget
    public var text: String
    public var authorID: String?
    /// The gallery item and 1-based pair that wrote it, when a pair did.
    public var gallery: Int?
    public var pair: Int?

    public init(target: CommentTarget, text: String, authorID: String?, gallery: Int?, pair: Int?) {
        self.target = target
        self.text = text
        self.authorID = authorID
        self.gallery = gallery
        self.pair = pair
    }

    public func encode(to line: inout JournalLineWriter) {
        switch target {
        case .note(let note): line.field("note", note)
        case .board(let item, let table):
            line.field("item", item + 1)
            line.field("table", table)
        }
        line.field("author", authorID)
        line.field("gallery", gallery.map { $0 + 1 })
        line.field("pair", pair)
        line.field("text", text)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        if let note = try line.text("note") {
            target = .note(note)
        } else {
            target = .board(item: try line.item(), table: try line.need(try line.bounded("table", 1...PlannedTables.largestTableCount), "table"))
        }
        text = try line.requiredText("text")
        authorID = try line.text("author")
        gallery = try line.bounded("gallery", 1...JournalLineReader.largestCount).map { $0 - 1 }
        pair = try line.bounded("pair", 1...JournalLineReader.largestCount)
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        switch target {
        case .note(let note): _ = try state.liveNote(note)
        case .board(let item, let table): _ = try state.checkTable(table, in: try state.checkPlan(item), item: item)
        }
        try NoteText.checkStored(text)
        if let authorID { _ = try state.checkParticipant(authorID) }
        if let pair { _ = try state.checkPair(pair, gallery: gallery) }
        let comment = GalleryComment(id: SessionState.commentID(sequence: record.sequence), sequence: record.sequence, target: target,
                              text: text, authorID: authorID, gallery: gallery, pair: pair, time: record.time)
        return state.recording([.comment(comment.id)], undoable: record.actor == .facilitator) { state in
            state.comments[comment.id] = comment
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "tilføj kommentar \(SessionState.commentID(sequence: sequence))" : "add comment \(SessionState.commentID(sequence: sequence))"
    }
}

/// A +1 from a pair on the walk to a note they find important: one per pair per note.
public struct PlusOneAdded: EventPayload {
    public static let type = "plusone.added"
    public static let examples = [PlusOneAdded(note: "n12", gallery: 5, pair: 3)]

    public var note: String
    public var gallery: Int
    public var pair: Int

    public init(note: String, gallery: Int, pair: Int) {
        self.note = note
        self.gallery = gallery
        self.pair = pair
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("note", note)
        line.field("gallery", gallery + 1)
        line.field("pair", pair)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        note = try line.requiredText("note")
        gallery = try line.item("gallery")
        pair = try line.need(try line.bounded("pair", 1...JournalLineReader.largestCount), "pair")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        _ = try state.liveNote(note)
        _ = try state.checkPair(pair, gallery: gallery)
        let voter = PlusOne(gallery: gallery, pair: pair)
        if state.plusOnes[note]?.contains(voter) == true {
            throw SessionError("pair \(pair) has already given note \(note) a +1", danish: "par \(pair) har allerede givet note \(note) et +1")
        }
        return state.recording([.plusOnes(note)], undoable: record.actor == .facilitator) { state in
            state.plusOnes[note, default: []].append(voter)
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String { danish ? "+1 til note \(note)" : "+1 to note \(note)" }
}

/// What a comment is about.
public enum CommentTarget: Sendable, Equatable {
    case note(String)
    /// A table's whole board in a discussion (0-based item, 1-based table).
    case board(item: Int, table: Int)
}

public struct GalleryComment: Sendable, Equatable {
    public var id: String
    public var sequence: Int
    public var target: CommentTarget
    public var text: String
    public var authorID: String?
    public var gallery: Int?
    public var pair: Int?
    public var time: Timestamp
}

/// Who gave a +1: a pair of a gallery walk.
public struct PlusOne: Sendable, Equatable, Hashable {
    public var gallery: Int
    public var pair: Int
}

extension SessionState {
    public static func commentID(sequence: Int) -> String { "c" + String(sequence) }

    func checkPairPlan(_ gallery: Int) throws(SessionError) -> PairPlan {
        try checkItem(gallery)
        guard let plan = pairPlans[gallery] else {
            throw SessionError("item \(gallery + 1) has no pairs", danish: "punkt \(gallery + 1) har ingen par")
        }
        return plan
    }

    @discardableResult
    func checkPair(_ pair: Int, gallery: Int?) throws(SessionError) -> [String] {
        guard let gallery else {
            throw SessionError("a pair is named without its gallery walk", danish: "et par er nævnt uden sin fernisering")
        }
        let plan = try checkPairPlan(gallery)
        guard plan.groups.indices.contains(pair - 1) else {
            throw SessionError("item \(gallery + 1) has no pair \(pair); its pairs are 1–\(plan.groups.count)",
                               danish: "punkt \(gallery + 1) har intet par \(pair); parrene er 1–\(plan.groups.count)")
        }
        return plan.groups[pair - 1]
    }

    /// The comments on a note, oldest first.
    public func comments(on note: String) -> [GalleryComment] {
        comments.values.filter { $0.target == .note(note) }
    }

    /// The comments on a table's whole board, oldest first.
    public func comments(onBoard item: Int, table: Int) -> [GalleryComment] {
        comments.values.filter { $0.target == .board(item: item, table: table) }
    }

    /// The name people see for a comment's author: the pair it was written by on the walk (both
    /// names — a pair signs together, whoever typed), else the person, or nil.
    public func authorName(of comment: GalleryComment) -> String? {
        if let gallery = comment.gallery, let pair = comment.pair, let members = pairPlans[gallery]?.groups[safe: pair - 1] {
            let names = members.compactMap { participants[$0]?.name }
            if !names.isEmpty { return names.joined(separator: " & ") }
        }
        return comment.authorID.flatMap { participants[$0]?.name }
    }
}
