import ArgumentParser
import SamskabFiles
import SamskabSession

struct TimerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timer",
        abstract: "Start, pause or extend the current item's countdown.",
        discussion: "extend takes minutes (negative to shorten). Undo with 'samskab undo'."
    )

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    /// What the timer does; `--help` lists them.
    enum Action: String, ExpressibleByArgument, CaseIterable {
        case start, pause, extend
    }

    @Argument(help: "What to do with the countdown.")
    var action: Action

    @Argument(help: ArgumentHelp("Minutes to add, with extend.", valueName: "minutes"))
    var minutes: Int?

    func validate() throws {
        if action == .extend, minutes == nil { throw ValidationError("extend needs the number of minutes, e.g. 'extend 5'") }
        if action != .extend, minutes != nil { throw ValidationError("only extend takes minutes") }
    }

    /// `timer DIR extend -5` as `timer DIR extend -- -5`: a negative number of minutes after
    /// `extend` is a value, not an option (ArgumentParser would otherwise ask for `--`).
    static func negativeMinutes(_ arguments: [String]) -> [String] {
        guard arguments.first == "timer", !arguments.contains("--"), let extend = arguments.firstIndex(of: "extend"),
              let minutes = arguments[(extend + 1)...].firstIndex(where: { $0.count > 1 && $0.hasPrefix("-") && Int($0) != nil })
        else { return arguments }
        var result = arguments
        result.insert("--", at: minutes)
        return result
    }

    func run() throws {
        let folder = try SessionAccess.open(session)
        let command: Command = switch action {
        case .start: .startTimer
        case .pause: .pauseTimer
        case .extend: .extendTimer(minutes: minutes ?? 0)
        }
        _ = try SessionAccess.submit(folder, command, name: "timer")
        try Output.line(StatusText.clock(folder.state, at: SystemClock.now()))
    }
}
