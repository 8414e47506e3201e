/// `projector.json` as written and read: every key may be missing (a file of an older samskab
/// has fewer), and nothing else is ever written there.
struct ProjectorChoicesFile: Codable, Equatable {
    var showAuthors: Bool?
    /// The items (0-based) whose board is arranged by table.
    var byTable: [Int]?
    var selected: String?
    var view: String?
    /// The old form: one arrangement (`table` or `question`) for the whole day. Read, never written.
    var arrangement: String?

    enum CodingKeys: String, CodingKey {
        case showAuthors = "show_authors"
        case byTable = "by_table"
        case selected
        case view
        case arrangement
    }
}
