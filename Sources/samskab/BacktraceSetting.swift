#if canImport(Glibc)
import Glibc
#endif

/// Swift reads SWIFT_BACKTRACE when the process starts, so the full-screen commands
/// re-execute themselves once with it set.
enum BacktraceSetting {
    static let interactiveCommands: Set<String> = ["run", "join"]

    static func ensureNonInteractive() {
        let arguments = CommandLine.arguments
        let isInteractive = arguments.count == 1 || (arguments.count > 1 && interactiveCommands.contains(arguments[1]))
        guard isInteractive, getenv("SWIFT_BACKTRACE") == nil else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv("/proc/self/exe", &argv)
        // If exec fails we simply carry on without the setting.
    }
}
