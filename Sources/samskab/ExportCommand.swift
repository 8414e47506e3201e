import ArgumentParser
import SamskabExport
import SamskabFiles

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the day's summary.",
        discussion: "JSON follows the data contract in docs/journal-format.md. Markdown, HTML and CSV come with a later version."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @Argument(help: ArgumentHelp("The session folder.", valueName: "dir"))
    var session: String

    @Option(help: "The format.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Where to write it (default: standard output).", valueName: "path"))
    var output: String?

    func run() throws {
        let folder = try SessionAccess.open(session)
        let text = JSONExport.render(folder.state)
        if let output {
            do {
                try AtomicFile.write(Array(text.utf8), to: output)
            } catch {
                throw CommandFailure(error.message)
            }
            Output.line(output)
        } else {
            Output.raw(text)
        }
    }
}
