import Foundation
import SamskabSession

/// Where the soak's day is, shared by the facilitator's thread, the CLI writers and the phones.
final class SoakRoom: @unchecked Sendable {
    private let lock = NSLock()
    private var item = 0
    private var votingOpen = false
    private var stopped = false
    private var serverPort: UInt16 = 0

    func moved(to item: Int) { lock.lock(); self.item = item; votingOpen = false; lock.unlock() }
    func openVoting(_ open: Bool) { lock.lock(); votingOpen = open; lock.unlock() }
    func stop() { lock.lock(); stopped = true; lock.unlock() }
    func serve(on port: UInt16) { lock.lock(); serverPort = port; lock.unlock() }

    var now: (item: Int, votingOpen: Bool) { lock.lock(); defer { lock.unlock() }; return (item, votingOpen) }
    var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }
    var port: UInt16 { lock.lock(); defer { lock.unlock() }; return serverPort }
}

/// Every acknowledged write of the soak (the id a command printed, the page's "Gemt ✓"), the
/// refusals and kills, and the latencies; then the check of each against the journal.
final class SoakLedger: @unchecked Sendable {
    enum Acknowledged: Hashable {
        /// `id` nil: from a phone, which sees no id; the text is unique.
        case note(id: String?, text: String)
        case comment(id: String, text: String)
        case plusOne(note: String, pair: Int)
        case vote(voter: String, note: String)

        var kind: String {
            switch self {
            case .note(let id, _): id == nil ? "web notes" : "CLI notes"
            case .comment: "comments"
            case .plusOne: "+1s"
            case .vote: "votes"
            }
        }
    }

    private let lock = NSLock()
    private var acknowledged: [Acknowledged] = []
    private var notesByItem: [Int: [String]] = [:]
    private var tries: [String: Int] = [:]
    private var refusals: [String: Int] = [:]
    private var kills = 0, killsAfterAcknowledgement = 0
    /// The texts of notes and comments whose process was killed before it answered.
    private var killedTexts: [String] = []
    private var claims: Set<String> = []
    private var cliLatency = Samples(), webLatency = Samples()

    /// `counted`: its time is a write's (not a process killed after it printed).
    func acknowledge(_ write: Acknowledged, item: Int, seconds: Double, web: Bool = false, counted: Bool = true) {
        lock.lock(); defer { lock.unlock() }
        acknowledged.append(write)
        if case .note(let id?, _) = write { notesByItem[item, default: []].append(id) }
        guard counted else { return }
        if web { webLatency.add(seconds) } else { cliLatency.add(seconds) }
    }

    /// True the first time any writer asks for `key` ("r5 n12": a voter's dot or a person's +1 on a
    /// note), so each is tried once in the whole soak and its event is in the journal at most once.
    func claim(_ key: String) -> Bool { lock.lock(); defer { lock.unlock() }; return claims.insert(key).inserted }

    func tried(_ kind: String) { lock.lock(); tries[kind, default: 0] += 1; lock.unlock() }
    func refused(_ kind: String) { lock.lock(); refusals[kind, default: 0] += 1; lock.unlock() }
    func killed(afterAcknowledgement: Bool, text: String?) {
        lock.lock(); defer { lock.unlock() }
        kills += 1
        if afterAcknowledgement { killsAfterAcknowledgement += 1 } else if let text { killedTexts.append(text) }
    }

    /// A CLI note's id at `item`, at random (for comments, +1s and votes).
    func someNote(at item: Int) -> String? { lock.lock(); defer { lock.unlock() }; return notesByItem[item]?.randomElement() }

    var all: [Acknowledged] { lock.lock(); defer { lock.unlock() }; return acknowledged }
    var attempts: [String: Int] { lock.lock(); defer { lock.unlock() }; return tries }
    var refusedCounts: [String: Int] { lock.lock(); defer { lock.unlock() }; return refusals }
    var killCounts: (all: Int, afterAcknowledgement: Int) { lock.lock(); defer { lock.unlock() }; return (kills, killsAfterAcknowledgement) }
    var unansweredTexts: [String] { lock.lock(); defer { lock.unlock() }; return killedTexts }

    /// How many of the killed notes and comments (never acknowledged) made it into the journal
    /// all the same: killed between their write and their answer.
    static func savedUnanswered(_ texts: [String], in records: [EventRecord]) -> Int {
        var written = Set<String>()
        for record in records {
            if let note = record.event.as(NoteAdded.self) { written.insert(note.draft.text) }
            if let comment = record.event.as(CommentAdded.self) { written.insert(comment.text) }
        }
        return texts.filter { written.contains($0) }.count
    }
    var latencies: (cli: Samples, web: Samples) { lock.lock(); defer { lock.unlock() }; return (cliLatency, webLatency) }

    /// How often each acknowledged write is in the journal's records.
    static func occurrences(of writes: [Acknowledged], in records: [EventRecord]) -> [Acknowledged: Int] {
        var notes: [String: [String]] = [:], comments: [String: [String]] = [:]
        var plusOnes: [String: Int] = [:], votes: [String: Int] = [:]
        for record in records {
            if let note = record.event.as(NoteAdded.self) {
                notes[note.draft.text, default: []].append(SessionState.noteID(sequence: record.sequence))
            } else if let comment = record.event.as(CommentAdded.self) {
                comments[comment.text, default: []].append(SessionState.commentID(sequence: record.sequence))
            } else if let plusOne = record.event.as(PlusOneAdded.self) {
                plusOnes["\(plusOne.pair) \(plusOne.note)", default: 0] += 1
            } else if let vote = record.event.as(VoteCast.self), vote.added {
                votes["\(vote.voter) \(vote.note)", default: 0] += 1
            }
        }
        var found: [Acknowledged: Int] = [:]
        for write in writes {
            switch write {
            case .note(let id, let text):
                let ids = notes[text] ?? []
                found[write] = id.map { id in ids.contains(id) ? ids.count : 0 } ?? ids.count
            case .comment(let id, let text):
                let ids = comments[text] ?? []
                found[write] = ids.contains(id) ? ids.count : 0
            case .plusOne(let note, let pair): found[write] = plusOnes["\(pair) \(note)"] ?? 0
            case .vote(let voter, let note): found[write] = votes["\(voter) \(note)"] ?? 0
            }
        }
        return found
    }
}
