import ArgumentParser
import SamskabExport
import SamskabFiles
import SamskabSession

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the day's summary: Markdown, HTML, CSV or JSON.",
        discussion: """
            With one format, --output is the file (default: standard output). With --format all, \
            --output is a folder (default: the session's export/ folder) that gets summary.md, \
            summary.html, summary.csv and summary.json. The same session always gives the same bytes. \
            Clock times are local (TZ).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, csv, json, all
    }

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    @Option(help: "The format.")
    var format: Format = .json

    @Option(help: ArgumentHelp("Where to write it.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("The CSV field separator (default: ';' for a Danish workshop, ',' otherwise).",
                               valueName: "char"))
    var separator: String?

    func validate() throws {
        if let separator, separator.count != 1 || separator == "\"" || separator == "\n" {
            throw ValidationError("--separator must be one character other than a quote or a newline")
        }
    }

    func run() throws {
        let folder = try SessionAccess.open(session)
        let offset = SystemClock.utcOffset(at: folder.state.lastTime ?? SystemClock.now())
        if format == .all {
            let target = output ?? folder.path + "/export"
            do {
                let written = try SummaryFiles.writeAll(folder.state, to: target, utcOffsetSeconds: offset, csvSeparator: separator)
                for path in written { Output.line(path) }
            } catch {
                throw CommandFailure(error.message)
            }
            return
        }
        let bytes = ExportFormat(rawValue: format.rawValue)!.render(folder.state, utcOffsetSeconds: offset, csvSeparator: separator)
        if let output {
            do {
                try AtomicFile.write(bytes, to: output)
            } catch {
                throw CommandFailure(error.message)
            }
            Output.line(output)
        } else {
            Output.bytes(bytes)
        }
    }
}

/// Writes every format into one folder (the projector's export key does the same).
enum SummaryFiles {
    static func writeAll(_ state: SessionState, to folder: String, utcOffsetSeconds: Int,
                         csvSeparator: String? = nil) throws(StorageError) -> [String] {
        try SessionFolder.makeFolder(folder)
        let summary = DaySummary(state, utcOffsetSeconds: utcOffsetSeconds)
        var written: [String] = []
        for format in ExportFormat.allCases {
            let path = folder + "/" + format.fileName
            try AtomicFile.write(format.render(summary, csvSeparator: csvSeparator), to: path)
            written.append(path)
        }
        return written
    }
}
