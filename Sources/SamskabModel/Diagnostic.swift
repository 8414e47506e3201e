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
struct DiagnosticLog {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func error(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(file: file, line: position.line, column: position.column, severity: .error, message: message))
    }

    mutating func warning(_ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(file: file, line: position.line, column: position.column, severity: .warning, message: message))
    }

    mutating func append(contentsOf others: [Diagnostic]) {
        diagnostics.append(contentsOf: others)
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
