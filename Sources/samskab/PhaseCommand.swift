import ArgumentParser
import SamskabSession

struct Phase: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phase",
        abstract: "Move the program: next, previous, or to item N (counted from 1).",
        discussion: "Leaving an item pauses its timer; arriving starts (or resumes) the new item's timer. Undo with 'samskab undo'."
    )

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    @Argument(help: ArgumentHelp("next, previous, or an item number.", valueName: "next|previous|N"))
    var target: String

    func validate() throws {
        if !["next", "previous", "prev"].contains(target), Int(target) == nil {
            throw ValidationError("'\(target)' is not next, previous or an item number")
        }
    }

    func run() throws {
        let folder = try SessionAccess.open(session)
        let phase: PhaseTarget
        switch target {
        case "next": phase = .next
        case "previous", "prev": phase = .previous
        default:
            // validate() made sure it is a number; the engine checks the range.
            guard let number = Int(target), number > Int.min else { throw ValidationError("'\(target)' is not an item number") }
            phase = .item(number - 1)
        }
        let record: EventRecord
        do {
            record = try folder.submit(.movePhase(phase), by: .facilitator, writer: "samskab phase")
        } catch where error.kind == .alreadySo {
            // Asked to be where it is: said, and not an error.
            try Output.line("already at " + SessionAccess.describeItem(folder.state, folder.state.position))
            return
        } catch {
            throw CommandFailure(error.message)
        }
        if let moved = record.event.as(PhaseMoved.self) {
            try Output.line("now at " + SessionAccess.describeItem(folder.state, moved.item))
        }
    }
}
