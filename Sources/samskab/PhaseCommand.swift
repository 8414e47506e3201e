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

    @Argument(help: "Where the program goes: next, previous (or prev), or an item number N counted from 1.")
    var target: PhaseArgument

    func run() throws {
        let folder = try SessionAccess.open(session)
        let phase: PhaseTarget = switch target {
        case .next: .next
        case .previous: .previous
        case .item(let number): .item(number)
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

/// `next`, `previous` or an item number: `--help` lists them, and anything else is a usage error.
enum PhaseArgument: ExpressibleByArgument, CaseIterable, Equatable {
    case next
    case previous
    /// 0-based.
    case item(Int)

    /// The named moves; an item number is the third kind of value.
    static let allCases: [PhaseArgument] = [.next, .previous]
    static var allValueStrings: [String] { ["next", "previous", "N"] }

    init?(argument: String) {
        switch argument {
        case "next": self = .next
        case "previous", "prev": self = .previous
        default:
            // Counted from 1 as typed; the engine checks the range (and says which items there are).
            guard let number = Int(argument), number > Int.min else { return nil }
            self = .item(number - 1)
        }
    }
}
