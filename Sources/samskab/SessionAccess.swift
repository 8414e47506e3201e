import ArgumentParser
import SamskabFiles
import SamskabModel
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

    /// Appends one event and reports recovery notices; the record is durable when this returns.
    static func append(_ folder: SessionFolder, command: String,
                       _ make: (SessionState) throws(SessionError) -> (Actor, Event)) throws -> EventRecord {
        defer { for notice in folder.notices { Output.error("warning: \(notice)") } }
        do {
            return try folder.append(writer: "samskab \(command)", make)
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
