import ArgumentParser
import SamskabExport
import SamskabFiles
import SamskabSession

/// `samskab groups`: the table plan of a discussion — shown, made, reshuffled, changed by hand.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "The table plan of a discussion: who sits where.",
        subcommands: [Show.self, Move.self, RenameTable.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the table plan of a discussion, making it first if it has none.",
            discussion: """
                The plan uses the people present (see 'samskab participant absent|present'). 'mixed' tables \
                mix departments as evenly as the roster allows and keep apart people who sat together at an \
                earlier mixed table; 'department' gives each department its table; 'room' is one table. \
                The plan is drawn from a seed recorded in the journal, so every terminal shows the same. \
                --reshuffle draws a new one (undo with 'samskab undo').
                """
        )

        @OptionGroup var sessionArgument: SessionArgument

        @Option(help: ArgumentHelp("The discussion, counted from 1 (default: the current item).", valueName: "n"))
        var item: Int?

        @Flag(help: "Draw a new plan even if the item has one.")
        var reshuffle = false

        @Flag(help: "Print the plan as JSON: [{\"name\", \"members\": [{\"name\", \"department\"}]}].")
        var json = false

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let index = try SessionAccess.item(item, as: .discussion, in: folder.state)
            let keeping = reshuffle ? folder.state.notesAtTables(item: index) : 0
            if keeping > 0 {
                // Said first: a new plan moves the people, not what was written.
                Output.error("note: the \(keeping == 1 ? "note" : "\(keeping) notes") written at item \(index + 1)'s tables "
                             + "\(keeping == 1 ? "keeps the table it was" : "keep the table they were") written at; only the people move")
            }
            if reshuffle || folder.state.tablePlans[index] == nil {
                _ = try SessionAccess.submit(folder, .planTables(item: index, reshuffle: reshuffle), name: "groups")
            }
            let state = folder.state
            guard let plan = state.tablePlans[index] else { throw CommandFailure("item \(index + 1) has no table plan") }
            if json {
                try Output.raw(TablePlanJSON.render(plan, state: state))
            } else {
                try Output.raw(TablePlanText.render(plan, item: index, state: state))
            }
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move",
            abstract: "Move one person to another table.",
            discussion: "TABLE is the table's number or name ('3', 'Bord 3', 'Børn og Unge'). Undo with 'samskab undo'."
        )

        @OptionGroup var sessionArgument: SessionArgument

        @Argument(help: ArgumentHelp("The person: a name or an id (r3, p14).", valueName: "name"))
        var person: String

        @Argument(help: ArgumentHelp("The table: its number or name.", valueName: "table"))
        var table: String

        @Option(help: ArgumentHelp("The discussion, counted from 1 (default: the current item).", valueName: "n"))
        var item: Int?

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let index = try SessionAccess.item(item, as: .discussion, in: folder.state)
            let found = try SessionAccess.person(person, in: folder.state)
            _ = try SessionAccess.submit(folder, .moveToTable(participant: found.id, table: table, item: index), name: "groups-move")
            let seat = folder.state.tablePlans[index]?.table(of: found.id)
            try Output.line("\(found.name) sits at \(seat?.name ?? table)")
        }
    }

    struct RenameTable: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename",
            abstract: "Give a table a name of your own ('Vinduesbordet').",
            discussion: "Notes keep their table: they show the new name. Undo with 'samskab undo'."
        )

        @OptionGroup var sessionArgument: SessionArgument

        @Argument(help: ArgumentHelp("The table: its number or name.", valueName: "table"))
        var table: String

        @Argument(help: ArgumentHelp("The new name.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("The discussion, counted from 1 (default: the current item).", valueName: "n"))
        var item: Int?

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let index = try SessionAccess.item(item, as: .discussion, in: folder.state)
            let checked = try CommandFailure.wrap { () throws(SessionError) in try RawArguments.checked(name, what: "the name") }
            let record = try SessionAccess.submit(folder, .renameTable(table: table, name: checked, item: index), name: "groups-rename")
            let renamed = record.event.as(TableRenamed.self)
            try Output.line("table \(renamed?.table ?? 0) is now '\(renamed?.name ?? checked)'")
        }
    }
}

/// The plan for a terminal: one block a table, a line a person.
enum TablePlanText {
    static func render(_ plan: TablePlan, item: Int, state: SessionState) -> String {
        let title = state.workshop.program[item].title
        var lines = ["\(title): \(plan.seatedCount) \(plan.seatedCount == 1 ? "person" : "people") at "
                     + "\(plan.tables.count) \(plan.tables.count == 1 ? "table" : "tables")"]
        // Department codes first, padded, so the names line up (codes are short; names are not).
        let codeWidth = plan.tables.flatMap(\.members).compactMap { state.participants[$0]?.department?.count }.max() ?? 0
        for table in plan.tables {
            lines.append("")
            lines.append("\(table.name) (\(table.members.count))")
            for id in table.members {
                let person = state.participants[id]
                let code = person?.department ?? ""
                let column = codeWidth == 0 ? "" : code + String(repeating: " ", count: max(0, codeWidth - code.count)) + "  "
                lines.append("  " + column + (person?.name ?? id))
            }
        }
        let unseated = state.presentParticipants.filter { plan.table(of: $0.id) == nil }
        if !unseated.isEmpty {
            lines.append("")
            lines.append("Without a table: " + unseated.map(\.name).joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension CommandFailure {
    /// Runs a check that throws a `SessionError` and reports it as a command failure.
    static func wrap<T>(_ body: () throws(SessionError) -> T) throws(CommandFailure) -> T {
        do { return try body() } catch { throw CommandFailure(error.message) }
    }
}

extension SessionAccess {
    /// A person given by id (r3, p14) or by name, typed any way: the engine's rule.
    static func person(_ text: String, in state: SessionState) throws -> Participant {
        try CommandFailure.wrap { () throws(SessionError) in try state.resolvePerson(text) }
    }

    /// The item a command names: a number counted from 1, or the current item (the engine's rule);
    /// where the current item will not do, the message says how to name another.
    static func item(_ number: Int?, as role: ItemRole, in state: SessionState) throws -> Int {
        do {
            return try state.resolveItem(number: number, as: role)
        } catch {
            throw CommandFailure(error.message + (number == nil ? " (give --item N)" : ""))
        }
    }
}
