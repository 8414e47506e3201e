import Foundation
import SamskabFiles

/// The soak's figures, and the check of every acknowledged write against the journal.
struct Report {
    var minutes: Double
    var writers: Int
    var phones: Int
    var items: Int
    var people: Int
    var phaseMoves: Int
    var follow: Samples
    var missed: Int
    var restarts: Int
}

extension SoakBench {
    static func report(_ day: Report, ledger: SoakLedger, services: SoakServices, binary: String,
                       session: String, folder: String) throws -> Int32 {
        // Read back through the files layer, as any reader after a crash would.
        let read = try SessionFolder(opening: session)
        let acknowledged = ledger.all
        let found = SoakLedger.occurrences(of: acknowledged, in: read.records)
        let once = acknowledged.filter { found[$0] == 1 }.count
        let twice = acknowledged.filter { (found[$0] ?? 0) > 1 }.count
        let lost = acknowledged.count - once

        // The export sees the same notes: every acknowledged CLI note's id once.
        let export = SoakChild(binary, ["export", session, "--format", "json", "--output", folder + "/summary.json"])?.finish()
        let exportedIDs = exportedNoteIDs(folder + "/summary.json")
        let cliIDs = acknowledged.compactMap { write -> String? in if case .note(let id?, _) = write { id } else { nil } }
        let missingFromExport = cliIDs.filter { exportedIDs[$0] != 1 }.count

        let journalBytes = (try? FileManager.default.attributesOfItem(atPath: read.journalPath)[.size] as? Int) ?? 0
        let quarantined = (try? FileManager.default.contentsOfDirectory(atPath: session + "/quarantine"))?.count ?? 0
        let (cli, web) = ledger.latencies
        let kills = ledger.killCounts
        let attempts = ledger.attempts, refusals = ledger.refusedCounts
        var perKind: [String: Int] = [:]
        for write in acknowledged { perKind[write.kind, default: 0] += 1 }

        print("soak: \(String(format: "%g", day.minutes)) min, the seed day (\(day.items) items, \(day.people) people) on a fresh session; "
              + "\(day.writers) CLI writers, \(day.phones) phones on samskab serve, the projector in tmux")
        for kind in ["CLI notes", "web notes", "comments", "+1s", "votes"] {
            print("  \(kind): \(attempts[kind] ?? 0) tried, \(perKind[kind] ?? 0) acknowledged, \(refusals[kind] ?? 0) refused or failed")
        }
        print("  phase moves: \(day.phaseMoves); the projector showed each in p50 \(milliseconds(day.follow.median)) ms, "
              + "slowest \(milliseconds(day.follow.percentile(100))) ms, never: \(day.missed)")
        let savedUnanswered = SoakLedger.savedUnanswered(ledger.unansweredTexts, in: read.records)
        print("  CLI writes killed with kill -9 before they ended: \(kills.all) (after printing their id: \(kills.afterAcknowledgement); "
              + "before it, yet saved — never acknowledged, not counted: \(savedUnanswered))")
        print("  server and projector killed with kill -9 and restarted: \(day.restarts)")
        print("  CLI write (process start to exit): p50 \(milliseconds(cli.median)) ms, p99 \(milliseconds(cli.p99)) ms of \(cli.values.count)")
        print("  web save (POST to answer): p50 \(milliseconds(web.median)) ms, p99 \(milliseconds(web.p99)) ms of \(web.values.count)")
        for life in services.lives { print("  \(life)") }
        print("  journal: \(read.records.count) events, \(journalBytes / 1024) KiB; torn tails quarantined: \(quarantined)")
        print("  export --format json: exit \(export?.status ?? -1), acknowledged CLI notes not in it exactly once: \(missingFromExport)")
        print("  found twice: \(twice)")
        print("acknowledged: \(acknowledged.count), found: \(once), lost: \(lost)")
        let clean = lost == 0 && twice == 0 && missingFromExport == 0 && export?.status == 0
        if clean {
            try? FileManager.default.removeItem(atPath: folder)
        } else {
            print("the session is kept in \(session)")
        }
        return clean ? 0 : 1
    }

    /// How often each note id is in an exported summary.
    static func exportedNoteIDs(_ path: String) -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: path),
              let summary = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let items = summary["items"] as? [[String: Any]] else { return [:] }
        var counts: [String: Int] = [:]
        for item in items {
            for note in item["notes"] as? [[String: Any]] ?? [] {
                if let id = note["id"] as? String { counts[id, default: 0] += 1 }
            }
        }
        return counts
    }
}
