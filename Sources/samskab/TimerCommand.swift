import ArgumentParser
import SamskabSession

struct TimerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timer",
        abstract: "Start, pause or extend the current item's countdown.",
        discussion: "extend takes minutes (negative to shorten). Undo with 'samskab undo'."
    )

    @Argument(help: ArgumentHelp("The session folder.", valueName: "dir"))
    var session: String

    @Argument(help: ArgumentHelp("start, pause or extend.", valueName: "start|pause|extend"))
    var action: String

    @Argument(help: ArgumentHelp("Minutes to add, with extend.", valueName: "minutes"))
    var minutes: Int?

    func validate() throws {
        guard ["start", "pause", "extend"].contains(action) else {
            throw ValidationError("'\(action)' is not start, pause or extend")
        }
        if action == "extend", minutes == nil { throw ValidationError("extend needs the number of minutes, e.g. 'extend 5'") }
        if action != "extend", minutes != nil { throw ValidationError("only extend takes minutes") }
    }

    func run() throws {
        let folder = try SessionAccess.open(session)
        let (action, minutes) = (self.action, self.minutes ?? 0)
        _ = try SessionAccess.append(folder, command: "timer") { state in
            switch action {
            case "start": (.facilitator, .timerStarted(item: state.position))
            case "pause": (.facilitator, .timerPaused(item: state.position))
            default: (.facilitator, .timerExtended(item: state.position, minutes: minutes))
            }
        }
        Output.line(StatusText.clock(folder.state, at: Clock.now()))
    }
}
