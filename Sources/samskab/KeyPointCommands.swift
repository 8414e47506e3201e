import ArgumentParser
import SamskabModel
import SamskabFiles
import SamskabSession

struct KeyPointGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keypoint",
        abstract: "Mark notes as key points (hovedpointer) for the summary.",
        subcommands: [Add.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Mark a note as a key point; more notes given are merged into it as near-duplicates.",
            discussion: "Any note of the day, by its id (n12). --text gives the key point an edited wording. Undo with 'samskab undo'."
        )

        @OptionGroup var sessionArgument: SessionArgument
        var session: String { sessionArgument.session }

        @Argument(help: ArgumentHelp("The note, then any near-duplicates to merge into it.", valueName: "note-id"))
        var notes: [String]

        @Option(help: "The key point's wording, if not the note's own.")
        var text: String?

        func validate() throws {
            if notes.isEmpty { throw ValidationError("name the note, e.g. 'samskab keypoint add DIR n12'") }
            if Set(notes).count != notes.count { throw ValidationError("a note is named twice") }
        }

        func run() throws {
            // Cleaned by the engine, as from every front end.
            let wording = try CommandFailure.wrap { () throws(SessionError) in
                try text.map { raw throws(SessionError) in try RawArguments.checked(raw, what: "the text") }
            }
            let folder = try SessionAccess.open(session)
            let (main, merged) = (notes[0], Array(notes.dropFirst()))
            _ = try SessionAccess.submit(folder, .markKeyPoint(note: main, text: wording, merged: merged), name: "keypoint")
            let point = folder.state.keyPoints[main]
            try Output.line("key point \(main): \(point?.text ?? folder.state.notes[main]?.text ?? "")"
                        + (merged.isEmpty ? "" : " (merged: \(merged.joined(separator: ", ")))"))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Unmark a key point.")

        @OptionGroup var sessionArgument: SessionArgument
        var session: String { sessionArgument.session }

        @Argument(help: ArgumentHelp("The note.", valueName: "note-id"))
        var note: String

        func run() throws {
            let folder = try SessionAccess.open(session)
            _ = try SessionAccess.submit(folder, .unmarkKeyPoint(note: note), name: "keypoint")
            try Output.line("key point \(note) removed")
        }
    }
}

struct ActionGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Record next steps: what, who, by when.",
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a next step to the summary.")

        @OptionGroup var sessionArgument: SessionArgument
        var session: String { sessionArgument.session }

        @Argument(help: "What is to happen.")
        var text: String

        @Option(help: "Who: a person or a department.")
        var owner: String?

        @Option(help: ArgumentHelp("By when: 2019-11-21, or the Danish 21.11.2019 or 21/11 (the first 21 November on or after "
                                   + "the workshop's day).", valueName: "date"))
        var due: String?

        func validate() throws {
            // The form only here (any year will do); the year a date without one falls in is the day's.
            if let due, CalendarDate(typed: due, after: CalendarDate(year: 2000, month: 1, day: 1)) == nil {
                throw ValidationError("--due must be a date like 21.11.2019, 21/11 or 2019-11-21; found '\(due)'")
            }
        }

        func run() throws {
            // Cleaned by the engine, as from every front end.
            let raw = try CommandFailure.wrap { () throws(SessionError) in
                (text: try RawArguments.checked(text, what: "the text"),
                 owner: try owner.map { name throws(SessionError) in try RawArguments.checked(name, what: "the owner") })
            }
            let folder = try SessionAccess.open(session)
            let date = due.flatMap { CalendarDate(typed: $0, after: folder.workshop.date ?? SystemClock.today()) }
            if let due, let date, CalendarDate(iso: due) == nil {
                // Said back when it had to be understood: `1/10` is 2019-10-01.
                Output.error("note: --due \(due) is \(date) (\(date.spelled(danish: false)))")
            }
            let record = try SessionAccess.submit(folder, .addAction(text: raw.text, owner: raw.owner, due: date), name: "action")
            let id = SessionState.actionID(sequence: record.sequence)
            do {
                try Output.line(id)
            } catch {
                throw CommandFailure("the next step was saved as \(id), but its id could not be written to standard output: \(error.reason)")
            }
        }
    }
}
