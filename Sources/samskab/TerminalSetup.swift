import Foundation
import SamskabTerminal

/// Opens the terminal for a full-screen command, honouring NO_COLOR (any non-empty value).
enum TerminalSetup {
    static func open(rawKeys: Bool = false, bracketedPaste: Bool = false, ascii: Bool = false) throws -> Terminal {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        do {
            return try Terminal(noColor: noColor, rawKeys: rawKeys, bracketedPaste: bracketedPaste, forceASCII: ascii)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
