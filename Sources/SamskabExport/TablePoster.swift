import SamskabModel
import SamskabSession

/// One table's board of a discussion, as a poster shows it: the table, who sat there, and its
/// notes by question (questions it left unanswered are left out). The notes are the board
/// model's (a near-duplicate stands with its key point, as on the wall); authors are left off,
/// as on the wall, since the posters hang in the room.
struct TablePoster: Sendable {
    struct Question: Sendable {
        /// 1-based; 0 for the notes answering none of several questions.
        var number: Int
        var text: String
        var notes: [PosterNote]
    }

    struct PosterNote: Sendable {
        var text: String
        var isKeyPoint: Bool
        /// The table or group as people see it, on the poster of notes without a table.
        var group: String?
    }

    var itemTitle: String
    /// The table's name; for the notes of no table of the plan, "Uden bord".
    var title: String
    /// "Åse Østergaard (MKB)", in seating order; empty for the poster of notes without a table.
    var members: [String]
    var questions: [Question]
    /// The item has several questions, so they are numbered.
    var numbered: Bool

    /// A poster per table of the item's plan in number order, and one more for notes that carry
    /// no table of the plan, if there are any.
    static func posters(item: Int, summary: DaySummary, words: ExportStrings) -> [TablePoster] {
        let state = summary.state
        let programItem = state.workshop.program[item]
        let board = BoardModel(state, item: item, arrangement: .byQuestion)
        let tables = state.tablePlans[item]?.tables ?? []
        let numbers = Set(tables.map(\.number))
        func questions(labelled: Bool, where belongs: (Note) -> Bool) -> [Question] {
            board.columns.compactMap { column in
                let notes = column.notes.filter(belongs).map {
                    PosterNote(text: $0.text, isKeyPoint: state.keyPoints[$0.id] != nil, group: labelled ? state.groupName(of: $0) : nil)
                }
                guard !notes.isEmpty else { return nil }
                switch column.kind {
                case .question(let number, let text): return Question(number: number, text: text, notes: notes)
                case .general, .table: return Question(number: 0, text: words.general, notes: notes)
                }
            }
        }
        let numbered = programItem.questions.count > 1
        var posters = tables.map { table in
            TablePoster(itemTitle: programItem.title, title: table.name, members: table.members.map(summary.member),
                        questions: questions(labelled: false) { Self.table(of: $0, numbers: numbers) == table.number }, numbered: numbered)
        }
        let loose = questions(labelled: true) { Self.table(of: $0, numbers: numbers) == nil }
        if !loose.isEmpty {
            posters.append(TablePoster(itemTitle: programItem.title, title: words.withoutTable, members: [], questions: loose,
                                       numbered: numbered))
        }
        return posters
    }

    /// The table of the plan a note was written at, if it names one.
    static func table(of note: Note, numbers: Set<Int>) -> Int? {
        guard let group = note.group, let number = Int(group), numbers.contains(number) else { return nil }
        return number
    }
}
