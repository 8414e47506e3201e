import ArgumentParser
import SamskabSession

struct ParticipantGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participant",
        abstract: "Manage the session's roster.",
        subcommands: [Add.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person to the session's roster.")

        @OptionGroup var sessionArgument: SessionArgument
        var session: String { sessionArgument.session }

        @Option(help: "The person's name.")
        var name: String

        @Option(help: "The person's department code (as in the definition).")
        var department: String?

        func run() throws {
            let cleanName: String
            let cleanDepartment: String?
            do {
                guard let name = try NoteText.cleanName(name, what: "the name") else {
                    throw CommandFailure("the name is empty")
                }
                cleanName = name
                cleanDepartment = try department.flatMap { code throws(SessionError) in
                    try NoteText.cleanName(code, what: "the department")
                }
            } catch let error as SessionError {
                throw CommandFailure(error.message)
            }
            let folder = try SessionAccess.open(session)
            let record = try SessionAccess.submit(folder, .addParticipant(name: cleanName, department: cleanDepartment),
                                                  name: "participant-add")
            let added = folder.state.participants[SessionState.participantID(sequence: record.sequence)]
            Output.line("added \(cleanName)" + (added?.department.map { " (\($0))" } ?? ""))
        }
    }
}
