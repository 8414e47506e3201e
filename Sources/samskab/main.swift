import ArgumentParser

// The contract (product brief): exit 1 for bad input, 2 for wrong usage.
// ArgumentParser's own usage errors would exit 64, so they are mapped here.
// A crash in a full-screen program must not wait for input on a screen nobody can read:
// the interactive commands run with SWIFT_BACKTRACE=interactive=no (set before the runtime starts).
// A web server started by `run --serve` ends with the projector (and is the tests' stand-in, if named).
ServeChild.applyInChild()
BacktraceSetting.ensureNonInteractive()
Output.reserveStandardDescriptors()

do {
    var command = try Samskab.parseAsRoot(TimerCommand.negativeMinutes(Array(CommandLine.arguments.dropFirst())))
    try command.run()
} catch let exit as ExitCode {
    Samskab.exit(withError: exit)
} catch let failure as CommandFailure {
    Output.error(Output.errorLines(failure.description))
    Samskab.exit(withError: ExitCode(1))
} catch let failure as Output.Failure {
    Output.error("error: cannot write to standard output: \(failure.reason)")
    Samskab.exit(withError: ExitCode(1))
} catch {
    if Samskab.exitCode(for: error) == .success {
        // --help, --version: their text is output like any other, and checked.
        let text = Samskab.fullMessage(for: error)
        do {
            if !text.isEmpty { try Output.line(text) }
        } catch {
            Output.error("error: cannot write to standard output: \(error.reason)")
            Samskab.exit(withError: ExitCode(1))
        }
        Samskab.exit(withError: ExitCode.success)
    }
    Output.error(Samskab.fullMessage(for: error))
    Samskab.exit(withError: ExitCode(2))
}
