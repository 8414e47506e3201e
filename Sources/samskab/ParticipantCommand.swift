import ArgumentParser
import SamskabSession

struct ParticipantGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participant",
        abstract: "Manage the session's roster.",
        subcommands: [Add.self, Rename.self, Absent.self, Present.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a person to the session's roster.")

        @OptionGroup var sessionArgument: SessionArgument
        var session: String { sessionArgument.session }

        @Option(help: "The person's name.")
        var name: String

        @Option(help: "The person's department code (as in the definition).")
        var department: String?

        func run() throws {
            // Cleaned and checked by the engine, as from every front end.
            let typed = try CommandFailure.wrap { () throws(SessionError) in
                (name: try RawArguments.checked(name, what: "the name"),
                 department: try department.map { code throws(SessionError) in try RawArguments.checked(code, what: "the department") })
            }
            let folder = try SessionAccess.open(session)
            let record = try SessionAccess.submit(folder, .addParticipant(name: typed.name, department: typed.department),
                                                  name: "participant-add")
            let added = folder.state.participants[SessionState.participantID(sequence: record.sequence)]
            try Output.line("added \(added?.name ?? typed.name)" + (added?.department.map { " (\($0))" } ?? ""))
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Correct a person's name or department; their notes show the new name.",
            discussion: "Give the person by name, or by id (r3 from the roster, p14 added on the day) where two share a name. Undo with 'samskab undo'."
        )

        @OptionGroup var sessionArgument: SessionArgument
        var session: String { sessionArgument.session }

        @Argument(help: ArgumentHelp("The person: a name or an id.", valueName: "name|id"))
        var person: String

        @Option(help: "The corrected name.")
        var to: String?

        @Option(help: "The corrected department code.")
        var department: String?

        func validate() throws {
            if to == nil && department == nil { throw ValidationError("give --to NAME, --department CODE, or both") }
        }

        func run() throws {
            let folder = try SessionAccess.open(session)
            let found = try SessionAccess.person(person, in: folder.state)
            // Cleaned by the engine, as from every front end.
            let name = try CommandFailure.wrap { () throws(SessionError) in
                try to.map { typed throws(SessionError) in try RawArguments.checked(typed, what: "the name") } ?? found.name
            }
            _ = try SessionAccess.submit(folder, .renameParticipant(participant: found.id, name: name, department: department),
                                         name: "participant-rename")
            let renamed = folder.state.participants[found.id]
            try Output.line("\(found.id): \(renamed?.name ?? name)" + (renamed?.department.map { " (\($0))" } ?? ""))
        }
    }

    struct Absent: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "absent",
            abstract: "Mark a person as not in the room: table plans leave them out.",
            discussion: "They leave their table in the plans of the current and later items. Undo with 'samskab undo'."
        )

        @OptionGroup var sessionArgument: SessionArgument

        @Argument(help: ArgumentHelp("The person: a name or an id (r3, p14).", valueName: "name"))
        var person: String

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let found = try SessionAccess.person(person, in: folder.state)
            _ = try SessionAccess.submit(folder, .markAbsent(participant: found.id), name: "participant-absent")
            try Output.line("\(found.name) is marked absent")
        }
    }

    struct Present: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "present",
            abstract: "Mark a person as arrived: they get a seat at the smallest fitting table of the current plan.",
            discussion: "Everyone on the roster counts as present until marked absent. Undo with 'samskab undo'."
        )

        @OptionGroup var sessionArgument: SessionArgument

        @Argument(help: ArgumentHelp("The person: a name or an id (r3, p14).", valueName: "name"))
        var person: String

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let found = try SessionAccess.person(person, in: folder.state)
            let record = try SessionAccess.submit(folder, .markPresent(participant: found.id), name: "participant-present")
            let seats = record.event.as(ParticipantPresent.self)?.seats ?? []
            let state = folder.state
            let where_ = seats.compactMap { seat in state.tablePlans[seat.item]?.table(number: seat.table).map { "\($0.name) (item \(seat.item + 1))" } }
            try Output.line("\(found.name) is marked present" + (where_.isEmpty ? "" : "; sits at " + where_.joined(separator: ", ")))
        }
    }
}
