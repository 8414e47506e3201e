#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamskabFiles

/// Line output to standard output and standard error, written straight to the
/// descriptors (unbuffered, so the order of the two streams is kept).
enum Output {
    static func line(_ text: String) {
        FileBytes.write(Array((text + "\n").utf8), to: STDOUT_FILENO)
    }

    static func raw(_ text: String) {
        FileBytes.write(Array(text.utf8), to: STDOUT_FILENO)
    }

    static func bytes(_ bytes: [UInt8]) {
        FileBytes.write(bytes, to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        FileBytes.write(Array((text + "\n").utf8), to: STDERR_FILENO)
    }
}
