import ArgumentParser

// The contract (product brief): exit 1 for bad input, 2 for wrong usage.
// ArgumentParser's own usage errors would exit 64, so they are mapped here.
// A crash in a full-screen program must not wait for input on a screen nobody can read:
// the interactive commands run with SWIFT_BACKTRACE=interactive=no (set before the runtime starts).
BacktraceSetting.ensureNonInteractive()

do {
    var command = try Samskab.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Samskab.exit(withError: exit)
} catch let failure as CommandFailure {
    Output.error("error: \(failure.description)")
    Samskab.exit(withError: ExitCode(1))
} catch {
    if Samskab.exitCode(for: error) == .success {
        Samskab.exit(withError: error)
    }
    Output.error(Samskab.fullMessage(for: error))
    Samskab.exit(withError: ExitCode(2))
}
