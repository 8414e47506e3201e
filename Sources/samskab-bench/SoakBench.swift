#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SamskabFiles
import SamskabModel

/// `samskab-bench soak [--minutes M] [--writers W] [--phones P]`: a day of the shipped workshop
/// (the seed's, 40 people) in M minutes (default 2, at most 600; fractions for tests) against a
/// fresh session, with real processes only: the projector following the room in tmux, `samskab
/// serve` with P phones posting notes, W CLI writers at once (notes, comments, +1s, dots) and the
/// facilitator moving through all 14 items with `phase next`. One CLI write in 12 is killed with
/// `kill -9` a few milliseconds in; twice (once in a soak under a minute) the server and the
/// projector are killed with `kill -9` and started again. At the end the journal is read back
/// through the files layer: every acknowledged note, comment, +1 and dot must be in it exactly
/// once. Ends with the line `acknowledged: A, found: F, lost: L`; exit 1 if anything was lost or
/// found twice.
enum SoakBench {
    static let workshopName = "ledelse-af-samskabelse-2019-08-30.yaml"

    static func run(_ arguments: [String]) -> Int32 {
        var minutes = 2.0, writers = 4, phones = 6
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { printError("\(flag) needs a value\n"); return 2 }
            switch flag {
            case "--minutes":
                guard let number = Double(value), number.isFinite, (0.05...600).contains(number) else {
                    printError("--minutes must be a number from 0.05 to 600, not '\(value)'\n")
                    return 2
                }
                minutes = number
            case "--writers":
                guard let number = Int(value), (1...32).contains(number) else { printError("--writers must be 1–32\n"); return 2 }
                writers = number
            case "--phones":
                guard let number = Int(value), (0...100).contains(number) else { printError("--phones must be 0–100\n"); return 2 }
                phones = number
            default:
                printError("unknown option \(flag)\n")
                return 2
            }
        }
        do {
            return try soak(minutes: minutes, writers: writers, phones: phones)
        } catch {
            printError("error: \(error)\n")
            return 1
        }
    }

    static func soak(minutes: Double, writers: Int, phones: Int) throws -> Int32 {
        let binaryFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = binaryFolder.appendingPathComponent("samskab").path
        guard let workshop = findWorkshop(from: binaryFolder) else {
            throw BenchFailure("Workshops/\(workshopName) not found from here or beside the binary")
        }
        let folder = NSTemporaryDirectory() + "samskab-soak-\(getpid())"
        let session = folder + "/session"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let started = SoakChild(binary, ["start", workshop, "--session", session])?.finish()
        guard started?.status == 0 else { throw BenchFailure("samskab start failed: \(started?.stderr ?? "")") }
        let program = try SessionFolder(opening: session).workshop
        let items = program.program.count

        let room = SoakRoom(), ledger = SoakLedger()
        let services = SoakServices(binary: binary, session: session, folder: folder, items: items)
        try services.startProjector(showing: 0)
        room.serve(on: try services.startServer())
        var threads: [Thread] = []
        for number in 1...writers {
            let writer = SoakWriter(number: number, binary: binary, session: session, kinds: program.program.map(\.kind),
                                    questionCounts: program.program.map(\.questions.count), people: program.roster.count,
                                    room: room, ledger: ledger)
            threads.append(Thread { writer.run() })
        }
        for number in 0..<phones {
            let phone = SoakPhone(number: number + 1, person: "r\(number % program.roster.count + 1)", session: session, room: room, ledger: ledger)
            threads.append(Thread { phone.run() })
        }
        for thread in threads {
            thread.stackSize = 512 * 1024
            thread.start()
        }

        // The facilitator: an equal slice of the time per item, `phase next` at each slice's end;
        // at the opsamling the dots open after a third of its slice and close and show before its end.
        let seconds = minutes * 60, slice = seconds / Double(items), begin = Stopwatch.now()
        let restarts: [Double] = minutes < 1 ? [0.4] : [0.25, 0.45]
        var restartsDone = 0
        var follow = Samples(), missed = 0, phaseMoves = 0
        let facilitator = { (arguments: [String]) -> Bool in
            SoakChild(binary, arguments)?.finish().status == 0
        }
        for item in 0..<items {
            if item > 0 {
                guard facilitator(["phase", session, "next"]) else { throw BenchFailure("phase next to item \(item + 1) failed") }
                phaseMoves += 1
                room.moved(to: item)
                if let delay = services.projectorFollows(to: item) { follow.add(delay) } else { missed += 1 }
            }
            let end = begin + slice * Double(item + 1)
            var votingOpened = false
            while Stopwatch.now() < end {
                let elapsed = (Stopwatch.now() - begin) / seconds
                if restartsDone < restarts.count, elapsed >= restarts[restartsDone] {
                    restartsDone += 1
                    services.killBoth()
                    room.serve(on: 0)
                    try services.startProjector(showing: item)
                    room.serve(on: try services.startServer())
                }
                let into = (Stopwatch.now() - (end - slice)) / slice
                if program.program[item].kind == .harvest, !votingOpened, into > 0.33 {
                    votingOpened = facilitator(["voting", "open", session])
                    room.openVoting(votingOpened)
                }
                usleep(50_000)
            }
            if votingOpened {
                room.openVoting(false)
                _ = facilitator(["voting", "close", session]) && facilitator(["voting", "reveal", session])
            }
        }
        room.stop()
        waitUntilFinished(threads)
        services.stopBoth()

        return try report(Report(minutes: minutes, writers: writers, phones: phones, items: items, people: program.roster.count,
                                 phaseMoves: phaseMoves, follow: follow, missed: missed, restarts: restartsDone),
                          ledger: ledger, services: services, binary: binary, session: session, folder: folder)
    }

    /// Waits for the writer and phone threads to see the room stopped (each finishes its current write).
    static func waitUntilFinished(_ threads: [Thread]) {
        let deadline = Stopwatch.now() + 30
        while threads.contains(where: { !$0.isFinished }) && Stopwatch.now() < deadline { usleep(50_000) }
    }

    /// Workshops/<seed day> in the working folder, or above the binary (`.build/release/…`).
    static func findWorkshop(from binaryFolder: URL) -> String? {
        var candidates = [FileManager.default.currentDirectoryPath + "/Workshops/" + workshopName]
        var folder = binaryFolder.resolvingSymlinksInPath()
        for _ in 0..<5 {
            folder = folder.deletingLastPathComponent()
            candidates.append(folder.path + "/Workshops/" + workshopName)
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}
