import Foundation
import Testing
import SamskabModel
@testable import SamskabFiles

/// A rehearsal met on the workshop's day: asked, resumed, or a fresh session beside it — and
/// the same answer again after a crash.
@Suite struct RehearsalPolicyTests {
    static let day = CalendarDate(year: 2019, month: 8, day: 30)!
    static let rehearsalDay = CalendarDate(year: 2019, month: 8, day: 28)!

    /// A dated definition, and a session whose session.json says it was created on `created`.
    static func session(created: String) throws -> (TestFolder, SessionFolder) {
        let test = try TestFolder()
        let dated = TestFolder.definitionText.replacingOccurrences(of: "title: Dag\n", with: "title: Dag\ndate: 2019-08-30\n")
        try dated.write(toFile: test.definition, atomically: true, encoding: .utf8)
        _ = try SessionFolder.start(definition: test.definition, at: test.session, today: rehearsalDay).folder
        try setCreated(created, in: test.session, source: test.definition)
        return (test, try SessionFolder(opening: test.session))
    }

    static func setCreated(_ created: String, in path: String, source: String) throws {
        let marker = #"{"format": 1, "created": "\#(created)", "source": "\#(source)"}"# + "\n"
        try marker.write(toFile: path + "/session.json", atomically: true, encoding: .utf8)
    }

    @Test func anotherDayThanTheWorkshopsIsNoQuestion() throws {
        let (_, folder) = try Self.session(created: "2019-08-28T08:00:00Z")
        guard case .runAsIs = RehearsalPolicy.decide(folder, answer: nil, today: Self.rehearsalDay) else {
            Issue.record("a rehearsal on a rehearsal day runs as it is"); return
        }
    }

    @Test func aSessionStartedOnTheDayIsNoRehearsal() throws {
        let (_, folder) = try Self.session(created: "2019-08-30T07:00:00Z")
        guard case .runAsIs = RehearsalPolicy.decide(folder, answer: nil, today: Self.day) else {
            Issue.record("the day's own session runs as it is"); return
        }
    }

    @Test func aRehearsalOnTheDayIsAskedAbout() throws {
        let (_, folder) = try Self.session(created: "2019-08-28T08:00:00Z")
        guard case .ask(let started) = RehearsalPolicy.decide(folder, answer: nil, today: Self.day) else {
            Issue.record("no answer: ask"); return
        }
        #expect(started == Self.rehearsalDay)
    }

    @Test func resumingIsRememberedSoACrashDoesNotAskAgain() throws {
        let (_, folder) = try Self.session(created: "2019-08-28T08:00:00Z")
        guard case .resume(_, let day) = RehearsalPolicy.decide(folder, answer: .resume, today: Self.day) else {
            Issue.record("--resume resumes"); return
        }
        try folder.markResumed(on: day)
        guard case .runAsIs = RehearsalPolicy.decide(folder, answer: nil, today: Self.day) else {
            Issue.record("the same command after a crash goes on without asking"); return
        }
        folder.forgetResumed()
        guard case .ask = RehearsalPolicy.decide(folder, answer: nil, today: Self.day) else {
            Issue.record("once forgotten, it is asked again"); return
        }
    }

    @Test func aFreshSessionGoesBesideTheRehearsalAndIsFoundAgain() throws {
        let (test, folder) = try Self.session(created: "2019-08-28T08:00:00Z")
        guard case .startFresh(let path, _, _) = RehearsalPolicy.decide(folder, answer: .fresh, today: Self.day) else {
            Issue.record("--fresh starts afresh"); return
        }
        #expect(path == test.session + "-2")
        _ = try SessionFolder.start(definition: test.definition, at: path, today: Self.day)
        try Self.setCreated("2019-08-30T07:30:00Z", in: path, source: test.definition)
        guard case .runSibling(let sibling, let started) = RehearsalPolicy.decide(folder, answer: nil, today: Self.day) else {
            Issue.record("the same command afterwards comes back to the day's session"); return
        }
        #expect(sibling.path == path)
        #expect(started == Self.rehearsalDay)
        guard case .resume = RehearsalPolicy.decide(folder, answer: .resume, today: Self.day) else {
            Issue.record("--resume still resumes the rehearsal itself"); return
        }
        // `run --fresh` again (the command as first typed, after a crash) goes on with the day's
        // session rather than making a third.
        guard case .runSibling(let again, _) = RehearsalPolicy.decide(folder, answer: .fresh, today: Self.day) else {
            Issue.record("--fresh again comes back to the day's session"); return
        }
        #expect(again.path == path)
        #expect(RehearsalPolicy.nextFreePath(test.session) == test.session + "-3")
    }

    @Test func theDefinitionASessionCameFromIsRead() throws {
        let (test, folder) = try Self.session(created: "2019-08-28T08:00:00Z")
        #expect(RehearsalPolicy.sourceDefinition(of: folder) == test.definition)
        #expect(RehearsalPolicy.startDate(folder) == Self.rehearsalDay)
    }

    @Test(arguments: [("f", RehearsalPolicy.Answer.resume), ("Fortsæt", .resume), (" r ", .resume),
                      ("resume", .resume), ("n", .fresh), ("NY", .fresh), ("new", .fresh)])
    func answersInEitherLanguage(typed: String, expected: RehearsalPolicy.Answer) {
        #expect(RehearsalPolicy.answer(typed: typed) == expected)
    }

    @Test(arguments: ["", "ja", "y", "fresh please"])
    func anythingElseIsNoAnswer(typed: String) {
        #expect(RehearsalPolicy.answer(typed: typed) == nil)
    }
}
