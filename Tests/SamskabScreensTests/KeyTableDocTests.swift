import Foundation
import Testing
@testable import SamskabScreens

/// docs/facilitator.md's key tables are the projector's key tables (`ProjectorKeys`), as the
/// help screen and the footer are: this fails when they differ.
/// After a deliberate change of the keys: `SAMSKAB_RECORD_DOCS=1 swift test --filter KeyTableDocTests`
/// writes the section, then read its diff.
struct KeyTableDocTests {
    static let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/facilitator.md")
    static let begin = "<!-- keys: generated from Sources/SamskabScreens/ProjectorKeys.swift; "
        + "SAMSKAB_RECORD_DOCS=1 swift test --filter KeyTableDocTests writes it -->"
    static let end = "<!-- end of keys -->"

    /// What each mode's table is for, in the docs.
    static let intros: [String: String] = [
        "board": "Everywhere (the board, the title cards; `?` shows this table, the footer the keys that work where the wall is):",
        "plan": "On the table plan or the walk (the keys above work too; those on the notes show the board first):",
        "next steps": "On the next steps (`N`; the keys above work too, those on the notes show the board first):",
        "closing": "On the closing view (`A`; likewise):",
        "join": "On the join card (`J`; likewise: the phones' address, QR code and room code):",
        "attendance": "In who is here (`f`; typed letters search):",
        "help": "On the help (`?`):",
        "confirm": "When the wall asks (quit, withdraw, reshuffle, next round):",
        "prompt": "In a prompt (a note, a search, a next step …; the other keys edit the text):",
        "pointing": "Choosing what to merge into (`m`, `M`):",
    ]

    /// A help label as a Markdown cell: "n  /  p" → "`n` / `p`", "?  /  Ctrl-L" → "`?` / Ctrl-L".
    static func cell(_ label: String) -> String {
        let separator = label.contains("  /  ") ? "  /  " : " / "
        return label.components(separatedBy: separator)
            .map { $0.count == 1 ? "`\($0)`" : $0 }
            .joined(separator: " / ")
    }

    static func generated() -> String {
        var lines = [begin, ""]
        for (name, _, table) in ProjectorKeys.all {
            lines += [intros[name] ?? name, "", "| key | does |", "|---|---|"]
            for row in table.rows {
                guard let label = row.label else { continue }
                lines.append("| \(cell(label.english)) | \(row.does.english) |")
            }
            lines.append("")
        }
        return (lines + [end]).joined(separator: "\n")
    }

    @Test func theFacilitatorsGuideListsTheKeyTables() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "docs/facilitator.md has the generated key section")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let section = String(text[start.lowerBound..<stop.upperBound])
        if ProcessInfo.processInfo.environment["SAMSKAB_RECORD_DOCS"] == "1" {
            try text.replacingCharacters(in: start.lowerBound..<stop.upperBound, with: Self.generated())
                .write(to: Self.doc, atomically: true, encoding: .utf8)
            return
        }
        let wanted = Self.generated().split(separator: "\n", omittingEmptySubsequences: false)
        let found = section.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(found.count == wanted.count, "docs/facilitator.md: the key section's length")
        for (index, (line, want)) in zip(found, wanted).enumerated() where line != want {
            Issue.record("docs/facilitator.md key section line \(index + 1):\n  doc:    \(line)\n  tables: \(want)")
            return
        }
    }

    @Test func everyModeHasItsPlaceInTheDocs() {
        for (name, _, _) in ProjectorKeys.all { #expect(Self.intros[name] != nil, "\(name)") }
    }

    @Test func labelsBecomeCells() {
        #expect(Self.cell("n  /  p") == "`n` / `p`")
        #expect(Self.cell("/  /  b") == "`/` / `b`")
        #expect(Self.cell("c / C / o / M") == "`c` / `C` / `o` / `M`")
        #expect(Self.cell("?  /  Ctrl-L") == "`?` / Ctrl-L")
        #expect(Self.cell("← → ↑ ↓") == "← → ↑ ↓")
    }
}
