/// A rule an event or command broke, in words for the person who typed it: English for the
/// command line and the journal's tools, Danish too for the screens of a Danish workshop.
public struct SessionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// The same in Danish, where the screens may show it. Every refusal has both.
    public var danish: String
    /// What was asked for already holds (the program is at that item): nothing to write, and no
    /// failure either for a front end that only wanted it so (`phase N` exits 0, as `git switch` does).
    public var alreadySo = false

    public init(_ message: String, danish: String, alreadySo: Bool = false) {
        self.message = message
        self.danish = danish
        self.alreadySo = alreadySo
    }

    public var description: String { message }

    /// Danish when asked for and known, English otherwise.
    public func text(danish wanted: Bool) -> String { wanted ? danish : message }

    public static func == (lhs: SessionError, rhs: SessionError) -> Bool { lhs.message == rhs.message }
}
