import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SamskabFiles
import SamskabModel
import SamskabSession

struct NoteGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add notes from scripts and other terminals.",
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a note to the current item.",
            discussion: """
                Prints the note's id once the note is durably on disk (written and fdatasync'ed), \
                and nothing else. Fails with a message where the current item takes no notes. \
                Give - as the text to read it from standard input (several lines allowed). \
                Text is cleaned at the door: NFC-normalised, control characters and terminal escape \
                sequences removed, at most 500 characters.
                """
        )

        @OptionGroup var sessionArgument: SessionArgument
        var session: String { sessionArgument.session }

        @Argument(help: ArgumentHelp("The note's text, or - for standard input.", valueName: "text"))
        var text: String

        @Option(help: "Who wrote it (left out when --anonymous).")
        var author: String?

        @Option(help: "The author's department code.")
        var department: String?

        @Option(help: "The group (table) the note comes from.")
        var group: String?

        @Option(help: ArgumentHelp("The question it answers, counted from 1.", valueName: "k"))
        var question: Int?

        @Flag(help: "Do not record the author.")
        var anonymous = false

        func run() throws {
            // Read and decoded here; cleaned, resolved and checked by the engine, as from every front end.
            let raw: String
            let author: String?
            let group: String?
            do {
                raw = text == "-" ? try NoteText.decode(try StandardInput.note()) : try RawArguments.checked(text, what: "the note")
                author = anonymous ? nil : try self.author.map { name throws(SessionError) in try RawArguments.checked(name, what: "the author") }
                group = try self.group.map { name throws(SessionError) in try RawArguments.checked(name, what: "the group") }
            } catch {
                throw CommandFailure(error.message)
            }
            let folder = try SessionAccess.open(session)
            let request = NoteRequest(text: raw, author: author.map { .signed(name: $0) } ?? .anonymous,
                                      department: department, group: group, question: question)
            let record = try SessionAccess.submit(folder, .addNote(request), by: .participant(id: nil), name: "note-add")
            let id = SessionState.noteID(sequence: record.sequence)
            if let draft = record.event.as(NoteAdded.self)?.draft, let writer = draft.authorID,
               let person = folder.state.participants[writer], person.absent {
                // Saved as theirs; being here is the facilitator's word (`f`, or the command below).
                Output.error("note: \(person.name) is marked absent; if they are here: samskab participant present \(session) \(writer)")
            }
            if author != nil, let draft = record.event.as(NoteAdded.self)?.draft, draft.authorID == nil {
                if let name = draft.author {
                    // Signed with a name that is nobody's on the roster (`soren` for Søren Ærbø):
                    // the engine keeps it, as the scribe's; the script is told, with whom it may have meant.
                    let typed = author ?? name
                    let near = NameSearch.suggestions(for: typed, in: folder.state).split(separator: ", ")
                        .filter { !$0.hasPrefix(name + " (") && $0 != name }.joined(separator: ", ")
                    Output.error("note: nobody on the roster was called '\(typed)', so \(name) joined it with \(id)"
                                 + (near.isEmpty ? "" : "; did you mean \(near)?"))
                } else {
                    // The item is anonymous: the engine left the name off.
                    Output.error("note: item \(draft.item + 1) is anonymous, so \(id) was saved without its author")
                }
            }
            do {
                try Output.line(id)
            } catch {
                throw CommandFailure("the note was saved as \(id), but its id could not be written to standard output: \(error.reason)")
            }
        }
    }
}

/// A note given as `-`: read from standard input with read(2), at most `limit` bytes.
enum StandardInput {
    /// 64 KiB: a note has at most 500 characters, which even as long emoji sequences in any
    /// encoding is far below this; anything longer is not a note, and `yes |` must not fill memory.
    static let limit = 64 * 1024

    static func note() throws(SessionError) -> [UInt8] {
        switch FileBytes.read(descriptor: STDIN_FILENO, limit: limit) {
        case .success(let bytes):
            return bytes
        case .failure(.tooLong):
            throw SessionError("the note on standard input is longer than 64 KiB; a note has at most 500 characters",
                               danish: "noten på standard input er længere end 64 KiB; en note har højst 500 tegn")
        case .failure(.failed(let code)):
            let reason = String(cString: strerror(code))
            throw SessionError("standard input cannot be read: \(reason)",
                               danish: "standard input kan ikke læses: \(reason)")
        }
    }
}
