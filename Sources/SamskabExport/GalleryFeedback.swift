import SamskabSession

/// The gallery walk's comments and +1s, gathered once for the exports: by the note they address,
/// and by the table board they address.
struct GalleryFeedback: Sendable {
    private struct Board: Hashable {
        var item: Int
        var table: Int
    }

    private var byNote: [String: [GalleryComment]] = [:]
    private var byBoard: [Board: [GalleryComment]] = [:]

    init(_ state: SessionState) {
        for comment in state.comments.values {
            switch comment.target {
            case .note(let note): byNote[note, default: []].append(comment)
            case .board(let item, let table): byBoard[Board(item: item, table: table), default: []].append(comment)
            }
        }
    }

    /// The comments on one note, oldest first.
    func comments(on note: String) -> [GalleryComment] { byNote[note] ?? [] }

    /// The comments on one table's whole board in a discussion, oldest first.
    func comments(onBoard item: Int, table: Int) -> [GalleryComment] { byBoard[Board(item: item, table: table)] ?? [] }

    /// Every board comment of a discussion, tables in number order, each table's oldest first.
    func comments(onBoardsOf item: Int) -> [(table: Int, comment: GalleryComment)] {
        byBoard.keys.filter { $0.item == item }.map(\.table).sorted().flatMap { table in
            comments(onBoard: item, table: table).map { (table, $0) }
        }
    }
}

extension DaySummary {
    /// The notes that stand with a note on a board: itself, and the near-duplicates merged into
    /// it when it is a key point (they are not shown again in their own place).
    private func standingWith(_ note: Note) -> [String] {
        [note.id] + (state.keyPoints[note.id]?.merged.filter { state.notes[$0]?.withdrawn == false } ?? [])
    }

    /// The comments shown with a note: its own and those on the notes merged into it, oldest first.
    func comments(standingWith note: Note) -> [GalleryComment] {
        standingWith(note).flatMap { feedback.comments(on: $0) }.sorted { $0.sequence < $1.sequence }
    }

    /// The +1s shown on a note: the pairs that gave one to it or to a note merged into it, each pair once.
    func plusOnes(standingWith note: Note) -> Int {
        Set(standingWith(note).flatMap { state.plusOnes[$0] ?? [] }).count
    }

    /// The +1s given to this note alone (JSON and CSV, a row per note).
    func plusOnes(of note: Note) -> Int { state.plusOnes[note.id]?.count ?? 0 }

    /// Who wrote a comment, as people see it: the person, or the pair's names ("A & B"); "anonym" when nobody.
    func commentAuthor(_ comment: GalleryComment, words: ExportStrings) -> String {
        state.authorName(of: comment) ?? words.anonymous
    }
}
