import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabExport
import SamskabPlanning

/// The posters printed for real (headless Chromium, counted by `pdfinfo`, as PrintEndToEndTests):
/// exactly one page per table, and every text size holds up to its capacity on one page, whatever
/// the shape of the board. With `SAMSKAB_PRINT_KEEP=DIR` the HTML and PDF stay in DIR for a look.
struct PosterPrintEndToEndTests {
    @Test(.tags(.slow), .needs(.chromium, .pdfinfo))
    func everyTablePrintsOnOnePage() throws {
        let walk = try WalkDayFixture.day().state
        #expect(try PrintEndToEndTests.printedPages(try PosterTests.posters(walk), name: "posters-walk") == 3)
        // The seed's day with 40 people: seven tables, 95 notes over five questions.
        let full = try FullDayFixture.day().state
        let tables = try #require(full.tablePlans[8]).tables.count
        let html = try PosterTests.posters(full)
        #expect(PosterTests.sections(html).count == tables)
        #expect(try PrintEndToEndTests.printedPages(html, name: "posters-full-day") == tables)
    }

    @Test(.tags(.slow), .needs(.chromium, .pdfinfo))
    func everySizeHoldsItsCapacityOnOnePage() throws {
        let five = ExportFixture.workshop.program[8].questions
        let prompt = ["Grænsekrydsende samarbejde og ledelse"]
        let shapes: [(name: String, questions: [String], note: (inout SeededRandom) -> String)] = [
            ("five questions, notes of one or two sentences", five, { FullDayFixture.text(&$0) }),
            ("one prompt, short notes", prompt, { _ in "Tillid frem for kontrol" }),
            ("one prompt, long notes", prompt, { random in (0..<5).map { _ in FullDayFixture.text(&random) }.joined(separator: " ") }),
            ("five questions, two-word notes", five, { _ in "Fælles mål" }),
        ]
        var posters: [TablePoster] = []
        for capacity in PosterSize.allCases.dropLast().map(\.capacity) + [3_400] {
            for shape in shapes {
                posters.append(Self.poster(questions: shape.questions, note: shape.note, filledTo: capacity))
            }
        }
        let html = PosterExport.document(posters, title: "Kalibrering", language: .danish)
        #expect(try PrintEndToEndTests.printedPages(html, name: "posters-capacity") == posters.count)
    }

    /// A poster of six members and `questions`, notes added in turn while its load stays within `capacity`.
    static func poster(questions: [String], note: (inout SeededRandom) -> String, filledTo capacity: Int) -> TablePoster {
        var random = SeededRandom(seed: 11)
        var poster = TablePoster(itemTitle: "Gruppedrøftelse: Ledelse af samskabelse", title: "Bord 1",
                                 members: ["Helle Bach Lauridsen (MBU)", "Åse Østergaard (MKB)", "Søren Ærbø (MTM)",
                                           "Rasmus Ahlquist (BA)", "Dorthe Lind (MSB)", "Ida Holm (MSO)"],
                                 questions: questions.enumerated().map { .init(number: $0.offset + 1, text: $0.element, notes: []) },
                                 numbered: questions.count > 1)
        for index in 0... {
            var next = poster
            next.questions[index % questions.count].notes.append(.init(text: note(&random), isKeyPoint: index % 7 == 3, group: nil))
            if PosterSize.load(next) > capacity { return poster }
            poster = next
        }
        return poster
    }
}
