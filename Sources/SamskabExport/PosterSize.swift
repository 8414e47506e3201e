/// How large a poster's text is set: the largest size at which the board fits on one landscape
/// A4 page, judged from how much text it holds (measured by printing boards of growing size in
/// headless Chromium). A board too full even for the smallest size runs onto a second page.
enum PosterSize: String, Sendable, CaseIterable {
    case roomy, large, medium, small, smallest

    init(_ poster: TablePoster) {
        let load = Self.load(poster)
        self = Self.allCases.first { load <= $0.capacity } ?? .smallest
    }

    /// The most text, in `load`'s units, that fits on one page at this size.
    var capacity: Int {
        switch self {
        case .roomy: 550
        case .large: 1_100
        case .medium: 1_500
        case .small: 2_500
        case .smallest: Int.max
        }
    }

    /// Characters, with what a note's frame and a question's heading take counted as characters too.
    static func load(_ poster: TablePoster) -> Int {
        poster.questions.reduce(poster.members.count * 8) { load, question in
            load + 60 + question.text.count / 3 + question.notes.reduce(0) { $0 + 50 + $1.text.count }
        }
    }
}
