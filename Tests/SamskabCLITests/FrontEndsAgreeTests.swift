import Foundation
import PropertyBased
import SamskabCanvas
import SamskabFiles
import SamskabModel
import SamskabScreens
import SamskabSession
import Testing

/// One engine: the same note, typed at the command line (`samskab note add`, the real binary),
/// at the projector (the scribe's keys) and at a kiosk (the person's keys), is the same note in
/// the journal — its text cleaned once, by the engine, its author, department, table and question
/// decided by the same rules — or refused by all three.
struct FrontEndsAgreeTests {
    /// Pieces of what people type and paste: Danish letters, a decomposed accent, emoji, tabs,
    /// runs of spaces, a colour escape, a bidi override.
    static let pieces = ["Tillid", "frem for", "kontrol", " ", "  ", "æøå", "Å", "e\u{301}", "🍎", "\t", "\u{1B}[31m", "\u{202E}", "!"]

    @Test func aNoteIsTheSameFromEveryFrontEnd() async throws {
        let (_, session) = try GroupsCommandTests.startSeedDay()
        #expect(try BinaryRunner.run(["phase", session, "3"]).status == 0)
        let folder = try SessionFolder(opening: session)
        let roster = Array(folder.state.participants.values)
        await propertyCheck(count: 40, input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...10), Gen.int(in: -1...(roster.count - 1)),
                            Gen.int(in: 0...2)) { choices, who, spelling in
            let text = choices.map { Self.pieces[$0] }.joined()
            let person = roster.indices.contains(who) ? roster[who] : nil
            // The author as a person types it: exactly, in lower case, or with spaces around.
            let typed = person.map { [$0.name, $0.name.lowercased(), "  \($0.name) "][spelling] }
            do {
                _ = try folder.refresh()
                let state = folder.state
                let command = try Self.commandLine(text, author: typed, session: session, folder: folder)
                let projector = Self.projector(text, author: typed, state: state)
                let kiosk = Self.kiosk(text, person: person, state: state)
                #expect(projector == command, "projector and command line differ on \(text.debugDescription) by \(typed ?? "nobody")")
                #expect(kiosk == command, "kiosk and command line differ on \(text.debugDescription) by \(typed ?? "nobody")")
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    /// What a front end came to: the note written (its draft), or nothing written.
    enum Outcome: Equatable {
        case note(NoteDraft)
        case nothing
    }

    /// `samskab note add DIR TEXT [--author NAME | --anonymous]`, and the note it wrote.
    static func commandLine(_ text: String, author: String?, session: String, folder: SessionFolder) throws -> Outcome {
        let result = try BinaryRunner.run(["note", "add", session, text] + (author.map { ["--author", $0] } ?? ["--anonymous"]))
        guard result.status == 0 else { return .nothing }
        _ = try folder.refresh()
        guard let draft = folder.records.last?.event.as(NoteAdded.self)?.draft else { return .nothing }
        return .note(draft)
    }

    /// The scribe at the projector: `s`, the text, Enter, the author (empty: anonymous), Enter.
    /// Text arrives as a terminal delivers a chunk of it (pasted): escapes and tabs included.
    static func projector(_ text: String, author: String?, state: SessionState) -> Outcome {
        var view = ProjectorView(language: .danish)
        let keys: [Key] = [.text("s"), .paste(text), .enter] + (author.map { [.paste($0)] } ?? []) + [.enter]
        let effects = keys.flatMap { ProjectorController.handle($0, view: &view, state: state, size: (width: 120, height: 40)) }
        for case .submit(let command) in effects { return decide(command, by: .facilitator, state: state) }
        return .nothing
    }

    /// The person at a kiosk (chosen by name, or writing anonymously): the text, Enter.
    static func kiosk(_ text: String, person: Participant?, state: SessionState) -> Outcome {
        var view = KioskView(language: .danish, pin: "1234")
        view.identity = person.map { KioskView.Identity(participant: $0.id, name: $0.name, department: $0.department) } ?? .anonymous
        view.stage = .writing
        let effects = [Key.paste(text), .enter].flatMap { KioskController.handle($0, view: &view, state: state) }
        for case .submit(let command) in effects { return decide(command, by: .participant(id: person?.id), state: state) }
        return .nothing
    }

    static func decide(_ command: Command, by requester: Requester, state: SessionState) -> Outcome {
        guard let (_, event) = try? Engine.decide(command, by: requester, in: state), let draft = event.as(NoteAdded.self)?.draft else {
            return .nothing
        }
        return .note(draft)
    }
}
