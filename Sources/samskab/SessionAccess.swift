#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession

/// How every command reaches a session: open it, say what recovery did, map failures to exit 1.
enum SessionAccess {
    /// - Parameter definitionHint: what to say when `path` is a workshop definition instead
    ///   (by default: start it and use the folder it prints).
    static func open(_ path: String, definitionHint: String? = nil) throws -> SessionFolder {
        switch SessionPath.kind(path) {
        case .missing:
            throw CommandFailure(SessionPath.noSuchFolder(path))
        case .definition:
            throw CommandFailure(definitionHint ?? "\(path) is a workshop definition, not a session folder; "
                                 + "start it with 'samskab start \(path)' and use the session folder it prints")
        case .file:
            throw CommandFailure("'\(path)' is a file, not a session folder")
        case .folder, .unknown:
            break
        }
        do {
            let folder = try SessionFolder(opening: path)
            for notice in folder.notices { Output.error("warning: \(notice)") }
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
        let known = folder.notices.count
        defer { for notice in folder.notices.dropFirst(known) { Output.error("warning: \(notice)") } }
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

/// What a session argument names, looked at before opening it, so a wrong argument gets a clear word.
enum SessionPath {
    enum Kind { case missing, folder, definition, file, unknown }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT || errno == ENOTDIR ? .missing : .unknown
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return isDefinitionName(path) ? .definition : .file
        default: return .unknown
        }
    }

    /// `.yaml` or `.yml`: the workshop definitions' names.
    static func isDefinitionName(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }

    static func noSuchFolder(_ path: String) -> String {
        "there is no session folder '\(path)' (no such folder); 'samskab start FILE' makes one from a workshop "
            + "definition and prints its path"
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
