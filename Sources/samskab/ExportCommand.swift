#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import SamskabExport
import SamskabFiles
import SamskabSession

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the day's summary (Markdown, HTML, CSV or JSON), or posters of the table boards.",
        discussion: """
            With one format, --output is the file (default, or -: standard output); an existing file is \
            replaced only with --force, and anything that is not a regular file (a device, a pipe, a folder) \
            never. With --format all, --output is a folder (default: the session's export/ folder) that gets \
            summary.md, summary.html, summary.csv and summary.json; an existing folder holding other files \
            is used only with --force. The same session always gives the same bytes. Clock times are local (TZ).

            With --posters: one HTML file of posters to print and hang up for the gallery walk (fernisering), \
            one landscape A4 page per table board (print on A3 with "fit to page" for larger ones): the boards \
            of the discussion the walk visits (the current item's walk, else the day's first), or of --item N \
            (a discussion, or a walk: its discussion); on a day without a walk, of every discussion with a \
            table plan. --output as for one format.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, csv, json, all
    }

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    @Option(help: "The format (default: json).")
    var format: Format?

    @Flag(help: "Write posters of the table boards for the gallery walk instead of the summary (HTML).")
    var posters = false

    @Option(help: ArgumentHelp("With --posters: the discussion, or the gallery walk whose discussion, counted from 1.",
                               valueName: "n"))
    var item: Int?

    @Option(help: ArgumentHelp("Where to write it: a new file (with --format all a folder), or - for standard output.",
                               valueName: "path"))
    var output: String?

    @Flag(help: "Replace an existing file (with --format all: write into a folder that holds other files too).")
    var force = false

    @Option(help: ArgumentHelp("The CSV field separator (default: ';' for a Danish workshop, ',' otherwise).",
                               valueName: "char"))
    var separator: String?

    func validate() throws {
        if let separator, separator.count != 1 || separator == "\"" || separator == "\n" {
            throw ValidationError("--separator must be one character other than a quote or a newline")
        }
        if output == "" { throw ValidationError("--output needs a path, or - for standard output") }
        if posters && (format != nil || separator != nil) {
            throw ValidationError("--posters writes posters, not the summary; give --posters or --format (and --separator), not both")
        }
        if item != nil && !posters { throw ValidationError("--item chooses the discussion for --posters; the summary is of the whole day") }
        if output == "-" && format == .all {
            throw ValidationError("--format all writes a folder of files; --output - (standard output) takes one format")
        }
    }

    func run() throws {
        let folder = try SessionAccess.open(session)
        let offset = SystemClock.utcOffset(at: folder.state.lastTime ?? SystemClock.now())
        if posters {
            let items: [Int]
            do {
                items = try PosterChoice.discussions(item: item, in: folder.state)
            } catch {
                throw CommandFailure(error.message)
            }
            let page = PosterExport.render(DaySummary(folder.state, utcOffsetSeconds: offset), items: items)
            try write(Array(page.utf8), fileName: "posters.html")
            return
        }
        let format = format ?? .json
        if format == .all {
            let written: [String]
            do {
                written = try SummaryFiles.writeAll(folder.state, to: output ?? folder.path + "/export", utcOffsetSeconds: offset,
                                                    csvSeparator: separator, samskabsOwn: output == nil, force: force)
            } catch {
                throw CommandFailure(error.message)
            }
            for path in written { try Output.line(path) }
            return
        }
        guard let single = ExportFormat(rawValue: format.rawValue) else { throw CommandFailure("unknown format \(format.rawValue)") }
        if let output, output != "-" {
            // Looked at before the work of rendering, and again as it is written.
            do {
                _ = try ExportTarget.fileTarget(output, fileName: single.fileName, force: force)
            } catch {
                throw CommandFailure(error.message)
            }
        }
        try write(single.render(folder.state, utcOffsetSeconds: offset, csvSeparator: separator), fileName: single.fileName)
    }

    /// One file's bytes to --output (printing its path), or to standard output.
    func write(_ bytes: [UInt8], fileName: String) throws {
        guard let output, output != "-" else {
            try Output.bytes(bytes)
            return
        }
        try SummaryFiles.writeFile(bytes, to: output, fileName: fileName, force: force)
        try Output.line(output)
    }
}

/// The summary files for `--format all` and the projector's export key, written where the files
/// layer's `ExportTarget` allows.
enum SummaryFiles {
    static func writeFile(_ bytes: [UInt8], to path: String, fileName: String, force: Bool) throws(CommandFailure) {
        do {
            try ExportTarget.writeFile(bytes, to: path, fileName: fileName, force: force)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Writes every format into one folder (see `ExportTarget.writeAll`).
    static func writeAll(_ state: SessionState, to folder: String, utcOffsetSeconds: Int,
                         csvSeparator: String? = nil, samskabsOwn: Bool = true, force: Bool = false) throws(StorageError) -> [String] {
        let summary = DaySummary(state, utcOffsetSeconds: utcOffsetSeconds)
        let files = ExportFormat.allCases.map { format in
            ExportFile(name: format.fileName) { format.render(summary, csvSeparator: csvSeparator) }
        }
        return try ExportTarget.writeAll(files, to: folder, samskabsOwn: samskabsOwn, force: force)
    }
}
