import ArgumentParser
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession

/// How every command reaches a session: open it, say what recovery did, map failures to exit 1.
enum SessionAccess {
    static func open(_ path: String) throws -> SessionFolder {
        do {
            let folder = try SessionFolder(opening: path)
            if let damage = folder.damage { Output.error("warning: \(damage.description)") }
            return folder
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Asks the engine to carry out one command and reports recovery notices; the record is
    /// durable when this returns. A refusal is exit status 1 with the engine's words.
    static func submit(_ folder: SessionFolder, _ command: Command, by requester: Requester = .facilitator,
                       name: String) throws -> EventRecord {
        defer { for notice in folder.notices { Output.error("warning: \(notice)") } }
        do {
            return try folder.submit(command, by: requester, writer: "samskab \(name)")
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// "item 3 of 14: Gruppedrøftelse: … (discussion)"
    static func describeItem(_ state: SessionState, _ index: Int) -> String {
        let item = state.workshop.program[index]
        return "item \(index + 1) of \(state.workshop.program.count): \(item.title) (\(item.kind.rawValue))"
    }
}

/// The session folder every session command takes first.
struct SessionArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The session folder.", valueName: "dir"))
    var session: String
}

/// Bad input or a refused action: the message goes to standard error, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}

extension StorageError {
    var message: String { description }
}

extension SessionFolder {
    /// Submits a command from a screen and turns the answer into the message its controller
    /// receives: the record written, or the refusal in the screen's language.
    func outcome(of command: Command, by requester: Requester, writer: String, danish: Bool) -> CommandOutcome {
        do {
            return .saved(try submit(command, by: requester, writer: writer))
        } catch {
            return .refused(error.text(danish: danish))
        }
    }
}
