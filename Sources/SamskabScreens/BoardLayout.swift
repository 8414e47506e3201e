import SamskabModel
import SamskabSession

/// The projector's board: the engine's board model of the current item (by question, and
/// "other" for notes that answer none; or by table, `b`), with the headings the wall shows and
/// the search applied.
/// Shared by the screen and the keys.
public struct BoardLayout: Sendable {
    public struct Column: Sendable {
        /// 1-based question number, nil for the "other" column (or a table's).
        public var question: Int?
        public var heading: String
        public var notes: [Note]
    }

    public var columns: [Column]

    public init(state: SessionState, view: ProjectorView) {
        var matching: ((Note) -> Bool)?
        if let query = view.search?.lowercased(), !query.isEmpty {
            matching = { note in
                note.text.lowercased().contains(query)
                    || (state.authorName(of: note)?.lowercased().contains(query) ?? false)
            }
        }
        let model = BoardModel(state, item: state.position, arrangement: Self.arrangement(view, state: state), matching: matching)
        let strings = Strings(view.language)
        let many = state.currentItem.questions.count > 1
        columns = model.columns.map { column in
            switch column.kind {
            case .question(let number, let text):
                Column(question: number, heading: many ? "\(number). \(text)" : text, notes: column.notes)
            case .general:
                Column(question: nil, heading: strings.otherNotes, notes: column.notes)
            case .table(let name):
                Column(question: nil, heading: name ?? strings.noTable, notes: column.notes)
            }
        }
    }

    init(columns: [Column]) {
        self.columns = columns
    }

    /// The arrangement the wall shows: by table (`b`) only where the current item has tables (a
    /// plan, or notes given a table by hand); a harvest or a talk stays by question.
    public static func arrangement(_ view: ProjectorView, state: SessionState) -> Arrangement {
        guard view.arrangement(item: state.position) == .byTable else { return .byQuestion }
        let hasTables = state.tablePlans[state.position] != nil
            || state.visibleNotes(item: state.position).contains { $0.group != nil }
        return hasTables ? .byTable : .byQuestion
    }

    /// (column, row) of a note, if it is on the board.
    public func position(of id: String) -> (column: Int, row: Int)? { BoardModel.position(of: id, in: columns.map(\.notes)) }

    /// The newest note on the board (highest sequence), marked ★ on the wall.
    public var newestID: String? { BoardModel.newest(in: columns.map(\.notes)) }
}
