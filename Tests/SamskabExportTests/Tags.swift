import Testing

extension Tag {
    /// End-to-end and process tests: the real binary in tmux, many processes at once, kills.
    /// The fast inner loop skips them: `swift test --skip 'EndToEnd|Reliability'`.
    @Tag static var slow: Self
}
