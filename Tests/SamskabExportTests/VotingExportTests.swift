import CSV
import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabExport

/// Dot voting and clusters in the exports (TableDayFixture's day: two clusters in the discussion
/// by department, item 12, voted on and revealed; the key points voted on at the opsamling).
struct VotingExportTests {
    let tables = TableExportTests()

    @Test func aClustersVotesAreOnTheClusterNotOnEachNote() throws {
        let summary = try TableDayFixture.summary()
        let cluster = try #require(summary.items[11].clusters.first { $0.cluster.name == "Foreningerne" })
        #expect(cluster.votes == 6, "Bo Kjær's 2, Karl Mørk's, Ole Frost Ørum's, Nanna Bak's and Ida Holm's dots on its three notes")
        #expect(cluster.notes.map(\.text) == ["Kulturnatten med foreningerne", "Idrætsforeningerne vil gerne være med",
                                              "Foreningerne mangler én indgang til kommunen"])

        let markdown = try tables.section(of: MarkdownExport.render(summary), from: "## 12. ", to: "## 13. ")
        #expect(markdown.contains("""
            - **Klynge: Foreningerne** · 6 stemmer
              - Kulturnatten med foreningerne — *Ole Frost Ørum (MKB)*
              - Idrætsforeningerne vil gerne være med — *Nanna Bak (BA)* (Borgmesterens Afdeling)
              - Foreningerne mangler én indgang til kommunen — *Ida Holm (MSO)* (Sundhed og Omsorg)
            """), "its notes under it, those merged into its key point too, each with its own table")
        #expect(markdown.contains("- **Klynge: Forældrene** · 3 stemmer\n  - Vi samskaber med forældrebestyrelserne — *Bo Kjær (MBU)*\n"))
        #expect(markdown.contains("- Byggesager med grundejerforeninger — *Karl Mørk (MTM)* · 2 stemmer"))
        #expect(markdown.contains("Afstemning om noterne: 3 prikker hver, højst 2 på én note · 12 prikker sat af 5 deltagere · lukket, stemmerne vist"))
        #expect(markdown.split(separator: "\n").filter { $0.contains(" stemme") && !$0.hasPrefix("Afstemning") }.count == 4,
                "the two clusters and two notes carry votes, not the clustered notes")

        let html = try tables.section(of: HTMLExport.render(summary), from: "<h2>12. ", to: "<h2>13. ")
            .replacingOccurrences(of: "\n *", with: "", options: .regularExpression)
        #expect(html.contains("<li class=\"cluster\"><p class=\"cluster-name\"><span class=\"label\">Klynge: </span>"
                              + "<strong>Foreningerne</strong><span class=\"votes\">6 stemmer</span></p><ul class=\"board stack\">"))
        #expect(html.components(separatedBy: "<p class=\"votes\">").count - 1 == 2, "only the notes outside a cluster carry votes")
        #expect(tables.positions(of: ["<strong>Forældrene</strong>", "Forældrene kender", "<strong>Foreningerne</strong>", "Kulturnatten",
                                      "Idrætsforeningerne", "Foreningerne mangler én indgang", "Byggesager"], in: html[...]).isSorted,
                "each cluster's post-its inside its box, with its first note's table")
    }

    @Test(.needs(.markdownIt)) func markdownNestsAClustersNotesAsCommonMark() throws {
        let markdown = MarkdownExport.render(try TableDayFixture.summary())
        let html = try Python.run("import sys; from markdown_it import MarkdownIt; print(MarkdownIt('commonmark').render(sys.stdin.read()))",
                                  input: markdown)
        #expect(html.contains("<li><strong>Klynge: Foreningerne</strong> · 6 stemmer\n<ul>\n<li>Kulturnatten med foreningerne — <em>Ole Frost Ørum (MKB)</em></li>"))
    }

    @Test func keyPointsAreInVoteOrderTiesInTheOrderMarked() throws {
        let summary = try TableDayFixture.summary()
        #expect(summary.keyPointsByVotes)
        #expect(summary.keyPoints.map(\.text) == ["Foreningerne", "Tillid frem for kontrol", "At borgeren er med fra start"],
                "4 votes, then two with 2 in the order they were marked")
        #expect(summary.keyPoints.map(\.votes) == [4, 2, 2])
        let markdown = MarkdownExport.render(summary)
        #expect(markdown.contains("""
            ## Hovedpointer

            *Efter stemmer ved punkt 13: 8 prikker sat af 4 deltagere.*

            1. **Foreningerne** · 4 stemmer — Ole Frost Ørum (MKB), Drøftelse i magistratsafdelingen
            """))
        #expect(markdown.contains("2. **Tillid frem for kontrol** · 2 stemmer — "))
        #expect(markdown.contains("Afstemning om hovedpointerne: 3 prikker hver · 8 prikker sat af 4 deltagere · lukket, stemmerne ikke vist"))
        let html = HTMLExport.render(summary)
        #expect(tables.positions(of: ["<strong>Foreningerne</strong>", "<strong>Tillid frem for kontrol</strong>",
                                      "<strong>At borgeren er med fra start</strong>"], in: html[...]).isSorted)
    }

    @Test func keyPointsStayInTheOrderMarkedWithoutDots() throws {
        var day = try TableDayFixture.untilTheWalk()
        try TableDayFixture.afterTheWalk(&day)
        let start = try #require(day.state.visibleNotes(item: 12).first).id
        try day.submit(.markKeyPoint(note: start, text: nil, merged: []))
        try day.submit(.openVoting(item: nil, on: .keyPoints, dots: nil, maxPerNote: nil))
        let summary = DaySummary(day.state, utcOffsetSeconds: 0)
        #expect(!summary.keyPointsByVotes)
        #expect(summary.keyPoints.map(\.text) == ["Tillid frem for kontrol", "At borgeren er med fra start"])
        #expect(summary.keyPoints.map(\.votes) == [0, 0], "voted on, none yet")
        let markdown = MarkdownExport.render(summary)
        #expect(!markdown.contains("Efter stemmer"))
        #expect(markdown.contains("1. **Tillid frem for kontrol** — "), "no dots: no votes shown")
        #expect(markdown.contains("0 prikker sat af 0 deltagere · åben, stemmerne ikke vist"))

        let plain = DaySummary(try TableDayFixture.untilTheWalk().state, utcOffsetSeconds: 0)
        #expect(plain.keyPoints.map(\.votes) == [nil], "no key-point voting: no votes shown")
        #expect(!MarkdownExport.render(plain).contains("stemme"))
    }

    @Test func revealedVotesOrderEachTablesNotes() throws {
        var day = try TableDayFixture.untilTheWalk()
        // Item 3 (index 2): Bord 1 has Æblegrød (older) and Anonymt fra bord 1.
        let anonymous = try #require(day.state.visibleNotes(item: 2).first { $0.text == "Anonymt fra bord 1" }).id
        try day.submit(.openVoting(item: 2, on: .notes, dots: 3, maxPerNote: nil))
        try day.submit(.vote(note: anonymous, voter: day.person("Bo Kjær"), item: 2, adding: true))
        let hidden = try tables.section(of: MarkdownExport.render(DaySummary(day.state, utcOffsetSeconds: 0)), from: "## 3. ", to: "## 9. ")
        #expect(tables.positions(of: ["Æblegrød", "Anonymt fra bord 1"], in: hidden).isSorted, "board order until revealed")
        #expect(hidden.contains("Anonymt fra bord 1 — *anonym* · 1 stemme"), "the export is written after the day: counts shown")
        try day.submit(.revealVoting(item: 2))
        let shown = try tables.section(of: MarkdownExport.render(DaySummary(day.state, utcOffsetSeconds: 0)), from: "## 3. ", to: "## 9. ")
        #expect(tables.positions(of: ["#### Bord 1", "Anonymt fra bord 1", "Æblegrød", "#### Vinduesbordet"], in: shown).isSorted,
                "most votes first within the table")
    }

    @Test func csvHasRealVotesAndTheClusterLast() throws {
        let summary = try TableDayFixture.summary()
        let text = String(decoding: CSVExport.render(summary).dropFirst(3), as: UTF8.self)
        let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
        #expect(reader.headerRow?.last == "klynge")
        #expect(reader.headerRow?[8] == "stemmer")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let item12 = rows.filter { $0[0] == "12" }.map { [$0[10], $0[8], $0[9], $0[14]] }
        #expect(item12 == [
            ["Vi samskaber med forældrebestyrelserne", "3", "nej", "Forældrene"],
            ["Byggesager med grundejerforeninger", "2", "nej", ""],
            ["Kulturnatten med foreningerne", "6", "ja", "Foreningerne"],
            ["Idrætsforeningerne vil gerne være med", "6", "samlet med n24", "Foreningerne"],
            ["Foreningerne mangler én indgang til kommunen", "6", "samlet med n24", "Foreningerne"],
            ["Forældrene kender børnene bedst", "3", "nej", "Forældrene"],
            ["Lad borgerne tage ordet på mødet", "1", "nej", ""],
        ], "a clustered note has its cluster's votes and name; every note once, oldest first")
        #expect(rows.allSatisfy { $0.count == 15 })
        #expect(ExportStrings(.english).csvHeader.last == "cluster")
    }

    @Test func csvListsAClusteredNoteUnderItsOwnQuestion() throws {
        var day = try TableDayFixture.untilTheWalk()
        let notes = day.state.visibleNotes(item: 8)
        let mandate = try #require(notes.first { $0.question == 1 }).id
        let stories = try #require(notes.first { $0.question == 2 }).id
        try day.submit(.cluster(notes: [mandate, stories], name: "Fortællinger"))
        let summary = DaySummary(day.state, utcOffsetSeconds: 0)
        #expect(summary.items[8].questions[0].notes.map(\.id).contains(stories), "on the board, with its cluster")
        let rows = try tables.csvRows(summary).filter { $0[0] == "9" }
        #expect(rows.first { $0[11] == stories }?[2] == "2", "in the CSV, under the question it answers")
        #expect(rows.count == notes.count)
    }

    @Test func jsonHasVotingsClustersAndVotes() throws {
        let json = JSONExport.render(try TableDayFixture.summary())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let clusters = try #require(root["clusters"] as? [[String: Any]])
        #expect(clusters.map { $0["name"] as? String } == ["Foreningerne", "Forældrene"])
        #expect(clusters.map { $0["votes"] as? Int } == [6, 3])
        #expect(clusters.map { $0["item"] as? Int } == [12, 12], "1-based, as items[].index")
        #expect(clusters.map { ($0["notes"] as? [String])?.count } == [3, 2])
        let ids = clusters.compactMap { $0["id"] as? String }

        let items = try #require(root["items"] as? [[String: Any]])
        #expect(items.allSatisfy { $0.keys.contains("voting") }, "every item has a voting key")
        let voting = try #require(items[11]["voting"] as? [String: Any])
        #expect(voting["on"] as? String == "notes" && voting["dots"] as? Int == 3 && voting["max_per_note"] as? Int == 2)
        #expect(voting["open"] as? Bool == false && voting["revealed"] as? Bool == true)
        #expect(voting["dots_placed"] as? Int == 12 && voting["voters"] as? Int == 5)
        let harvest = try #require(items[12]["voting"] as? [String: Any])
        #expect(harvest["on"] as? String == "key_points" && harvest["max_per_note"] is NSNull && harvest["revealed"] as? Bool == false)
        #expect(items[2]["voting"] is NSNull)

        let notes = try #require(items[11]["notes"] as? [[String: Any]])
        #expect(notes.allSatisfy { $0.keys.contains("cluster") })
        for note in notes {
            if let cluster = note["cluster"] as? String {
                let owner = try #require(clusters.first { $0["id"] as? String == cluster })
                #expect(ids.contains(cluster) && (owner["notes"] as? [String])?.contains(note["id"] as? String ?? "") == true)
                #expect(note["votes"] as? Int == owner["votes"] as? Int, "a clustered note carries its cluster's votes")
            }
        }
        #expect(notes.first { $0["text"] as? String == "Byggesager med grundejerforeninger" }?["votes"] as? Int == 2)

        let keyPoints = try #require(root["key_point_notes"] as? [[String: Any]])
        #expect(keyPoints.map { $0["votes"] as? Int } == [4, 2, 2])
        #expect(root["key_points"] as? [String] == ["Foreningerne", "Tillid frem for kontrol", "At borgeren er med fra start"])
    }

    @Test func theVotingWordsInEnglish() {
        let words = ExportStrings(.english)
        let summary = DaySummary.VotingSummary(item: 3, voting: Voting(target: .notes, dots: 1, maxPerNote: 1, isOpen: true),
                                               dotsPlaced: 1, voters: 1)
        #expect(words.voting(summary) == "Voting on the notes: 1 dot each, at most 1 on one note · 1 dot placed by 1 participant · open, votes not revealed")
        #expect(words.keyPointsByVotes(summary) == "By votes at item 4: 1 dot placed by 1 participant.")
        #expect(words.cluster == "Cluster")
    }
}
