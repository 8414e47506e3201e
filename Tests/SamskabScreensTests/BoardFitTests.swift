import Foundation
import SamskabModel
import SamskabSession
import Testing
@testable import SamskabScreens

/// The wall shows the room its notes: post-its shrink before the board pages, the pages turn by
/// themselves (a pure function of the clock) with a line naming the newest note, the count agrees
/// with `samskab status`, and a board by table still shows the questions.
struct BoardFitTests {
    /// The gruppedrøftelse (item 9): five long questions.
    static let discussion = 8

    static let texts = [
        "Tillid frem for kontrol", "Spørg borgerne først, og lyt til svaret", "Giv medarbejderne mandat til at prøve nyt",
        "Fælles mål på tværs af magistratsafdelingerne", "Tid til refleksion i ledergruppen", "Mod til at give slip",
        "Vi skal turde lede på tværs af afdelingerne, også når det er svært", "Del de gode historier",
        "Sæt borgerens behov før egne budgetter", "Lær af det, der ikke lykkes 🍎",
    ]
    static let names = ["Åse Østergaard", "Søren Ærbø", "Helle Bach Lauridsen", "Kirsten Ødum", nil]

    /// `count` notes on the discussion, spread over its five questions, numbered "#1:" … in their text.
    static func script(notes count: Int) -> ScreenFixture.Script {
        var script = ScreenFixture.Script()
        script.move(to: discussion, at: 1)
        for index in 0..<count {
            script.add(.noteAdded(NoteDraft(text: "#\(index + 1): " + texts[index % texts.count], author: names[index % names.count],
                                            department: index % 5 == 4 ? nil : "MBU", item: discussion, question: index % 5 + 1)),
                       at: 2 + Double(index) / 100, by: .participant)
        }
        return script
    }

    static func state(notes count: Int, workshop: Workshop = ScreenFixture.workshop) throws -> SessionState {
        try SessionState.fold(workshop, script(notes: count).records)
    }

    static func frame(_ state: SessionState, view: ProjectorView = ProjectorView(language: .danish), at moment: Timestamp) -> ProjectorFrame {
        ProjectorFrame(state: state, view: view, now: moment, utcOffsetSeconds: ScreenFixture.offset)
    }

    static func wall(_ state: SessionState, view: ProjectorView = ProjectorView(language: .danish), at moment: Timestamp = ScreenFixture.at(3),
                     width: Int, height: Int) -> String {
        ProjectorScreen.render(frame(state, view: view, at: moment), width: width, height: height).lines.joined(separator: "\n")
    }

    /// The numbers of the notes on the wall ("#12:"), in the order drawn.
    static func notes(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.hasPrefix("#") && $0.hasSuffix(":") }.map(String.init)
    }

    @Test func fortyNotesAt160x45AreAllOnTheWallWithTheQuestionsWhole() throws {
        let state = try Self.state(notes: 40)
        let lines = ProjectorScreen.render(Self.frame(state, at: ScreenFixture.at(3)), width: 160, height: 45).lines
        try Snapshot.check(lines, named: "board-40-notes-160x45")
        let text = lines.joined(separator: "\n")
        let missing = (1...40).filter { !text.contains("#\($0):") }
        #expect(missing.isEmpty, "notes not on the wall: \(missing)")
        #expect(!text.contains("side "), "one page, nothing to turn")
        #expect(text.contains("40 noter"))
        let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        let words = ScreenFixture.workshop.program[Self.discussion].questions.flatMap(SeedDayWallTests.words)
        #expect(words.filter { !flat.contains($0) }.isEmpty, "every word of the five questions")
        #expect(!lines.contains { $0.contains("…") && $0.contains("?") }, "no question cut")
    }

    @Test func thePagesTurnWithTheClockAndTheNewestIsNamedOnEveryPage() throws {
        let state = try Self.state(notes: 150)
        let size = (width: 120, height: 40)
        let pages = ProjectorScreen.pageCount(state: state, view: ProjectorView(language: .danish), size: size)
        #expect(pages > 1)
        let start = ScreenFixture.at(10)
        var seen: Set<String> = []
        for step in 0..<pages {
            let moment = start.adding(seconds: Double(step * 10))
            let text = Self.wall(state, at: moment, width: size.width, height: size.height)
            let page = Board.turningPage(moment, pages: pages, seconds: 10)
            #expect(text.contains("side \(page + 1)/\(pages) · skifter hvert 10. sek."), "\(text)")
            #expect(text.contains("★ Nyeste (spm. 5): #150:"), "the newest is named whichever page is shown")
            // Five seconds later the same page: it turns every ten.
            #expect(Self.notes(Self.wall(state, at: moment.adding(seconds: 5), width: size.width, height: size.height)) == Self.notes(text))
            seen.insert(Self.notes(text).joined(separator: " "))
        }
        #expect(seen.count == pages, "each page in turn, none parked on")
        // Held: the page stays, whatever the clock says.
        var view = ProjectorView(language: .danish)
        view.page = 0
        let held = Self.wall(state, view: view, at: start, width: size.width, height: size.height)
        #expect(held.contains("side 1/\(pages) · holdt"))
        #expect(Self.notes(Self.wall(state, view: view, at: start.adding(seconds: 60), width: size.width, height: size.height)) == Self.notes(held))
    }

    @Test func aColumnWithFewerPagesTurnsThroughItsOwnInsteadOfStayingOnItsLast() throws {
        var script = ScreenFixture.Script()
        script.move(to: Self.discussion, at: 1)
        for index in 0..<120 {
            // Question 1 takes most; question 2 a third as many, numbered from #1000.
            let question = index % 4 == 0 ? 2 : 1
            let number = question == 2 ? 1000 + index / 4 : index
            script.add(.noteAdded(NoteDraft(text: "#\(number): " + Self.texts[index % Self.texts.count], item: Self.discussion,
                                            question: question)), at: 2 + Double(index) / 1000, by: .participant)
        }
        let state = script.state()
        let pages = ProjectorScreen.pageCount(state: state, view: ProjectorView(language: .danish), size: (120, 40))
        var times: [[String]: Int] = [:]
        for step in 0..<pages {
            let text = Self.wall(state, at: ScreenFixture.at(10).adding(seconds: Double(step * 10)), width: 120, height: 40)
            times[Self.notes(text).filter { $0.hasPrefix("#10") && $0.count >= 6 }, default: 0] += 1
        }
        let own = times.count
        #expect(own > 1 && own < pages, "question 2 has fewer pages (\(own)) than question 1 (\(pages))")
        #expect((times.values.max() ?? 0) <= (pages + own - 1) / own, "each of question 2's pages in turn, its last no longer than the others: \(times.values)")
    }

    @Test func pageSecondsFromTheDefinitionSetsTheInterval() throws {
        var workshop = ScreenFixture.workshop
        workshop.pageSeconds = 30
        let state = try Self.state(notes: 150, workshop: workshop)
        let text = Self.wall(state, width: 120, height: 40)
        #expect(text.contains("skifter hvert 30. sek."))
        let frame = Self.frame(state, at: ScreenFixture.at(10))
        let pages = Board.pageCount(frame, width: 120, height: 40)
        #expect(Board.shownPage(frame, pages: pages, selectedPage: nil) == Board.turningPage(ScreenFixture.at(10), pages: pages, seconds: 30))
    }

    @Test func aFullBoardShrinksItsPostItsBeforeItPages() throws {
        let state = try Self.state(notes: 40)
        let framed = Self.wall(try Self.state(notes: 5), width: 160, height: 45)
        #expect(framed.contains("┌"), "few notes: framed post-its")
        let full = Self.wall(state, width: 160, height: 45)
        #expect(!full.contains("┌") && full.contains("• #2:"), "forty: text lines only, each led by its mark")
        #expect(full.contains("★ #40:"), "the newest keeps its star")
    }

    @Test func theCountAgreesWithStatusAndSaysWhatIsMerged() throws {
        var script = Self.script(notes: 12)
        script.add(.keyPointMarked(note: "n2", text: nil, merged: ["n7", "n12"]), at: 5)
        let state = script.state()
        #expect(state.visibleNotes(item: state.position).count == 12, "as samskab status counts")
        #expect(Self.wall(state, width: 120, height: 40).contains("12 noter (2 samlet)"))
    }

    @Test func aBoardByTableShowsTheNumberedQuestions() {
        var state = TableFixture.planned()
        let member = state.tablePlans[1]?.table(number: 2)?.members.first ?? "?"
        state = TableFixture.apply(.addNote(NoteRequest(text: "Vi deler viden", author: .person(id: member), question: 2)),
                                   by: .participant(id: member), to: state)
        var view = ProjectorView(language: .danish)
        view.tableItems = [state.position]
        for (width, height) in [(120, 40), (200, 60)] {
            let text = Self.wall(state, view: view, width: width, height: height)
            let flat = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            for (index, question) in state.currentItem.questions.enumerated() {
                #expect(flat.contains("\(index + 1). " + question.split(separator: " ").prefix(3).joined(separator: " ")),
                        "question \(index + 1) at \(width)×\(height)")
            }
            #expect(text.contains("Bord 2") && text.contains("spm. 2"))
        }
    }

    @Test func theArrangementBelongsToItsItem() {
        let state = TableFixture.planned()
        var view = ProjectorView(language: .danish)
        view.showPlan = false
        _ = ProjectorController.handle(.text("b"), view: &view, state: state, size: (120, 40))
        #expect(view.arrangement(item: state.position) == .byTable)
        let next = TableFixture.apply(.movePhase(.next), to: state)
        ProjectorController.itemChanged(view: &view, state: next)
        #expect(view.arrangement(item: next.position) == .byQuestion, "the next item opens by question")
        #expect(BoardLayout.arrangement(view, state: next) == .byQuestion)
        #expect(view.arrangement(item: state.position) == .byTable, "back on the first, its tables again")
        let saved = ProjectorChoiceSet(view)
        var fresh = ProjectorView(language: .danish)
        saved.apply(to: &fresh, state: state)
        #expect(fresh.tableItems == [state.position])
    }

    @Test func theFirstArrowSelectsOnThePageShownAndSidewaysCrossesStacks() throws {
        let state = try Self.state(notes: 150)
        let size = (width: 120, height: 40)
        var view = ProjectorView(language: .danish)
        let moment = ScreenFixture.at(10)
        let before = Self.wall(state, at: moment, width: size.width, height: size.height)
        _ = ProjectorController.handle(.down, view: &view, state: state, size: size, now: moment)
        let id = try #require(view.selectedNote)
        let note = try #require(state.notes[id])
        let shownPage = before.split(separator: "\n").map(String.init)
        #expect(shownPage.contains { $0.contains(note.text.prefix(5)) }, "the selection is on the page that was shown")
        #expect(Self.wall(state, view: view, at: moment, width: size.width, height: size.height).split(separator: "\n").prefix(3)
            == before.split(separator: "\n").prefix(3))
        // A one-prompt board (Grænsekrydsende samarbejde) at 200 columns: its stacks side by side.
        var script = ScreenFixture.Script()
        script.move(to: 2, at: 35)
        for index in 0..<12 { script.add(.noteAdded(NoteDraft(text: "note \(index + 1)", item: 2)), at: 36, by: .participant) }
        let one = script.state()
        var wide = ProjectorView(language: .danish)
        let big = (width: 200, height: 24)
        _ = ProjectorController.handle(.up, view: &wide, state: one, size: big)
        let first = try #require(wide.selectedNote)
        _ = ProjectorController.handle(.left, view: &wide, state: one, size: big)
        #expect(wide.selectedNote != first, "← moves to the stack beside on a board of one column")
    }

    @Test func mergingKeepsTheNoteBeingMergedMarked() throws {
        let state = try Self.state(notes: 6)
        var view = ProjectorView(language: .danish)
        view.selectedNote = "n2"
        _ = ProjectorController.handle(.text("m"), view: &view, state: state, size: (120, 40))
        view.selectedNote = "n3"
        let text = Self.wall(state, view: view, width: 120, height: 40)
        #expect(text.contains("» samles"), "\(text)")
    }
}
