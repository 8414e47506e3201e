import SamskabSession

/// The gallery walk in the JSON export: comments on notes and boards, and the pairs and their
/// rounds in `samskab pairs --json`'s shape. Absent values are written as null, so every
/// object of a kind has every key. Keys are only ever added.
enum WalkJSON {
    /// `{"id", "text", "author", "author_id", "time"}`; author null when anonymous.
    struct CommentInfo: Encodable {
        var id: String
        var text: String
        var author: String?
        var author_id: String?
        var time: String

        init(_ comment: GalleryComment, state: SessionState) {
            id = comment.id
            text = comment.text
            author = state.authorName(of: comment)
            author_id = comment.authorID
            time = comment.time.description
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(id, forKey: .id)
            try container.encode(text, forKey: .text)
            try container.encode(author, forKey: .author)
            try container.encode(author_id, forKey: .author_id)
            try container.encode(time, forKey: .time)
        }

        enum Keys: String, CodingKey { case id, text, author, author_id, time }
    }

    /// A comment on a table's whole board: `{"table" (its name), "table_number", "id", "text", "author", "author_id", "time"}`.
    struct BoardCommentInfo: Encodable {
        var table: String
        var table_number: Int
        var comment: CommentInfo

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(table, forKey: .table)
            try container.encode(table_number, forKey: .table_number)
            // The comment's own keys beside the table's, in the same object.
            try comment.encode(to: encoder)
        }

        enum Keys: String, CodingKey { case table, table_number }
    }

    /// `{"pair": 0-based index into "pairs", "station": the table's name, or null in a reflection round}`.
    struct Stop: Encodable {
        var pair: Int
        var station: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(pair, forKey: .pair)
            try container.encode(station, forKey: .station)
        }

        enum Keys: String, CodingKey { case pair, station }
    }

    /// Every pair of the walk in number order (an emptied one as `[]`, so the indices hold), as `[{"id", "name", "department"}]`.
    static func pairs(_ walk: GalleryWalk?, state: SessionState) -> [[JSONExport.PersonInfo]] {
        (walk?.pairs ?? []).map { pair in pair.members.map { JSONExport.PersonInfo(participant: $0, state: state) } }
    }

    /// `rounds[round][pair]`: where each pair is in each round.
    static func rounds(_ walk: GalleryWalk?) -> [[Stop]] {
        guard let walk else { return [] }
        return (0..<walk.rounds).map { round in
            walk.pairs.indices.map { index in Stop(pair: index, station: walk.pairs[index].route[round]) }
        }
    }

    /// The comments on the whole boards of a discussion's tables: tables in number order, each oldest first.
    static func boardComments(item: Int, summary: DaySummary) -> [BoardCommentInfo] {
        let state = summary.state
        return summary.feedback.comments(onBoardsOf: item).map { table, comment in
            BoardCommentInfo(table: state.tablePlans[item]?.table(number: table)?.name ?? state.numberedTableName(table),
                             table_number: table, comment: CommentInfo(comment, state: state))
        }
    }
}
