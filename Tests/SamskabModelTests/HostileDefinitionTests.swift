import Foundation
import Testing
@testable import SamskabModel

/// Definitions made to hurt: alias bombs, deep nesting, huge texts, NUL bytes, other encodings.
/// Each is refused quickly with a located error.
struct HostileDefinitionTests {
    static let program = MalformedDefinitionTests.program

    static func parse(_ yaml: String) -> WorkshopParser.Outcome {
        WorkshopParser.parse(text: yaml, file: "w.yaml")
    }

    static func descriptions(_ yaml: String) -> [String] {
        parse(yaml).diagnostics.map(\.description)
    }

    /// Nine levels of anchors, each a list of nine aliases of the one before (9^9 leaves), then
    /// the last used as a mapping key, which Yams hashes in full. 533 bytes took minutes.
    static var aliasBomb: String {
        let names = Array("abcdefghi")
        var lines = ["a: &a [x,x,x,x,x,x,x,x,x]"]
        for level in 1..<names.count {
            let previous = Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ",")
            lines.append("\(names[level]): &\(names[level]) [\(previous)]")
        }
        return lines.joined(separator: "\n") + "\ntitle: Dag\n" + program + "z:\n  *i: 1\n"
    }

    /// The time `body` takes; run twice and the faster kept when the first is slow, so a busy
    /// machine does not fail a test that measures a 1000-fold slowdown.
    static func seconds(_ body: () -> Void) -> Double {
        func once() -> Double {
            let elapsed = ContinuousClock().measure(body)
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }
        let first = once()
        return first < 0.5 ? first : min(first, once())
    }

    @Test func anAliasBombIsRefusedAtOnce() {
        var outcome: WorkshopParser.Outcome?
        let took = Self.seconds { outcome = Self.parse(Self.aliasBomb) }
        #expect(took < 0.5, "took \(took) s")
        let descriptions = outcome?.diagnostics.map(\.description) ?? []
        #expect(descriptions.first == "w.yaml:2:8: error: aliases (*a) are not supported in a workshop definition; write the value out")
        // Once a line, at most five lines: the rest is the same mistake.
        #expect(descriptions.count == 5)
        #expect(outcome?.workshop == nil)
    }

    @Test func anAliasAsAKeyOrAValueIsRefused() {
        #expect(Self.descriptions("title: &t Dag\nsubtitle: *t\n" + Self.program) == [
            "w.yaml:2:11: error: aliases (*t) are not supported in a workshop definition; write the value out",
        ])
        #expect(Self.descriptions("x: &k title\n*k : Dag\n" + Self.program) == [
            "w.yaml:2:1: error: aliases (*k) are not supported in a workshop definition; write the value out",
        ])
        // An anchor alone is harmless (and then an unknown key, as before).
        #expect(Self.parse("title: &t Dag\n" + Self.program).workshop?.title == "Dag")
    }

    @Test func aListOrBlockAsAKeyIsRefused() {
        // Twice the same list as a key was "the key '<uncovertable>' appears more than once".
        #expect(Self.descriptions("? [a]\n: 1\n? [a]\n: 2\ntitle: Dag\n" + Self.program) == [
            "w.yaml:1:3: error: a key must be a word such as 'title'; a list cannot be a key",
        ])
        #expect(Self.descriptions("title: Dag\n{a: 1}: x\n" + Self.program) == [
            "w.yaml:2:1: error: a key must be a word such as 'title'; a block of keys cannot be a key",
        ])
    }

    @Test func deepNestingIsRefusedAtOnce() {
        let deep = "title: " + String(repeating: "[", count: 100_000) + "\n"
        var descriptions: [String] = []
        let took = Self.seconds { descriptions = Self.descriptions(deep) }
        #expect(took < 0.5, "took \(took) s")
        // libyaml's scanner runs ahead through the brackets and stops at its own limit, so the
        // error points at the start of the nesting rather than its 21st level.
        #expect(descriptions == [
            "w.yaml:1:9: error: the lists and blocks here are nested more than 20 levels deep; a workshop definition needs five",
        ])
        #expect(Self.descriptions("title: " + String(repeating: "[", count: 30) + "\n") == [
            "w.yaml:1:27: error: the lists and blocks here are nested more than 20 levels deep; a workshop definition needs five",
        ])
        let dashes = "title: Dag\nprogram:\n" + String(repeating: "- ", count: 30) + "x\n"
        #expect(Self.descriptions(dashes).first?.hasPrefix("w.yaml:3:39: error: the lists and blocks here are nested") == true)
    }

    @Test func aNulByteIsLocated() {
        #expect(Self.descriptions("title: Dag\nplace: Bl\u{0}ixens\n" + Self.program) == [
            "w.yaml:2:10: error: the character U+0000 (NUL) cannot be in a YAML file; remove it, or write it as an escape in double quotes (YAML: control characters are not allowed)",
        ])
        #expect(Self.descriptions("title: Dag\nplace: Blæ\u{7}\n" + Self.program) == [
            "w.yaml:2:11: error: the character U+0007 cannot be in a YAML file; remove it, or write it as an escape in double quotes (YAML: control characters are not allowed)",
        ])
    }

    @Test func aDuplicateKeyAfterOldMacLineEndsIsLocated() {
        // libyaml counts a lone CR as a line end; looking for the repeated key in LF lines from
        // libyaml's line number crashed (found by libFuzzer).
        let yaml = "title: Dag\r\r\r\rplace: A\r" + Self.program.replacingOccurrences(of: "\n", with: "\r") + "place: B\r"
        #expect(Self.descriptions(yaml) == [
            "w.yaml:10:1: error: the key 'place' is given again here (first on line 5); keep only one",
        ])
        #expect(Self.descriptions("a: 1\r\r\r\r\r\r\r\r\rb: 2\nb: 3\n") == [
            "w.yaml:11:1: error: the key 'b' is given again here (first on line 10); keep only one",
        ])
        #expect(Self.descriptions("title: Dag\r\nplace: Bl\u{0}\r\n") == [
            "w.yaml:2:10: error: the character U+0000 (NUL) cannot be in a YAML file; remove it, or write it as an escape in double quotes (YAML: control characters are not allowed)",
        ])
    }

    @Test func controlCharactersInTextsAreRefused() {
        // Written as escapes they pass YAML, and would reach the terminal.
        #expect(Self.descriptions("title: \"Dag\\e[2J\"\n" + Self.program) == [
            "w.yaml:1:8: error: 'title' in the workshop contains the control character U+001B, which a screen cannot show; remove it",
        ])
        #expect(Self.descriptions("title: \"Dag\\0\"\n" + Self.program) == [
            "w.yaml:1:8: error: 'title' in the workshop contains the control character U+0000, which a screen cannot show; remove it",
        ])
    }

    @Test func wideEncodingsAreNamed() {
        let text = "title: Dag\n" + Self.program
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let withoutMark = Array(littleEndian.dropFirst(2))
        for bytes in [littleEndian, bigEndian, withoutMark] {
            let outcome = WorkshopParser.parse(bytes: bytes, file: "w.yaml") { _ in .unreadable(reason: "") }
            #expect(outcome.diagnostics.map(\.description) == [
                "w.yaml:1:1: error: the file is saved as UTF-16, not UTF-8; save it again with the encoding UTF-8",
            ])
        }
        let utf32: [UInt8] = [0xFF, 0xFE, 0, 0] + Array("t".utf8) + [0, 0, 0]
        let outcome = WorkshopParser.parse(bytes: utf32, file: "w.yaml") { _ in .unreadable(reason: "") }
        #expect(outcome.diagnostics.map(\.description) == [
            "w.yaml:1:1: error: the file is saved as UTF-32, not UTF-8; save it again with the encoding UTF-8",
        ])
    }

    @Test func aFileOverTheCapIsRefusedUnread() {
        let huge = "title: " + String(repeating: "x", count: DefinitionLimits.definitionBytes) + "\n" + Self.program
        var descriptions: [String] = []
        let took = Self.seconds { descriptions = Self.descriptions(huge) }
        #expect(took < 0.2, "took \(took) s")
        #expect(descriptions == [
            "w.yaml:1:1: error: the file is larger than 256 KB, the most a workshop definition may be; is it the right file?",
        ])
    }

    @Test func overlongTextsAreLocatedErrors() {
        let title = String(repeating: "Ø", count: 100_000)
        var descriptions: [String] = []
        let took = Self.seconds { descriptions = Self.descriptions("title: \(title)\n" + Self.program) }
        #expect(took < 0.5, "took \(took) s")
        #expect(descriptions == [
            "w.yaml:1:8: error: 'title' in the workshop is 100000 characters long; keep it to 500 characters",
        ])
        // Just at the limits: accepted.
        let intro = String(repeating: "i", count: DefinitionLimits.longText)
        let atLimits = "title: \(String(repeating: "t", count: DefinitionLimits.shortText))\nprogram:\n  - kind: discussion\n"
            + "    title: D\n    intro: \(intro)\n    prompt: P\n    minutes: 20\n"
        #expect(Self.parse(atLimits).diagnostics.isEmpty)
        let overLimits = atLimits.replacingOccurrences(of: intro, with: intro + "i")
            .replacingOccurrences(of: "prompt: P", with: "questions:\n      - \(intro)?")
        #expect(Self.descriptions(overLimits) == [
            "w.yaml:5:12: error: 'intro' in program item 1 (discussion) is 2001 characters long; keep it to 2000 characters",
            "w.yaml:7:9: error: question 1 in program item 1 (discussion) is 2001 characters long; keep it to 2000 characters",
        ])
    }

    @Test func hugeKeysAndValuesAreQuotedShort() {
        // A plain key may be at most 1024 characters in YAML.
        let key = String(repeating: "k", count: 1_000)
        let descriptions = Self.descriptions("title: Dag\n\(key): 1\nlanguage: \(key)\n" + Self.program)
        #expect(descriptions.count == 2)
        #expect(descriptions.allSatisfy { $0.count < 400 }, "\(descriptions.map(\.count))")
        #expect(descriptions.first?.hasPrefix("w.yaml:2:1: error: unknown key 'kkkk") == true)
    }

    @Test func thousandsOfProblemsAreCutShort() {
        let people = (0..<5_000).map { "  - name: P\($0)\n    department: X\n" }.joined()
        let outcome = Self.parse("title: Dag\nroster:\n" + people + Self.program)
        #expect(outcome.diagnostics.count == DiagnosticLog.limit + 1)
        #expect(outcome.diagnostics.last?.description
                == "w.yaml:404:17: error: 4800 more problems from here on are not listed; fix the ones above first (is this the right file?)")
        #expect(outcome.workshop == nil)
    }

    @Test func aBlockOfThousandsOfKeysIsRefusedAtOnce() {
        let keys = (0..<20_000).map { "k\($0): v\n" }.joined()
        var descriptions: [String] = []
        let took = Self.seconds { descriptions = Self.descriptions("title: Dag\n" + keys + Self.program) }
        #expect(took < 0.5, "took \(took) s")
        #expect(descriptions == [
            "w.yaml:51:1: error: this block has more than 50 keys; a block in a workshop definition has at most 11 — is this the right file?",
        ])
    }

    @Test func aRosterMustBeAFileInTheDefinitionsFolder() {
        let cases = [
            ("/proc/self/environ", "'/proc/self/environ' is a path from the root of the disk"),
            ("../hemmelig.csv", "'../hemmelig.csv' uses '..'"),
            ("data/../../x.csv", "'data/../../x.csv' uses '..'"),
            ("data/", "'data/' is a folder"),
        ]
        for (name, problem) in cases {
            var asked: [String] = []
            let outcome = WorkshopParser.parse(bytes: Array("title: Dag\nroster: \(name)\n\(Self.program)".utf8), file: "w.yaml") {
                asked.append($0)
                return .contents(path: $0, bytes: Array("SECRET=1\n".utf8))
            }
            #expect(asked.isEmpty, "the file layer was asked for \(asked)")
            #expect(outcome.diagnostics.map(\.description) == [
                "w.yaml:2:9: error: 'roster' must name a CSV file in the definition's folder, like 'deltagere.csv'; \(problem)",
            ])
        }
    }

    @Test func aRosterOverTheCapOrWithHugeNamesIsRefused() {
        let definition = Array("title: Dag\nroster: folk.csv\n\(Self.program)".utf8)
        func parse(_ csv: String) -> [String] {
            WorkshopParser.parse(bytes: definition, file: "w.yaml") { _ in
                .contents(path: "folk.csv", bytes: Array(csv.utf8))
            }.diagnostics.map(\.description)
        }
        #expect(parse("name\n" + String(repeating: "Åse\n", count: DefinitionLimits.rosterBytes / 4)) == [
            "folk.csv:1:1: error: the roster file is larger than 256 KB, the most a roster may be; is it the right file?",
        ])
        #expect(parse("name\n" + String(repeating: "n", count: 600) + "\n") == [
            "folk.csv:2:1: error: this name is 600 characters long; keep it to 500 characters",
        ])
        // The header is quoted short, with its control characters hidden.
        let header = "\u{1B}]0;x" + String(repeating: "h", count: 200)
        #expect(parse(header + "\nÅse\n") == [
            "folk.csv:1:1: error: the roster file's first line must name its columns: 'name' and 'department' "
                + "(or 'navn' and 'afdeling'); found '?]0;x" + String(repeating: "h", count: 55) + "…'",
        ])
    }

    @Test func theShippedTextsAreWellWithinTheLimits() throws {
        let url = ShippedWorkshopTests.workshops.appendingPathComponent("ledelse-af-samskabelse-2019-08-30.yaml")
        let bytes = try [UInt8](Data(contentsOf: url))
        #expect(bytes.count * 40 < DefinitionLimits.definitionBytes)
        let workshop = try ShippedWorkshopTests.load("ledelse-af-samskabelse-2019-08-30.yaml")
        var longest = workshop.title.count
        for item in workshop.program {
            longest = max(longest, item.title.count)
            switch item.content {
            case .discussion(let discussion):
                longest = max(longest, discussion.intro?.count ?? 0, discussion.questions.map(\.count).max() ?? 0)
            case .gallery(let gallery): longest = max(longest, gallery.intro?.count ?? 0, gallery.question.count)
            case .harvest(let harvest): longest = max(longest, harvest.intro?.count ?? 0, harvest.prompts.map(\.count).max() ?? 0)
            case .talk(let talk): longest = max(longest, talk.notes?.count ?? 0)
            case .pause(let pause): longest = max(longest, pause.notes?.count ?? 0)
            }
        }
        #expect(longest * 4 < DefinitionLimits.longText, "longest text: \(longest) characters")
    }
}
