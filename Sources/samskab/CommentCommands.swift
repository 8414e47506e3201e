import ArgumentParser
import SamskabFiles
import SamskabSession

/// `samskab comment add` and `samskab plusone`: the gallery walk's comments and +1s, for scripts.
struct CommentGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comment",
        abstract: "Comments from the gallery walk (fernisering) on notes and boards.",
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "GalleryComment on a note, or on a table's whole board.",
            discussion: """
                TARGET is a note's id (n12), or a table of the visited discussion ('3', 'Bord 3') for a comment \
                on its whole board (the current gallery walk's discussion, else --item N). A named author \
                who walks in a pair signs with the pair. Prints the comment's id once it is on disk.
                """
        )

        @OptionGroup var sessionArgument: SessionArgument

        @Argument(help: ArgumentHelp("A note's id, or a table for its whole board.", valueName: "target"))
        var target: String

        @Argument(help: ArgumentHelp("The comment (at most 500 characters; - reads standard input).", valueName: "text"))
        var text: String

        @Option(help: "Who wrote it.")
        var author: String?

        @Flag(help: "Do not record the author.")
        var anonymous = false

        @Option(help: ArgumentHelp("For a board: the discussion, counted from 1.", valueName: "n"))
        var item: Int?

        func validate() throws {
            if author != nil && anonymous { throw ValidationError("give --author or --anonymous, not both") }
        }

        func run() throws {
            // Read and decoded here; cleaned and resolved by the engine, as from every front end.
            let raw = try CommandFailure.wrap { () throws(SessionError) -> String in
                text == "-" ? try NoteText.decode(try StandardInput.note()) : try RawArguments.checked(text, what: "the comment")
            }
            let name = try CommandFailure.wrap { () throws(SessionError) -> String? in
                try author.map { name throws(SessionError) in try RawArguments.checked(name, what: "the author") }
            }
            let folder = try SessionAccess.open(sessionArgument.session)
            let resolved = try CommentTargetArgument.resolve(target, item: item, in: folder.state)
            let record = try SessionAccess.submit(folder, .addComment(target: resolved, text: raw,
                                                                      author: anonymous ? .anonymous : name.map { .signed(name: $0) } ?? .anonymous),
                                                  by: .participant(id: nil), name: "comment-add")
            try Output.line(SessionState.commentID(sequence: record.sequence))
        }
    }
}

struct PlusOneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plusone",
        abstract: "A +1 to a note from the pair the author walks in (one per pair per note).",
        discussion: "The pair is the author's in the current gallery walk, else in the latest one."
    )

    @OptionGroup var sessionArgument: SessionArgument

    @Argument(help: ArgumentHelp("The note's id.", valueName: "note-id"))
    var note: String

    @Option(help: "Who gives it: a name or an id; their pair gives the +1.")
    var author: String

    func run() throws {
        let folder = try SessionAccess.open(sessionArgument.session)
        let person = try SessionAccess.person(author, in: folder.state)
        let record = try SessionAccess.submit(folder, .plusOne(note: note, participant: person.id), by: .participant(id: person.id),
                                              name: "plusone")
        let count = folder.state.plusOnes[note]?.count ?? 0
        let pair = record.event.as(PlusOneAdded.self)?.pair ?? 0
        try Output.line("+1 from pair \(pair) to \(note) (\(count) in all)")
    }
}

/// A comment's target as given on the command line: a note's id or a table of a discussion.
enum CommentTargetArgument {
    static func resolve(_ text: String, item: Int?, in state: SessionState) throws -> CommentTarget {
        if text.first == "n", text.dropFirst().allSatisfy(\.isNumber), text.count > 1 { return .note(text) }
        // The boards of the item given, else of the current item (a walk: the discussion it visits).
        let discussion: Int
        do {
            discussion = try state.resolveItem(number: item, as: .boards)
        } catch {
            throw CommandFailure("'\(text)' is no note id (n12), and \(error.message)")
        }
        return .board(item: discussion, table: try CommandFailure.wrap { () throws(SessionError) in try state.resolveTable(text, item: discussion) })
    }
}
