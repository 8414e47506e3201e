import ArgumentParser
import SamskabSession

struct Undo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Undo the last facilitator action (phase moves, timers, key points, roster additions).",
        discussion: "Undo is itself an event in the journal; nothing is deleted."
    )

    @Argument(help: ArgumentHelp("The session folder.", valueName: "dir"))
    var session: String

    func run() throws {
        try UndoRedo.run(session, redo: false)
    }
}

struct Redo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Redo the last undone facilitator action.")

    @Argument(help: ArgumentHelp("The session folder.", valueName: "dir"))
    var session: String

    func run() throws {
        try UndoRedo.run(session, redo: true)
    }
}

enum UndoRedo {
    static func run(_ session: String, redo: Bool) throws {
        let folder = try SessionAccess.open(session)
        let record = try SessionAccess.append(folder, command: redo ? "redo" : "undo") { state throws(SessionError) in
            if redo {
                guard let target = state.redoTarget else { throw SessionError("there is nothing to redo") }
                return (.facilitator, .redone(target: target))
            }
            guard let target = state.undoTarget else { throw SessionError("there is nothing to undo") }
            return (.facilitator, .undone(target: target))
        }
        let target: String
        switch record.event {
        case .undone(let id), .redone(let id): target = id
        default: return
        }
        let original = folder.records.first { $0.id == target }
        Output.line("\(redo ? "redid" : "undid"): \(original.map { describe($0, folder.state) } ?? target)")
        Output.line("now at " + SessionAccess.describeItem(folder.state, folder.state.position))
    }

    static func describe(_ record: EventRecord, _ state: SessionState) -> String {
        switch record.event {
        case .phaseMoved(let item): "move to item \(item + 1)"
        case .timerStarted: "start the timer"
        case .timerPaused: "pause the timer"
        case .timerExtended(_, let minutes): "extend the timer by \(minutes) min"
        case .participantAdded(let name, _): "add \(name) to the roster"
        case .noteAdded: "add note \(SessionState.noteID(sequence: record.sequence))"
        case .noteEdited(let note, _): "edit note \(note)"
        case .noteWithdrawn(let note): "withdraw note \(note)"
        case .keyPointMarked(let note, _, _): "mark note \(note) as key point"
        case .actionAdded(let text, _, _): "add the next step '\(text)'"
        case .keyPointUnmarked(let note): "unmark key point \(note)"
        case .undone, .redone: record.event.typeName
        }
    }
}
