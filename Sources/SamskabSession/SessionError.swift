/// A rule an event or command broke, in words for the person who typed it: English for the
/// command line and the journal's tools, Danish too for the screens of a Danish workshop.
public struct SessionError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// The same in Danish, where the screens may show it.
    public var danish: String?

    public init(_ message: String, danish: String? = nil) {
        self.message = message
        self.danish = danish
    }

    public var description: String { message }

    /// Danish when asked for and known, English otherwise.
    public func text(danish wanted: Bool) -> String { wanted ? (danish ?? message) : message }

    public static func == (lhs: SessionError, rhs: SessionError) -> Bool { lhs.message == rhs.message }
}
