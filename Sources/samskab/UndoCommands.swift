import ArgumentParser
import SamskabSession

struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Undo the newest facilitator action: any change made from the projector or by these commands, not what participants write.",
        discussion: "Undo is itself an event in the journal; nothing is deleted."
    )

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    func run() throws {
        try UndoRedo.run(session, redo: false)
    }
}

struct Redo: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "redo", abstract: "Redo the last undone facilitator action.")

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    func run() throws {
        try UndoRedo.run(session, redo: true)
    }
}

enum UndoRedo {
    static func run(_ session: String, redo: Bool) throws {
        let folder = try SessionAccess.open(session)
        let record = try SessionAccess.submit(folder, redo ? .redo : .undo, name: redo ? "redo" : "undo")
        guard let target = record.event.as(Undone.self)?.target ?? record.event.as(Redone.self)?.target else { return }
        let original = folder.records.first { $0.id == target }
        try Output.line("\(redo ? "redid" : "undid"): \(original.map { $0.event.payload.summary(sequence: $0.sequence, danish: false) } ?? target)")
        try Output.line("now at " + SessionAccess.describeItem(folder.state, folder.state.position))
    }
}
