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
            --json prints {"item": {"index", "kind", "title"}, "remaining_seconds", "notes", …, "voting", "web"}; \
            remaining_seconds is negative when the item has run over; voting and web are null when there is none.
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
        let status = StatusJSON(
            item: .init(index: state.position + 1, minutes: item.minutes + state.timer(item: state.position).extraMinutes,
                        kind: item.kind.rawValue, title: item.title),
            remainingSeconds: remaining(state, at: now),
            timer: timerState(state),
            notes: state.visibleNotes(item: state.position).count,
            notesTotal: state.notes.values.filter { !$0.withdrawn }.count,
            participants: state.participants.count,
            items: state.workshop.program.count,
            sequence: state.lastSequence,
            readOnly: readOnly,
            clusters: state.clusters(item: state.position).count,
            voting: state.votings[state.position].map { voting in
                .init(on: voting.target.rawValue, dots: voting.dots, voters: state.voterCount(item: state.position),
                      open: voting.isOpen, revealed: voting.revealed, maxPerNote: voting.maxPerNote)
            },
            // The phones' web server while one runs for the session (its web.json, its process alive).
            web: web.map { .init(url: $0.url, code: $0.code) })
        do {
            return try JSONOutput.line(status)
        } catch {
            throw CommandFailure("the status cannot be written as JSON")
        }
    }
}

/// `status --json`, one line for other tools; keys in snake case and sorted. `voting` and `web`
/// are null when there is none (the key is always there); a voting's `max_per_note` only when set.
struct StatusJSON: Encodable {
    struct Item: Encodable {
        var index: Int, minutes: Int
        var kind: String, title: String
    }

    /// The current item's voting; counts only once shown, as on the wall.
    struct Voting: Encodable {
        var on: String
        var dots: Int, voters: Int
        var open: Bool, revealed: Bool
        var maxPerNote: Int?
    }

    /// Where phones join while the phone page runs for the session.
    struct Web: Encodable {
        var url: String, code: String
    }

    var item: Item
    var remainingSeconds: Int
    var timer: String
    /// Notes of the current item, and of the day (not withdrawn).
    var notes: Int, notesTotal: Int
    var participants: Int, items: Int, sequence: Int
    var readOnly: Bool
    var clusters: Int
    @NullWhenAbsent var voting: Voting?
    @NullWhenAbsent var web: Web?
}
