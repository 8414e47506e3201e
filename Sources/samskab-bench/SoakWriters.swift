#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SamskabModel

/// One CLI writer of the soak: real `samskab` processes, one after another, doing what the
/// current item takes — notes at a discussion, comments, +1s and notes at the fernisering, notes
/// and then dots at the opsamling — as a roster person. Now and then it kills its process with
/// `kill -9` a few milliseconds after starting it; what the process printed before counts.
struct SoakWriter {
    let number: Int
    let binary: String
    let session: String
    /// Each item's kind and number of questions (copied out of the program: Swift 6.3.1's
    /// optimizer crashes on a switch over a `ProgramItem`'s kind borrowed inside this loop).
    let kinds: [ItemKind]
    let questionCounts: [Int]
    let people: Int
    let room: SoakRoom
    let ledger: SoakLedger
    /// One in this many writes is killed.
    static let killOneIn = 12

    func run() {
        var generator = SystemRandomNumberGenerator()
        var typical = 0.05
        var count = 0
        while !room.isStopped {
            let (item, votingOpen) = room.now
            let kind = kinds[item]
            let person = "r\(Int.random(in: 1...people, using: &generator))"
            count += 1
            let text = "soak \(number)-\(count) æøå: samskabelse på tværs"
            let roll = Int.random(in: 0..<10, using: &generator)
            switch kind {
            case .talk, .pause:
                usleep(100_000)
            case .gallery where roll < 4:
                guard let note = ledger.someNote(at: visited(by: item)) else { usleep(50_000); continue }
                typical = write("comments", ["comment", "add", session, note, text, "--author", person], item: item, typical: typical,
                                text: text) { out in
                    out.hasPrefix("c") ? .comment(id: out, text: text) : nil
                }
            case .gallery where roll < 7:
                guard let note = ledger.someNote(at: visited(by: item)), ledger.claim("\(kind) \(person) \(note)") else { usleep(20_000); continue }
                typical = write("+1s", ["plusone", session, note, "--author", person], item: item, typical: typical) { out in
                    // "+1 from pair 13 to n6 (1 in all)"
                    let words = out.split(separator: " ")
                    guard words.count > 5, words[0] == "+1", let pair = Int(words[3]) else { return nil }
                    return .plusOne(note: String(words[5]), pair: pair)
                }
            case .harvest where votingOpen:
                guard let note = ledger.someNote(at: item), ledger.claim("\(kind) \(person) \(note)") else { usleep(20_000); continue }
                typical = write("votes", ["vote", "add", session, note, "--voter", person], item: item, typical: typical) { out in
                    out.hasSuffix(" left") ? .vote(voter: person, note: note) : nil
                }
            case .discussion, .gallery, .harvest:
                var arguments = ["note", "add", session, text]
                let questions = questionCounts[item]
                if roll == 9 {
                    arguments.append("--anonymous")
                } else {
                    arguments += ["--author", person]
                }
                if questions > 0 { arguments += ["--question", String(Int.random(in: 1...questions, using: &generator))] }
                typical = write("CLI notes", arguments, item: item, typical: typical, text: text) { out in
                    out.hasPrefix("n") ? .note(id: out, text: text) : nil
                }
            }
        }
    }

    /// The discussion a fernisering visits: the nearest one before it.
    func visited(by gallery: Int) -> Int {
        kinds[..<gallery].lastIndex(of: .discussion) ?? gallery
    }

    /// Runs one command; `acknowledgement` reads its first line of output; `text`, a note's or
    /// comment's, is looked for in the journal if the process is killed before it answers. A killed one is killed
    /// at a random moment within `typical` seconds (the last write's time), so before, during and
    /// just after its write. Returns the time this one took (or `typical` again).
    func write(_ kind: String, _ arguments: [String], item: Int, typical: Double, text: String? = nil,
               acknowledgement: (String) -> SoakLedger.Acknowledged?) -> Double {
        ledger.tried(kind)
        let started = Stopwatch.now()
        guard let child = SoakChild(binary, arguments) else { ledger.refused(kind); return typical }
        let killing = Int.random(in: 0..<Self.killOneIn) == 0
        if killing {
            usleep(UInt32(min(2.0, typical) * Double.random(in: 0.2..<1.1) * 1_000_000))
            child.kill9()
        }
        let ending = child.finish()
        let seconds = Stopwatch.now() - started
        let line = ending.stdout.split(separator: "\n").first.map(String.init) ?? ""
        let acknowledged = acknowledgement(line)
        if ending.killed {
            ledger.killed(afterAcknowledgement: acknowledged != nil, text: text)
        }
        if let acknowledged {
            // A killed process's time says nothing about a write's.
            ledger.acknowledge(acknowledged, item: item, seconds: seconds, counted: !ending.killed)
        } else if !ending.killed {
            ledger.refused(kind)
        }
        return ending.killed ? typical : seconds
    }
}
