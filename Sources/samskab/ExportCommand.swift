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
            _ = try SummaryFiles.fileTarget(output, fileName: single.fileName, force: force)
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

/// Where exports go: a new file, a regular file with --force, or a folder of summary files;
/// never over a device, a pipe, a socket or a folder, and never silently over a file.
enum SummaryFiles {
    /// Where the bytes of `--output PATH` will go, or nil for a new file. Refuses what is not to
    /// be written over, and any symbolic link, `--force` or not: nothing is written through a
    /// link (as `--format all` refuses one among its files).
    /// `fileName` is the usual name of such a file, offered when the path is a folder.
    static func fileTarget(_ path: String, fileName: String, force: Bool) throws(CommandFailure) -> String? {
        let kind = AtomicFile.existing(path)
        if kind == .symbolicLink {
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " (to \($0))" } ?? ""
            throw CommandFailure("\(path) is a symbolic link\(destination); samskab does not write through a link, "
                                 + "--force or not: name the file itself, or a new file")
        }
        switch kind {
        case .nothing:
            return nil
        case .regularFile:
            guard force else { throw CommandFailure("\(path) exists; add --force to replace it") }
            return path
        case .folder:
            throw CommandFailure("\(path) is a folder; name a file for one format (such as \(path)/\(fileName)), "
                                 + "or give --format all to write every format into a folder")
        case .symbolicLink:
            throw CommandFailure("\(path) is a symbolic link; name a new file, or the file itself")
        case .special(let what):
            throw CommandFailure("\(path) is \(what), not a regular file; it was left as it is. Name a new file, "
                                 + "or give --output - to write to standard output")
        }
    }

    static func writeFile(_ bytes: [UInt8], to path: String, fileName: String, force: Bool) throws(CommandFailure) {
        do {
            if let target = try fileTarget(path, fileName: fileName, force: force) {
                try AtomicFile.write(bytes, to: target)
            } else if try !AtomicFile.create(bytes, at: path) {
                throw CommandFailure("\(path) exists; add --force to replace it")
            }
        } catch let error as StorageError {
            throw CommandFailure(error.message)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(path) cannot be written: \(error)")
        }
    }

    /// Writes every format into one folder (the projector's export key does the same).
    /// A new folder is made (with its parents); an existing one is used only if it holds nothing
    /// but summary files, unless `force` — or it is `samskabsOwn`, the session's export/ folder.
    /// If writing fails, the folders made here and the files new in them are removed again.
    static func writeAll(_ state: SessionState, to folder: String, utcOffsetSeconds: Int,
                         csvSeparator: String? = nil, samskabsOwn: Bool = true, force: Bool = false) throws(StorageError) -> [String] {
        var madeFolders: [String] = []
        var newFiles: [String] = []
        func undo() {
            for path in newFiles.reversed() { unlink(path) }
            for path in madeFolders.reversed() { rmdir(path) }
        }
        switch AtomicFile.existing(folder) {
        case .nothing:
            // Each missing folder on the way, so that a failure can take exactly those back.
            var prefix = folder.hasPrefix("/") ? "" : "."
            for part in folder.split(separator: "/") {
                prefix += "/" + part
                guard AtomicFile.existing(prefix) == .nothing else { continue }
                do {
                    try SessionFolder.makeFolder(prefix)
                } catch {
                    undo()
                    throw error
                }
                madeFolders.append(prefix)
            }
        case .folder:
            break
        case .symbolicLink where SessionPath.kind(folder) == .folder:
            break
        case .regularFile, .symbolicLink, .special:
            throw StorageError(.rule, "\(folder) is not a folder; --format all writes a folder of files (summary.md, "
                               + "summary.html, summary.csv, summary.json): name a folder, or give one --format")
        }
        if madeFolders.isEmpty {
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            let others = entries.filter { name in
                !ExportFormat.fileNames.contains(name)
                    && !ExportFormat.fileNames.contains { name.hasPrefix($0 + ".writing-") } // an interrupted export's leftover
            }
            if !others.isEmpty && !samskabsOwn && !force {
                let named = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", …" : "")
                throw StorageError(.rule, "\(folder) already holds other files (\(named)); name a new or empty folder, "
                                   + "or add --force to write the summary files into it anyway")
            }
            for format in ExportFormat.allCases {
                let path = folder + "/" + format.fileName
                switch AtomicFile.existing(path) {
                case .nothing, .regularFile: continue
                case .folder, .symbolicLink, .special:
                    throw StorageError(.rule, "\(path) is not a regular file; it was left as it is, and nothing was written")
                }
            }
        }
        let summary = DaySummary(state, utcOffsetSeconds: utcOffsetSeconds)
        var written: [String] = []
        for format in ExportFormat.allCases {
            let path = folder + "/" + format.fileName
            let isNew = AtomicFile.existing(path) == .nothing
            do {
                try AtomicFile.write(format.render(summary, csvSeparator: csvSeparator), to: path)
            } catch {
                undo()
                throw error
            }
            if isNew { newFiles.append(path) }
            written.append(path)
        }
        return written
    }
}
