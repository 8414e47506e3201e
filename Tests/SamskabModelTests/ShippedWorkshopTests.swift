import Foundation
import Testing
import SamskabFiles
@testable import SamskabModel

/// The shipped definitions load cleanly and say what the seed's day says.
struct ShippedWorkshopTests {
    static let workshops = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Workshops")

    static func load(_ name: String) throws -> Workshop {
        let outcome = DefinitionFile.load(workshops.appendingPathComponent(name).path)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        return try #require(outcome.workshop)
    }

    @Test func theSeedsDayIsFaithful() throws {
        let day = try Self.load("ledelse-af-samskabelse-2019-08-30.yaml")
        #expect(day.title == "Fælles om ledelse: Ledelse af samskabelse")
        #expect(day.subtitle == "Strategisk Ledelsesforum")
        #expect(day.date == CalendarDate(year: 2019, month: 8, day: 30))
        #expect(day.language == .danish)
        #expect(day.departments.map(\.code) == ["BA", "MBU", "MKB", "MSB", "MSO", "MTM"])
        #expect(day.program.map(\.kind) == [
            .talk, .talk, .discussion, .talk, .pause, .talk, .talk, .pause, .discussion, .gallery, .pause,
            .discussion, .harvest, .talk,
        ])
        #expect(day.program.map(\.title)[7] == "Frokostpause")
        #expect(day.program.map(\.title)[10] == "Kaffepause")
        guard case .talk(let annesTalk) = day.program[3].content else { Issue.record("item 4 is not a talk"); return }
        #expect(annesTalk.speaker == "Anne Vest (CFIA)")

        let ledelse = day.program[8]
        #expect(ledelse.questions.count == 5)
        #expect(ledelse.questions[0] == "Hvordan gør jeg en positiv forskel for mere og bedre samskabelse i Aarhus "
                + "Kommune? Hvordan gør jeg samskabelse endnu lettere for ledere og medarbejdere?")
        #expect(ledelse.questions[3] == "Hvordan og hvornår skal jeg distribuere ledelsesopgaven – og hvornår skal jeg ikke?")

        guard case .gallery(let fernisering) = day.program[9].content else { Issue.record("no gallery"); return }
        #expect(fernisering.visitsItem == 8)
        #expect(fernisering.question == "Hvad betyder det I har hørt og set, for det I gør i Strategisk Ledelsesforum – "
                + "hver for sig og sammen – hvis vi skal skabe mere og bedre samskabelse?")

        guard case .discussion(let magistrat) = day.program[11].content else { Issue.record("no discussion"); return }
        #expect(magistrat.grouping == .department)
        #expect(magistrat.questions.first == "Hvor samskaber vi i vores magistratsafdeling og med hvem?")

        #expect(day.program[12].questions == [
            "Det, der har gjort størst indtryk på mig, er…",
            "Nogle af de vigtige hovedpointer, vi skal tage med videre, er…",
        ])
        #expect(day.nextSteps.count == 3)
        #expect(day.nextSteps.allSatisfy { $0.due?.month == 11 })
        #expect(day.roster.count == 40, "the size of the seed's forum")
        #expect(day.roster.contains(Person(name: "Åse Østergaard", department: "MKB")))

        let summary = WorkshopSummary(day)
        #expect(summary.description == "14 items, 3 discussions, 10 questions, 6 h 15 min (09:00–15:15)")
        // The brief's example: the pause after Anne Vest's talk ends at 10:45.
        let starts = try #require(day.plannedStarts)
        #expect(starts[4].adding(minutes: day.program[4].minutes).description == "10:45")
    }

    @Test func theEnglishRetrospectiveLoads() throws {
        let retro = try Self.load("team-retrospective.yaml")
        #expect(retro.language == .english)
        #expect(retro.roster.map(\.department) == [nil, nil, nil, nil])
        #expect(retro.program[2].title == "Break")
        guard case .discussion(let discussion) = retro.program[1].content else { Issue.record("no discussion"); return }
        #expect(discussion.anonymousByDefault)
        #expect(discussion.grouping == .room)
    }
}

/// The full example in docs/workshop-format.md is itself a valid definition.
struct FormatDocumentationTests {
    @Test func theFullExampleChecksClean() throws {
        let doc = try String(contentsOf: ShippedWorkshopTests.workshops.deletingLastPathComponent()
            .appendingPathComponent("docs/workshop-format.md"), encoding: .utf8)
        let afterHeading = try #require(doc.components(separatedBy: "## A full example").last)
        let example = try #require(afterHeading.components(separatedBy: "```yaml\n").dropFirst().first?
            .components(separatedBy: "```").first)
        let outcome = WorkshopParser.parse(text: example, file: "docs example")
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.workshop.map { WorkshopSummary($0).description } == "5 items, 1 discussion, 2 questions, 2 h 10 min (09:00–11:10)")
    }
}
