import Foundation
import Testing

/// Standard output, standard input and --output as hostile places: a full device, a closed
/// descriptor, an endless writer, a device node or a file already there. The real binary.
@Suite(.serialized)
struct StreamHardeningTests {
    static let hasDevFull = FileManager.default.fileExists(atPath: "/dev/full")

    /// Runs the binary with standard output sent to /dev/full (every write fails with ENOSPC).
    static func runIntoDevFull(_ arguments: [String]) throws -> BinaryRunner.Result {
        let process = Process()
        process.executableURL = try BinaryRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = BinaryRunner.packageRoot
        guard let full = FileHandle(forWritingAtPath: "/dev/full") else { throw CocoaError(.fileNoSuchFile) }
        defer { try? full.close() }
        process.standardOutput = full
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return BinaryRunner.Result(status: process.terminationStatus, stdout: "", stderr: String(decoding: errData, as: UTF8.self))
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    // MARK: Standard output

    @Test(.enabled(if: hasDevFull, "needs /dev/full (Linux)")) func aFullStandardOutputIsAnError() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let export = try Self.runIntoDevFull(["export", session, "--format", "json"])
        #expect(export.status == 1)
        #expect(export.stderr == "error: cannot write to standard output: No space left on device\n")
        let status = try Self.runIntoDevFull(["status", session])
        #expect(status.status == 1)
        #expect(status.stderr == "error: cannot write to standard output: No space left on device\n")
        let help = try Self.runIntoDevFull(["--help"])
        #expect(help.status == 1, "even the help text is checked")
    }

    @Test(.enabled(if: hasDevFull, "needs /dev/full (Linux)")) func aNoteSavedButItsIdLostSaysSo() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let note = try Self.runIntoDevFull(["note", "add", session, "gemt alligevel"])
        #expect(note.status == 1)
        #expect(note.stderr == "error: the note was saved as n1, but its id could not be written to standard output: "
                + "No space left on device\n")
        #expect(try JournalFile(session + "/journal.jsonl").lines.map { $0["text"] as? String } == ["gemt alligevel"])
        let action = try Self.runIntoDevFull(["action", "add", session, "Møde"])
        #expect(action.status == 1)
        #expect(action.stderr.hasPrefix("error: the next step was saved as a2, but its id could not be written"))
    }

    /// With standard output closed, the journal must not become descriptor 1 and receive the id.
    @Test func aClosedStandardOutputLeavesTheJournalAlone() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let binary = try BinaryRunner.binary.path
        let result = try BinaryRunner.shell("\(Self.quoted(binary)) note add \(Self.quoted(session)) lukket >&-")
        #expect(result.status == 1)
        #expect(result.stderr == "error: the note was saved as n1, but its id could not be written to standard output: "
                + "Bad file descriptor\n")
        let journal = try JournalFile(session + "/journal.jsonl")
        #expect(journal.lines.count == 1, "every line of the journal is still an event")
        #expect(try BinaryRunner.run(["note", "add", session, "næste"]).stdout == "n2\n")
    }

    // MARK: Standard input

    @Test func anEndlessStandardInputIsCutOffAtTheBound() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let binary = try BinaryRunner.binary.path
        let started = Date()
        let result = try BinaryRunner.shell("yes | \(Self.quoted(binary)) note add \(Self.quoted(session)) -")
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.stderr == "error: the note on standard input is longer than 64 KiB; a note has at most 500 characters\n")
        #expect(seconds < 2, "stopped at the bound, not at the end of an endless stream (\(seconds) s)")
        #expect(try JournalFile(session + "/journal.jsonl").lines.isEmpty)

        // Just at the bound it is read whole, and then judged as a note.
        let atBound = try BinaryRunner.run(["note", "add", session, "-"], input: Data(repeating: 0x61, count: 64 * 1024))
        #expect(atBound.status == 1)
        #expect(atBound.stderr.hasPrefix("error: the note "))
        #expect(!atBound.stderr.contains("64 KiB"), "refused by the note's own limits, not by the bound: \(atBound.stderr)")
        let piped = try BinaryRunner.run(["note", "add", session, "-"], input: Data("fra en pipe\n".utf8))
        #expect(piped.stdout == "n1\n")
    }

    // MARK: export --output

    @Test func exportOutputNeverReplacesSilently() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let plain = try BinaryRunner.run(["export", session, "--format", "markdown"])
        #expect(try BinaryRunner.run(["export", session, "--format", "markdown", "--output", "-"]).stdout == plain.stdout)

        let file = folder.appendingPathComponent("dag.md").path
        let created = try BinaryRunner.run(["export", session, "--format", "markdown", "--output", file])
        #expect(created.status == 0)
        #expect(created.stdout == file + "\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == plain.stdout)

        try "mine egne noter\n".write(toFile: file, atomically: false, encoding: .utf8)
        let again = try BinaryRunner.run(["export", session, "--format", "markdown", "--output", file])
        #expect(again.status == 1)
        #expect(again.stderr == "error: \(file) exists; add --force to replace it\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "mine egne noter\n")
        #expect(try BinaryRunner.run(["export", session, "--format", "markdown", "--output", file, "--force"]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == plain.stdout)

        // A symbolic link to a regular file: refused, --force or not (issue 22: --force wrote through
        // it to its target); the link and its target stay as they were.
        let link = folder.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        #expect(try BinaryRunner.run(["export", session, "--format", "markdown", "--output", link]).status == 1)
        let forced = try BinaryRunner.run(["export", session, "--format", "json", "--output", link, "--force"])
        #expect(forced.status == 1)
        #expect(forced.stderr == "error: \(link) is a symbolic link (to \(file)); samskab does not write through a link, "
                + "--force or not: name the file itself, or a new file\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == file)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == plain.stdout)
        #expect(try BinaryRunner.run(["export", session, "--format", "all", "--output", "-"]).status == 2)
    }

    @Test func exportOutputRefusesWhatIsNotARegularFile() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let toFifo = try BinaryRunner.run(["export", session, "--output", fifo, "--force"])
        #expect(toFifo.status == 1)
        #expect(toFifo.stderr.hasPrefix("error: \(fifo) is a named pipe (FIFO), not a regular file; it was left as it is."))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "the pipe is still a pipe")

        // A device, through a symbolic link (so that nothing here could ever replace the device itself).
        let device = folder.appendingPathComponent("null").path
        try FileManager.default.createSymbolicLink(atPath: device, withDestinationPath: "/dev/null")
        let toDevice = try BinaryRunner.run(["export", session, "--output", device, "--force"])
        #expect(toDevice.status == 1)
        #expect(toDevice.stderr.hasPrefix("error: \(device) is a symbolic link (to /dev/null); samskab does not write through a link"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: device) == "/dev/null")

        let toFolder = try BinaryRunner.run(["export", session, "--format", "csv", "--output", folder.path, "--force"])
        #expect(toFolder.status == 1)
        #expect(toFolder.stderr.hasPrefix("error: \(folder.path) is a folder; name a file for one format (such as \(folder.path)/summary.csv)"))
        let dangling = folder.appendingPathComponent("nowhere").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.appendingPathComponent("gone").path)
        #expect(try BinaryRunner.run(["export", session, "--output", dangling]).status == 1)
    }

    @Test func exportAllWritesOnlyIntoItsOwnFolder() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let target = folder.appendingPathComponent("ud/dag").path
        let first = try BinaryRunner.run(["export", session, "--format", "all", "--output", target])
        #expect(first.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target).sorted()
                == ["summary.csv", "summary.html", "summary.json", "summary.md"])
        #expect(try BinaryRunner.run(["export", session, "--format", "all", "--output", target]).status == 0,
                "a folder of summary files is samskab's to overwrite")

        try "privat\n".write(toFile: target + "/andet.txt", atomically: false, encoding: .utf8)
        let crowded = try BinaryRunner.run(["export", session, "--format", "all", "--output", target])
        #expect(crowded.status == 1)
        #expect(crowded.stderr == "error: \(target) already holds other files (andet.txt); name a new or empty folder, "
                + "or add --force to write the summary files into it anyway\n")
        #expect(try BinaryRunner.run(["export", session, "--format", "all", "--output", target, "--force"]).status == 0)
        #expect(try String(contentsOfFile: target + "/andet.txt", encoding: .utf8) == "privat\n")

        let file = folder.appendingPathComponent("fil").path
        try "x".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(try BinaryRunner.run(["export", session, "--format", "all", "--output", file, "--force"]).status == 1)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "x")
        #expect(try BinaryRunner.run(["export", session, "--format", "all"]).status == 0, "the session's own export/ folder")
    }

    /// A --format all that fails half-way takes back the folders it made.
    @Test func aFailedExportAllLeavesNoFolderBehind() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let binary = try BinaryRunner.binary.path
        // A file-size limit of 1 KiB: summary.md fits, summary.html does not (EFBIG, with SIGXFSZ ignored).
        let result = try BinaryRunner.shell("trap '' XFSZ; ulimit -f 1; exec \(Self.quoted(binary)) export "
                                            + "\(Self.quoted(session)) --format all --output ny/mappe", in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: ny/mappe/summary."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ny").path))
    }

    // MARK: Messages

    @Test func everyErrorLineHasOnePrefix() throws {
        let folder = try BinaryRunner.scratchFolder()
        try "title: Dag\nprogram: []\n".write(to: folder.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["start", "dag.yaml"], in: folder)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("dag.yaml:2:10: error: 'program' must be a list of items") == true, "as samskab check says it")
        #expect(lines.last == "error: the definition has errors; fix them (samskab check) before starting")
        #expect(lines.allSatisfy { $0.components(separatedBy: "error: ").count == 2 }, "\(lines)")
    }

    @Test func aDefinitionOrAMissingFolderWhereASessionBelongs() throws {
        let folder = try BinaryRunner.scratchFolder()
        try NotesWorkshop.text.write(to: folder.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        let join = try BinaryRunner.run(["join", "dag.yaml"], in: folder)
        #expect(join.status == 1)
        #expect(join.stderr == "error: dag.yaml is a workshop definition; start it with 'samskab run dag.yaml' (or 'samskab start'), "
                + "then join the session folder it prints\n")
        let status = try BinaryRunner.run(["status", "Sessions/ingen"], in: folder)
        #expect(status.status == 1)
        #expect(status.stderr == "error: there is no session folder 'Sessions/ingen' (no such folder); 'samskab start FILE' "
                + "makes one from a workshop definition and prints its path\n")
        let run = try BinaryRunner.run(["run", "Sessions/ingen"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: there is no session folder 'Sessions/ingen' (no such folder)"))
        let missingDefinition = try BinaryRunner.run(["run", "ingen.yaml"], in: folder)
        #expect(missingDefinition.stderr == "error: there is no workshop definition 'ingen.yaml' (no such file); check the name and folder\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sessions").path))
    }
}
