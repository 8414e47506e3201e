#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Test-only fault injection, enabled by the environment variable SAMSKAB_FAULT.
/// `torn-write`: the journal writer writes half a line, syncs it, and hangs, so a test
/// can kill it there and leave a real torn tail (as a crash or power cut would).
enum FaultInjection {
    static let mode: String? = getenv("SAMSKAB_FAULT").map { String(cString: $0) }

    /// Called before writing `line`: in torn-write mode writes half, syncs and waits to be killed.
    static func beforeWrite(_ descriptor: Int32, _ line: [UInt8]) {
        guard mode == "torn-write" else { return }
        _ = POSIX.writeAll(descriptor, Array(line.prefix(line.count / 2)))
        _ = POSIX.dataSync(descriptor)
        // Tell the waiting test (on standard error) that the torn write is on disk.
        _ = POSIX.writeAll(STDERR_FILENO, Array("samskab-fault: torn write on disk\n".utf8))
        while true { sleep(60) }
    }
}
