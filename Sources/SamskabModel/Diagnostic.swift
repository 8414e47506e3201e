/// A problem found in a file, located by line and column (both from 1;
/// columns count characters, not bytes).
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case error
        case warning
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `FILE:LINE:COL: error: MESSAGE`, the form compilers use and editors understand.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): \(message)"
    }
}

public struct SourcePosition: Sendable, Equatable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourcePosition(line: 1, column: 1)
}

/// Collects the problems of one file in the order they were found.
///
/// At most `limit` are kept: a file with thousands of problems (a spreadsheet pasted in, say)
/// gets the first ones and one more saying how many were left out, not a flood.
struct DiagnosticLog {
    static let limit = 200

    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var hasErrors = false
    /// How many problems were left out, and where the first of them is.
    private(set) var leftOut = 0
    private var firstLeftOut: Diagnostic?

    init(file: String) {
        self.file = file
    }

    /// True once no more problems are kept; a caller may skip work that only makes a message.
    var isFull: Bool { diagnostics.count >= Self.limit }

    mutating func error(_ message: String, at position: SourcePosition) {
        add(Diagnostic(file: file, line: position.line, column: position.column, severity: .error, message: message))
    }

    mutating func warning(_ message: String, at position: SourcePosition) {
        add(Diagnostic(file: file, line: position.line, column: position.column, severity: .warning, message: message))
    }

    mutating func append(contentsOf others: [Diagnostic]) {
        for other in others { add(other) }
    }

    /// Another file's log (a roster named by the definition): its problems, and the count of those
    /// it left out, which stay counted as problems, not as one line saying how many.
    mutating func absorb(_ other: DiagnosticLog) {
        for diagnostic in other.diagnostics { add(diagnostic) }
        if other.hasErrors { hasErrors = true }
        guard other.leftOut > 0, let first = other.firstLeftOut else { return }
        if firstLeftOut == nil { firstLeftOut = first }
        leftOut += other.leftOut
    }

    private mutating func add(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { hasErrors = true }
        guard !isFull else {
            leftOut += 1
            if firstLeftOut == nil { firstLeftOut = diagnostic }
            return
        }
        diagnostics.append(diagnostic)
    }

    /// The kept problems, and, if some were left out, one at the first of them saying how many.
    var all: [Diagnostic] {
        guard let first = firstLeftOut else { return diagnostics }
        let more = Diagnostic(file: first.file, line: first.line, column: first.column, severity: first.severity,
                              message: "\(leftOut) more problem\(leftOut == 1 ? "" : "s") from here on are not listed; "
                                  + "fix the ones above first (is this the right file?)")
        return diagnostics + [more]
    }
}
