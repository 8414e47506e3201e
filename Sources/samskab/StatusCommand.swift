import ArgumentParser
import Foundation
import SamskabFiles
import SamskabScreens
import SamskabSession

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the current item, its countdown and counts.",
        discussion: """
            --json prints {"item": {"index", "kind", "title"}, "remaining_seconds", "notes", …}; \
            remaining_seconds is negative when the item has run over; "web": {"url", "code"} while \
            'samskab serve' runs for the session.
            """
    )

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    @Flag(help: "Print JSON for other tools.")
    var json = false

    func run() throws {
        let folder = try SessionAccess.open(session)
        let state = folder.state
        let now = SystemClock.now()
        if json {
            try Output.line(try StatusText.json(state, at: now, readOnly: folder.isReadOnly, web: JoinAddress.running(in: folder)))
        } else {
            try Output.line("\(state.workshop.title)")
            try Output.line("now at " + SessionAccess.describeItem(state, state.position))
            try Output.line(StatusText.clock(state, at: now))
            // The facilitator's own notes for a talk: here, never on the wall.
            if case .talk(let talk) = state.currentItem.content, let notes = talk.notes {
                try Output.line("facilitator notes: " + notes)
            }
            let absent = state.participants.values.filter(\.absent).count
            try Output.line("notes here: \(state.visibleNotes(item: state.position).count), in all: "
                        + "\(state.notes.values.filter { !$0.withdrawn }.count); participants: \(state.participants.count)"
                        + (absent == 0 ? "" : " (\(absent) absent)"))
            if let plan = state.tablePlans[state.position] {
                try Output.line("tables: \(plan.tables.count), \(plan.seatedCount) seated (see 'samskab groups')")
            }
            if let voting = state.votings[state.position] {
                // Counts only once shown, as on the wall.
                let voters = state.voterCount(item: state.position)
                try Output.line("voting on \(voting.target == .notes ? "the notes" : "the key points"): "
                                + (voting.isOpen ? "open" : "closed") + (voting.revealed ? ", shown" : ", hidden")
                                + "; \(voting.dots) dots each" + (voting.maxPerNote.map { ", at most \($0) on one" } ?? "")
                                + "; \(voters) of \(state.participants.count) have voted")
            }
            let clusters = state.clusters(item: state.position)
            if !clusters.isEmpty { try Output.line("clusters: \(clusters.count) (see 'samskab cluster')") }
            if let web = JoinAddress.running(in: folder) { try Output.line("phones: \(web.url) (room code \(web.code))") }
            if folder.isReadOnly { try Output.line("read-only: the journal is damaged (see the warning above)") }
        }
    }
}

enum StatusText {
    static func remaining(_ state: SessionState, at now: Timestamp) -> Int {
        Int(state.remainingSeconds(item: state.position, at: now).rounded(.down))
    }

    static func timerState(_ state: SessionState) -> String {
        let timer = state.timer(item: state.position)
        return timer.isRunning ? "running" : (timer.firstStarted == nil ? "not started" : "paused")
    }

    /// "time left 12:05 (running)" or "over by +02:13 (running)"
    static func clock(_ state: SessionState, at now: Timestamp) -> String {
        let seconds = remaining(state, at: now)
        let magnitude = abs(seconds)
        let text = "\(magnitude / 60 < 10 ? "0" : "")\(magnitude / 60):\(magnitude % 60 < 10 ? "0" : "")\(magnitude % 60)"
        return (seconds >= 0 ? "time left \(text)" : "over by +\(text)") + " (\(timerState(state)))"
    }

    static func json(_ state: SessionState, at now: Timestamp, readOnly: Bool, web: JoinAddress? = nil) throws(CommandFailure) -> String {
        let item = state.currentItem
        var object: [String: Any] = [
            "item": ["index": state.position + 1, "kind": item.kind.rawValue, "title": item.title,
                     "minutes": item.minutes + state.timer(item: state.position).extraMinutes],
            "remaining_seconds": remaining(state, at: now),
            "timer": timerState(state),
            "notes": state.visibleNotes(item: state.position).count,
            "notes_total": state.notes.values.filter { !$0.withdrawn }.count,
            "participants": state.participants.count,
            "items": state.workshop.program.count,
            "sequence": state.lastSequence,
            "read_only": readOnly,
            "clusters": state.clusters(item: state.position).count,
            // The current item's voting; counts only once shown, as on the wall.
            "voting": state.votings[state.position].map { voting -> [String: Any] in
                var fields: [String: Any] = [
                    "on": voting.target.rawValue, "dots": voting.dots, "open": voting.isOpen, "revealed": voting.revealed,
                    "voters": state.voterCount(item: state.position),
                ]
                if let cap = voting.maxPerNote { fields["max_per_note"] = cap }
                return fields
            } ?? NSNull(),
        ]
        // The phones' web server while one runs for the session (its web.json, its process alive);
        // null otherwise, as `voting` (the product's contract).
        object["web"] = web.map { ["url": $0.url, "code": $0.code] as [String: Any] } ?? NSNull()
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            throw CommandFailure("the status cannot be written as JSON")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
