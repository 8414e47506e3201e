import ArgumentParser
import SamskabSession

struct Phase: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Move the program: next, previous, or to item N (counted from 1).",
        discussion: "Leaving an item pauses its timer; arriving starts (or resumes) the new item's timer. Undo with 'samskab undo'."
    )

    @Argument(help: ArgumentHelp("The session folder.", valueName: "dir"))
    var session: String

    @Argument(help: ArgumentHelp("next, previous, or an item number.", valueName: "next|previous|N"))
    var target: String

    func validate() throws {
        if !["next", "previous", "prev"].contains(target), Int(target) == nil {
            throw ValidationError("'\(target)' is not next, previous or an item number")
        }
    }

    func run() throws {
        let folder = try SessionAccess.open(session)
        let target = self.target
        let record = try SessionAccess.append(folder, command: "phase") { state throws(SessionError) in
            let count = state.workshop.program.count
            let index: Int
            switch target {
            case "next":
                guard state.position + 1 < count else { throw SessionError("the program is already at its last item (\(count))") }
                index = state.position + 1
            case "previous", "prev":
                guard state.position > 0 else { throw SessionError("the program is already at its first item") }
                index = state.position - 1
            default:
                index = Int(target)! - 1
            }
            return (.facilitator, .phaseMoved(item: index))
        }
        if case .phaseMoved(let index) = record.event {
            Output.line("now at " + SessionAccess.describeItem(folder.state, index))
        }
    }
}
