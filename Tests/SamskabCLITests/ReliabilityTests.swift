import Foundation
import Testing

/// Real processes against one journal: many writers at once, kill -9 at random moments,
/// torn writes and full disks. Nothing acknowledged may ever be lost.
@Suite(.serialized, .tags(.slow))
struct ReliabilityTests {
    @Test func sixteenWritersAtOnceLoseNothing() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let bench = try BinaryRunner.bench
        var processes: [Process] = []
        for writer in 0..<16 {
            let process = Process()
            process.executableURL = bench
            process.arguments = ["writer", session, "250", "w\(writer)"]
            process.standardOutput = try FileHandle(forWritingTo: Self.createFile(folder, "printed-\(writer)"))
            try process.run()
            processes.append(process)
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let journal = try JournalFile(session + "/journal.jsonl")
        #expect(journal.lines.count == 4000, "exactly 4000 notes, no corrupt line")
        #expect(journal.sequences == Array(1...4000))
        #expect(Set(journal.ids).count == 4000)
        var printed: [String] = []
        for writer in 0..<16 {
            printed += try String(contentsOf: folder.appendingPathComponent("printed-\(writer)"), encoding: .utf8)
                .split(separator: "\n").map(String.init)
        }
        #expect(printed.count == 4000)
        #expect(Set(printed) == journal.noteIDs)
    }

    @Test func concurrentNoteAddCommandsLoseNothing() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let binary = try BinaryRunner.binary.path
        let result = try BinaryRunner.shell("""
            for w in 1 2 3 4 5 6 7 8; do
              ( for i in $(seq 15); do "\(binary)" note add "\(session)" "skriver $w note $i æøå 🍎" --author "Skriver $w" || exit 1; done ) > printed-$w &
            done
            wait
            cat printed-*
            """, in: folder)
        let printed = result.stdout.split(separator: "\n").map(String.init)
        // Each writer's first note puts the writer's new name on the roster, and says so; nothing else is said.
        let said = result.stderr.split(separator: "\n")
        #expect(said.count == 8 && said.allSatisfy { $0.hasPrefix("note: nobody on the roster was called 'Skriver ") }, "\(result.stderr)")
        #expect(printed.count == 120)
        let journal = try JournalFile(session + "/journal.jsonl")
        #expect(journal.sequences == Array(1...120))
        #expect(Set(printed) == journal.noteIDs)
    }

    @Test func killingWritersAtRandomNeverLosesAnAcknowledgedNote() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let bench = try BinaryRunner.bench
        var acknowledged: Set<String> = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<50 {
            let printedFile = try Self.createFile(folder, "printed-\(round)")
            let process = Process()
            process.executableURL = bench
            process.arguments = ["writer", session, "0", "k\(round)"] // 0: write until killed
            process.standardOutput = try FileHandle(forWritingTo: printedFile)
            try process.run()
            usleep(UInt32.random(in: 2_000...40_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)

            acknowledged.formUnion(try String(contentsOf: printedFile, encoding: .utf8).split(separator: "\n").map(String.init))
            // Whatever was cut off, the next writer recovers and every printed id is there.
            let next = try BinaryRunner.run(["note", "add", session, "efter runde \(round)"])
            #expect(next.status == 0, "\(next.stderr)")
            if let id = next.stdout.split(separator: "\n").first { acknowledged.insert(String(id)) }
            let journal = try JournalFile(session + "/journal.jsonl")
            #expect(acknowledged.isSubset(of: journal.noteIDs), "round \(round): an acknowledged note is missing")
            #expect(journal.sequences == Array(1...journal.lines.count))
        }
        #expect(acknowledged.count > 50, "the writers got notes through before they were killed")
        let quarantined = (try? FileManager.default.contentsOfDirectory(atPath: session + "/quarantine")) ?? []
        #expect(quarantined.count <= 50, "at most one torn tail per kill")
        let status = try BinaryRunner.run(["status", session, "--json"])
        #expect(status.status == 0)
        #expect(status.stdout.contains("\"read_only\":false"))
    }

    @Test func aTornWriteIsQuarantinedAndNotGluedToTheNextNote() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        #expect(try BinaryRunner.run(["note", "add", session, "første"]).stdout == "n1\n")

        // The fault hook writes half a line, syncs it, reports on stderr and hangs: kill it there.
        let process = Process()
        process.executableURL = try BinaryRunner.binary
        process.arguments = ["note", "add", session, "denne bliver revet over"]
        process.environment = ProcessInfo.processInfo.environment.merging(["SAMSKAB_FAULT": "torn-write"]) { $1 }
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = Pipe()
        try process.run()
        let marker = String(decoding: errorPipe.fileHandleForReading.availableData, as: UTF8.self)
        #expect(marker.contains("samskab-fault: torn write on disk"))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let torn = try String(contentsOfFile: session + "/journal.jsonl", encoding: .utf8)
        #expect(!torn.hasSuffix("\n"), "the journal now ends in half a line")

        let status = try BinaryRunner.run(["status", session, "--json"])
        #expect(status.stdout.contains("\"notes\":1"), "readers ignore the torn tail")

        let next = try BinaryRunner.run(["note", "add", session, "anden"])
        #expect(next.status == 0)
        #expect(next.stdout == "n2\n")
        #expect(next.stderr.hasPrefix("warning: the journal ended in an incomplete line ("))
        let journal = try JournalFile(session + "/journal.jsonl")
        #expect(journal.lines.map { $0["text"] as? String } == ["første", "anden"])
        let quarantine = try FileManager.default.contentsOfDirectory(atPath: session + "/quarantine")
        #expect(quarantine.count == 1)
        let moved = try String(contentsOfFile: session + "/quarantine/" + quarantine[0], encoding: .utf8)
        #expect(torn.hasSuffix(moved), "exactly the torn bytes were moved aside")
    }

    @Test func aFileSizeLimitIsADiskFullErrorAndWritingResumes() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        for index in 0..<8 {
            _ = try BinaryRunner.run(["note", "add", session, String(repeating: "fyld \(index) ", count: 30)])
        }
        let journalPath = session + "/journal.jsonl"
        let before = try Data(contentsOf: URL(fileURLWithPath: journalPath))
        #expect(before.count > 2048)
        // bash counts ulimit -f in 1024-byte blocks: the journal cannot grow past its size.
        let limit = before.count / 1024
        let full = try BinaryRunner.shell("ulimit -f \(limit); exec \"\(try BinaryRunner.binary.path)\" note add \"\(session)\" \"\(String(repeating: "for meget ", count: 40))\"")
        #expect(full.status == 1)
        #expect(full.stdout == "")
        #expect(full.stderr.hasPrefix("error: disk full: nothing was saved (the file has reached the size limit)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: journalPath)) == before, "nothing half-written is left behind")

        let resumed = try BinaryRunner.run(["note", "add", session, "der er plads igen"])
        #expect(resumed.status == 0)
        #expect(resumed.stdout == "n9\n")
        #expect(try JournalFile(journalPath).sequences == Array(1...9))
    }

    @Test(.needs(.unshare)) func aFullDiskIsReportedAndNothingSavedIsLost() throws {
        let folder = try BinaryRunner.scratchFolder()
        try NotesWorkshop.text.write(to: folder.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        let binary = try BinaryRunner.binary.path
        let long = String(repeating: "fuld disk ", count: 45)
        // A 256 KiB tmpfs of our own, in a private mount namespace. Once the filler has taken the
        // rest, notes go in until the journal's last page is used up and one is refused.
        let result = try BinaryRunner.shell("""
            mkdir -p disk
            unshare -r -m bash -c '
              mount -t tmpfs -o size=256k tmpfs disk || exit 99
              "\(binary)" start dag.yaml --session disk/session > /dev/null || exit 98
              "\(binary)" note add disk/session "før disken blev fuld" || exit 97
              dd if=/dev/zero of=disk/fyld bs=4k count=1000 2>/dev/null
              for i in $(seq 20); do
                "\(binary)" note add disk/session "\(long) $i" 2> refused.txt || { echo refused; break; }
              done
              rm disk/fyld
              "\(binary)" note add disk/session "efter oprydning"
              cat disk/session/journal.jsonl > journal-copy.jsonl
            '
            """, in: folder)
        let printed = result.stdout.split(separator: "\n").map(String.init)
        #expect(printed.contains("refused"), "the full disk refused a note")
        let refused = try String(contentsOf: folder.appendingPathComponent("refused.txt"), encoding: .utf8)
        #expect(refused == "error: disk full: nothing was saved (no space left on the disk); free some space and try again — everything saved before is intact\n")
        let journal = try JournalFile(folder.appendingPathComponent("journal-copy.jsonl").path)
        let acknowledged = printed.filter { $0 != "refused" }
        #expect(journal.noteIDs == Set(acknowledged), "every acknowledged note is there, and nothing else")
        #expect(journal.sequences == Array(1...acknowledged.count))
        #expect(journal.lines.last?["text"] as? String == "efter oprydning")
        #expect(journal.text.hasSuffix("}\n"))
    }

    static func createFile(_ folder: URL, _ name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        return url
    }
}
