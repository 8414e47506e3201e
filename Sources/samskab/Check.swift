import ArgumentParser
import SamskabFiles
import SamskabModel

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate workshop definitions.",
        discussion: """
            Prints FILE:LINE:COL: error: MESSAGE (or warning:) for every problem, on standard error, \
            and for each clean file a one-line summary on standard output. Exits 1 if any file has an error.
            """
    )

    @Argument(help: ArgumentHelp("Workshop definition files (.yaml).", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one definition file, e.g. Workshops/*.yaml.") }
    }

    func run() throws {
        var failed = false
        for file in files {
            let outcome = DefinitionFile.load(file)
            for diagnostic in outcome.diagnostics { Output.error(diagnostic.description) }
            if let workshop = outcome.workshop {
                let warnings = outcome.warnings.count
                let verdict = warnings == 0 ? "ok" : "ok with \(warnings) warning\(warnings == 1 ? "" : "s")"
                try Output.line("\(file): \(verdict): \(WorkshopSummary(workshop).description)")
            } else {
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
