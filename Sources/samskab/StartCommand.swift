import ArgumentParser
import Foundation
import SamskabFiles
import SamskabModel

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Create the session folder for a workshop, or resume it, and print its path.",
        discussion: """
            Without --session the folder is Sessions/<definition name>-<date> in the current folder \
            (the workshop's date, or today's). Running start again resumes the same session and never \
            overwrites it. See docs/journal-format.md.
            """
    )

    @Argument(help: ArgumentHelp("The workshop definition.", valueName: "file"))
    var definition: String

    @Option(name: .long, help: ArgumentHelp("The session folder to create or resume.", valueName: "dir"))
    var session: String?

    func run() throws {
        let started: SessionFolder.Started
        do {
            started = try SessionFolder.start(definition: definition, at: session, today: SystemClock.today())
        } catch {
            throw CommandFailure(error.message)
        }
        for warning in started.warnings { Output.error("warning: \(warning)") }
        if let damage = started.folder.damage { Output.error("warning: \(damage.description)") }
        try Output.line(started.folder.path)
    }
}
