import SamskabModel
import SamskabSession

/// Which notes stand in which column of a board: one column per question (or sentence
/// starter), and "other" for notes that answer none. Shared by the screen and the keys.
public struct BoardLayout: Sendable {
    public struct Column: Sendable {
        /// 1-based question number, nil for the "other" column.
        public var question: Int?
        public var heading: String
        public var notes: [Note]
    }

    public var columns: [Column]

    public init(state: SessionState, view: ProjectorView) {
        let item = state.currentItem
        var notes = state.visibleNotes(item: state.position)
        if let query = view.search?.lowercased(), !query.isEmpty {
            notes = notes.filter { note in
                note.text.lowercased().contains(query) || (note.author?.lowercased().contains(query) ?? false)
            }
        }
        let questions = item.questions
        var columns = questions.enumerated().map { index, text in
            Column(question: index + 1, heading: questions.count > 1 ? "\(index + 1). \(text)" : text,
                   notes: notes.filter { $0.question == index + 1 || (questions.count == 1 && $0.question == nil) })
        }
        let other = notes.filter { note in
            guard let question = note.question else { return questions.count > 1 }
            return question > questions.count
        }
        if !other.isEmpty {
            columns.append(Column(question: nil, heading: Strings(view.language).otherNotes, notes: other))
        }
        self.columns = columns
    }

    /// (column, row) of a note, if it is on the board.
    public func position(of id: String) -> (column: Int, row: Int)? {
        for (columnIndex, column) in columns.enumerated() {
            if let row = column.notes.firstIndex(where: { $0.id == id }) { return (columnIndex, row) }
        }
        return nil
    }

    /// The newest note on the board (highest sequence), marked ★ on the wall.
    public var newestID: String? {
        columns.flatMap(\.notes).max { $0.sequence < $1.sequence }?.id
    }
}
