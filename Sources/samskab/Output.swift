#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamskabFiles

/// Line output to standard output and standard error, written straight to the
/// descriptors (unbuffered, so the order of the two streams is kept).
/// Every write to standard output is checked: a full disk, `> /dev/full` or a closed
/// standard output is an error (exit 1), never a silent success.
enum Output {
    /// Standard output refused a write.
    struct Failure: Error {
        var code: Int32
        /// The system's words: "No space left on device".
        var reason: String { String(cString: strerror(code)) }
    }

    static func line(_ text: String) throws(Failure) {
        try bytes(Array((text + "\n").utf8))
    }

    static func raw(_ text: String) throws(Failure) {
        try bytes(Array(text.utf8))
    }

    static func bytes(_ bytes: [UInt8]) throws(Failure) {
        if let code = FileBytes.writeAll(bytes, to: STDOUT_FILENO) { throw Failure(code: code) }
    }

    /// Standard error: where a failure to write could not be reported anyway.
    static func error(_ text: String) {
        FileBytes.write(Array((text + "\n").utf8), to: STDERR_FILENO)
    }

    /// One line of error for every line of `message`: each starts with exactly one "error: ".
    /// Lines that already say what they are (`FILE:LINE:COL: error: …` from a definition,
    /// or a message that already starts with "error: ") are kept as they are.
    static func errorLines(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("error: ") { return String(line) }
            if line.hasPrefix("error:") { return "error: " + line.dropFirst("error:".count).drop { $0 == " " } }
            if isLocatedDiagnostic(line) { return String(line) }
            return "error: " + line
        }.joined(separator: "\n")
    }

    /// `FILE:LINE:COL: error: …` or `…: warning: …`, as `samskab check` prints them.
    private static func isLocatedDiagnostic(_ line: Substring) -> Bool {
        for severity in [": error: ", ": warning: "] {
            guard let range = line.range(of: severity) else { continue }
            let place = line[..<range.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            if place.count >= 3, place.suffix(2).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) { return true }
        }
        return false
    }

    /// Makes sure descriptors 0, 1 and 2 are open before anything else is opened. A command
    /// started with standard output closed (`>&-`) would otherwise get the journal as
    /// descriptor 1 and print a note's id into it. A closed one is taken by /dev/null opened
    /// read-only, so writing to it fails (EBADF) and is reported like any other failed write.
    static func reserveStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0 && opened != descriptor {
                _ = dup2(opened, descriptor)
                close(opened)
            }
        }
    }
}
