import Testing
@testable import SamskabModel

/// Every malformed input a facilitator could produce gets a located, helpful error.
/// Each case states the exact `FILE:LINE:COL: severity: message` lines expected.
struct MalformedDefinitionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var yaml: String
        var expected: [String]
        var testDescription: String { name }
    }

    /// A small valid program to append after broken top-level keys.
    static let program = """
        program:
          - kind: talk
            title: Velkomst
            minutes: 10

        """

    static let cases: [Case] = [
        Case(name: "empty file", yaml: "", expected: [
            "w.yaml:1:1: error: the file is empty; a workshop definition needs at least 'title:' and 'program:' (see docs/workshop-format.md for an example)",
        ]),
        Case(name: "only comments", yaml: "# kommer senere\n\n   # ja\n", expected: [
            "w.yaml:1:1: error: the file is empty; a workshop definition needs at least 'title:' and 'program:' (see docs/workshop-format.md for an example)",
        ]),
        Case(name: "tabs in indentation", yaml: "title: Dag\nprogram:\n  - kind: talk\n\ttitle: X\n  \t  minutes: 5\n", expected: [
            "w.yaml:4:1: error: a tab is used for indentation; YAML indents with spaces only — replace the tab with spaces",
            "w.yaml:5:3: error: a tab is used for indentation; YAML indents with spaces only — replace the tab with spaces",
        ]),
        Case(name: "unquoted colon in a title", yaml: "title: Dag\nprogram:\n  - kind: discussion\n    title: Gruppedrøftelse: Ledelse\n", expected: [
            "w.yaml:4:27: error: a ':' followed by a space starts a new key, which cannot be here; if the text itself contains ': ', put the whole text in double quotes (YAML: mapping values are not allowed in this context)",
        ]),
        Case(name: "unclosed quote", yaml: "title: \"Dag\nprogram: []\n", expected: [
            "w.yaml:3:1: error: the file ends inside a quoted text; close the quote (YAML: found unexpected end of stream)",
        ]),
        Case(name: "duplicate key", yaml: "title: Dag\n" + program + "title: Igen\n", expected: [
            "w.yaml:6:1: error: the key 'title' is given again here (first on line 1); keep only one",
        ]),
        Case(name: "root is a list", yaml: "- title: Dag\n", expected: [
            "w.yaml:1:1: error: the file must be a block of keys such as 'title:' and 'program:', not a list",
        ]),
        Case(name: "misspelt top-level key (Danish)", yaml: "titel: Dag\n" + program, expected: [
            "w.yaml:1:1: error: unknown key 'titel' in the workshop; did you mean 'title'?",
            "w.yaml:1:1: error: the workshop has no 'title'; add a line such as 'title: Fælles om ledelse'",
        ]),
        Case(name: "unknown top-level key", yaml: "title: Dag\ncolour: blue\n" + program, expected: [
            "w.yaml:2:1: error: unknown key 'colour' in the workshop; allowed here: title, subtitle, date, place, language, start, departments, roster, program, next_steps, kiosk_pin, page_seconds",
        ]),
        Case(name: "page_seconds not a number", yaml: "title: Dag\npage_seconds: ti\n" + program, expected: [
            "w.yaml:2:15: error: 'page_seconds' in the workshop must be a whole number of seconds, like 10; found 'ti'",
        ]),
        Case(name: "page_seconds too large", yaml: "title: Dag\npage_seconds: 6000\n" + program, expected: [
            "w.yaml:2:15: error: 'page_seconds' in the workshop is 6000 seconds, outside 3–600; is that a typing slip?",
        ]),
        Case(name: "empty title", yaml: "title:\n" + program, expected: [
            "w.yaml:1:7: error: 'title' in the workshop is empty; write the text after the ':'",
        ]),
        Case(name: "title is a list", yaml: "title:\n  - Dag\n" + program, expected: [
            "w.yaml:2:3: error: 'title' in the workshop must be text, not a list",
        ]),
        Case(name: "missing program", yaml: "title: Dag\n", expected: [
            "w.yaml:1:1: error: the workshop has no 'program'; add 'program:' with a list of items, each starting with '- kind:'",
        ]),
        Case(name: "program is not a list", yaml: "title: Dag\nprogram: velkomst\n", expected: [
            "w.yaml:2:10: error: 'program' must be a list of items, each starting with '- kind:' (talk, break, discussion, gallery or harvest)",
        ]),
        Case(name: "item is plain text", yaml: "title: Dag\nprogram:\n  - Velkomst\n", expected: [
            "w.yaml:3:5: error: program item 1 must be a block of keys starting with 'kind:', not text",
        ]),
        Case(name: "item without kind", yaml: "title: Dag\nprogram:\n  - title: Velkomst\n    minutes: 5\n", expected: [
            "w.yaml:3:5: error: program item 1 has no 'kind'; start it with '- kind:' and one of: talk, break, discussion, gallery, harvest",
        ]),
        Case(name: "misspelt kind", yaml: "title: Dag\nprogram:\n  - kind: brake\n    minutes: 5\n", expected: [
            "w.yaml:3:11: error: program item 1 has an unknown kind 'brake'; did you mean 'break'?",
        ]),
        Case(name: "zero minutes", yaml: "title: Dag\nprogram:\n  - kind: break\n    minutes: 0\n", expected: [
            "w.yaml:4:14: error: 'minutes' in program item 1 (break) must be more than zero; found 0",
        ]),
        Case(name: "negative minutes", yaml: "title: Dag\nprogram:\n  - kind: break\n    minutes: -15\n", expected: [
            "w.yaml:4:14: error: 'minutes' in program item 1 (break) must be more than zero; found -15",
        ]),
        Case(name: "absurd minutes (a clock time typed as minutes)", yaml: "title: Dag\nprogram:\n  - kind: break\n    minutes: 0800\n", expected: [
            "w.yaml:4:14: error: 'minutes' in program item 1 (break) is 800 minutes, outside 1–480; is that a typing slip?",
        ]),
        Case(name: "minutes in words", yaml: "title: Dag\nprogram:\n  - kind: break\n    minutes: ti\n", expected: [
            "w.yaml:4:14: error: 'minutes' in program item 1 (break) must be a whole number of minutes, like 20; found 'ti'",
        ]),
        Case(name: "missing minutes", yaml: "title: Dag\nprogram:\n  - kind: talk\n    title: Velkomst\n", expected: [
            "w.yaml:3:5: error: program item 1 (talk) has no 'minutes'; add a line such as 'minutes: 20'",
        ]),
        Case(name: "misspelt key in a talk", yaml: "title: Dag\nprogram:\n  - kind: talk\n    title: Velkomst\n    speeker: Direktørgruppen\n    minutes: 5\n", expected: [
            "w.yaml:5:5: error: unknown key 'speeker' in a talk item; did you mean 'speaker'?",
        ]),
        Case(name: "key of another kind", yaml: "title: Dag\nprogram:\n  - kind: break\n    minutes: 5\n    questions:\n      - Hvorfor?\n", expected: [
            "w.yaml:5:5: error: unknown key 'questions' in a break item; allowed here: kind, id, title, minutes, notes",
        ]),
        Case(name: "duplicate department codes", yaml: "title: Dag\ndepartments:\n  - code: MBU\n    name: Børn og Unge\n  - code: mbu\n    name: Igen\n" + program, expected: [
            "w.yaml:5:11: error: department code 'mbu' is already used by department 1 (line 3); each code must be unique",
        ]),
        Case(name: "department without name", yaml: "title: Dag\ndepartments:\n  - code: MBU\n" + program, expected: [
            "w.yaml:3:5: error: department 1 has no 'name'; add a line such as 'name: Børn og Unge'",
        ]),
        Case(name: "roster person in an unknown department", yaml: "title: Dag\ndepartments:\n  - code: MBU\n    name: Børn og Unge\nroster:\n  - name: Åse Østergaard\n    department: MBV\n" + program, expected: [
            "w.yaml:7:17: error: Åse Østergaard is in an unknown department 'MBV'; did you mean 'MBU'?",
        ]),
        Case(name: "roster person without department", yaml: "title: Dag\ndepartments:\n  - code: MBU\n    name: Børn og Unge\nroster:\n  - name: Åse Østergaard\n" + program, expected: [
            "w.yaml:6:5: error: Åse Østergaard has no department; the workshop lists departments, so give one of: MBU",
        ]),
        Case(name: "gallery before any discussion", yaml: "title: Dag\nprogram:\n  - kind: gallery\n    title: Fernisering\n    question: Hvad så?\n    minutes: 20\n", expected: [
            "w.yaml:3:5: error: program item 1 (gallery) has no discussion before it whose boards it could visit; move it after a discussion",
        ]),
        Case(name: "gallery names an unknown discussion", yaml: discussionThen("    visits: ledelse-af-samskabelce\n"), expected: [
            "w.yaml:10:13: error: 'visits' in program item 2 (gallery) names 'ledelse-af-samskabelce', but no earlier discussion has that id; did you mean 'ledelse-af-samskabelse'?",
        ]),
        Case(name: "gallery names a later discussion", yaml: "title: Dag\nprogram:\n  - kind: gallery\n    title: F\n    visits: senere\n    question: Q\n    minutes: 20\n  - kind: discussion\n    id: senere\n    title: D\n    prompt: P\n    minutes: 20\n", expected: [
            "w.yaml:5:13: error: 'visits' in program item 1 (gallery) names 'senere', which is program item 2, after the gallery; a gallery visits the boards of an earlier discussion",
        ]),
        Case(name: "gallery names a talk", yaml: "title: Dag\nprogram:\n  - kind: talk\n    id: intro\n    title: T\n    minutes: 5\n  - kind: gallery\n    title: F\n    visits: intro\n    question: Q\n    minutes: 20\n", expected: [
            "w.yaml:9:13: error: 'visits' in program item 2 (gallery) names 'intro', which is program item 1, not a discussion",
        ]),
        Case(name: "empty question", yaml: "title: Dag\nprogram:\n  - kind: discussion\n    title: D\n    minutes: 20\n    questions:\n      - Hvor samskaber vi?\n      - \"\"\n", expected: [
            "w.yaml:8:9: error: question 2 in program item 1 (discussion) is empty; write its text or remove the line",
        ]),
        Case(name: "questions written as one text", yaml: "title: Dag\nprogram:\n  - kind: discussion\n    title: D\n    minutes: 20\n    questions: Hvor samskaber vi?\n", expected: [
            "w.yaml:6:16: error: 'questions' in program item 1 (discussion) must be a list, one question per line starting with '- '",
        ]),
        Case(name: "both questions and prompt", yaml: "title: Dag\nprogram:\n  - kind: discussion\n    title: D\n    minutes: 20\n    prompt: P\n    questions:\n      - Q\n", expected: [
            "w.yaml:6:5: error: program item 1 (discussion) has both 'questions' and 'prompt'; give a list of questions or one open prompt, not both",
        ]),
        Case(name: "neither questions nor prompt", yaml: "title: Dag\nprogram:\n  - kind: discussion\n    title: D\n    minutes: 20\n", expected: [
            "w.yaml:3:5: error: program item 1 (discussion) has neither 'questions' (a numbered list) nor 'prompt' (one open question); add one of them",
        ]),
        Case(name: "unknown grouping", yaml: "title: Dag\nprogram:\n  - kind: discussion\n    title: D\n    grouping: mixd\n    prompt: P\n    minutes: 20\n", expected: [
            "w.yaml:5:15: error: 'grouping' in program item 1 (discussion) cannot be 'mixd'; did you mean 'mixed'?",
        ]),
        Case(name: "grouping by department without departments", yaml: "title: Dag\nprogram:\n  - kind: discussion\n    title: D\n    grouping: department\n    prompt: P\n    minutes: 20\n", expected: [
            "w.yaml:5:15: error: program item 1 (discussion) groups by department, but the workshop lists no 'departments'",
        ]),
        Case(name: "anonymous neither true nor false", yaml: "title: Dag\nprogram:\n  - kind: discussion\n    title: D\n    anonymous: måske\n    prompt: P\n    minutes: 20\n", expected: [
            "w.yaml:5:16: error: 'anonymous' in program item 1 (discussion) must be true or false (or ja/nej); found 'måske'",
        ]),
        Case(name: "station longer than the gallery", yaml: discussionThen("    station_minutes: 40\n"), expected: [
            "w.yaml:10:22: error: 'station_minutes' (40) in program item 2 (gallery) is longer than the whole item (30 minutes)",
        ]),
        Case(name: "harvest without prompts", yaml: "title: Dag\nprogram:\n  - kind: harvest\n    title: Opsamling\n    minutes: 20\n", expected: [
            "w.yaml:3:5: error: program item 1 (harvest) has no 'prompts'; add a list such as\n  prompts:\n    - Det, der har gjort størst indtryk på mig, er…",
        ]),
        Case(name: "too many dots", yaml: "title: Dag\nprogram:\n  - kind: harvest\n    title: Opsamling\n    prompts: [Det vigtigste er…]\n    dots: 50\n    minutes: 20\n", expected: [
            "w.yaml:6:11: error: 'dots' in program item 1 (harvest) is 50 dots, outside 0–20; is that a typing slip?",
        ]),
        Case(name: "duplicate item id", yaml: "title: Dag\nprogram:\n  - kind: break\n    id: pause\n    minutes: 5\n  - kind: break\n    id: pause\n    minutes: 5\n", expected: [
            "w.yaml:6:5: error: the id 'pause' of program item 2 is already used by program item 1; each id must be unique",
        ]),
        Case(name: "impossible date", yaml: "title: Dag\ndate: 2019-02-30\n" + program, expected: [
            "w.yaml:2:7: error: 'date' in the workshop must be a date written YYYY-MM-DD, like 2019-08-30; found '2019-02-30'",
        ]),
        Case(name: "Danish date order", yaml: "title: Dag\ndate: 30.08.2019\n" + program, expected: [
            "w.yaml:2:7: error: 'date' in the workshop must be a date written YYYY-MM-DD, like 2019-08-30; found '30.08.2019'",
        ]),
        Case(name: "impossible start time", yaml: "title: Dag\nstart: 25:00\n" + program, expected: [
            "w.yaml:2:8: error: 'start' must be a time of day like 09:00 (or 9.00); found '25:00'",
        ]),
        Case(name: "unknown language", yaml: "title: Dag\nlanguage: dansk\n" + program, expected: [
            "w.yaml:2:11: error: 'language' in the workshop cannot be 'dansk'; it must be one of: da, en",
        ]),
        Case(name: "next step with a bad due date", yaml: "title: Dag\n" + program + "next_steps:\n  - text: Møde\n    due: 21. november\n", expected: [
            "w.yaml:8:10: error: 'due' in next step 1 must be a date written YYYY-MM-DD, like 2019-08-30; found '21. november'",
        ]),
        Case(name: "roster file that cannot be read", yaml: "title: Dag\nroster: deltagere.csv\n" + program, expected: [
            "w.yaml:2:9: error: the roster file 'deltagere.csv' cannot be read: no files can be read here",
        ]),
        Case(name: "several problems in one pass", yaml: "title: Dag\nprogram:\n  - kind: talk\n    titel: X\n    minutes: -1\n  - kind: oplæg\n    title: Y\n", expected: [
            "w.yaml:3:5: error: program item 1 (talk) has no 'title'; add a line such as 'title: Velkomst'",
            "w.yaml:4:5: error: unknown key 'titel' in a talk item; did you mean 'title'?",
            "w.yaml:5:14: error: 'minutes' in program item 1 (talk) must be more than zero; found -1",
            "w.yaml:6:5: error: program item 2 (talk) has no 'minutes'; add a line such as 'minutes: 20'",
        ]),
    ]

    static func discussionThen(_ galleryLines: String) -> String {
        """
        title: Dag
        program:
          - kind: discussion
            id: ledelse-af-samskabelse
            title: D
            prompt: P
            minutes: 30
          - kind: gallery
            title: Fernisering
        \(galleryLines)    question: Hvad betyder det?
            minutes: 30

        """
    }

    @Test(arguments: cases)
    func reportsLocatedErrors(_ testCase: Case) {
        let outcome = WorkshopParser.parse(text: testCase.yaml, file: "w.yaml")
        #expect(outcome.diagnostics.map(\.description) == testCase.expected)
        #expect(outcome.workshop == nil)
    }

    @Test func invalidUTF8IsLocatedPerLine() {
        // "Dæg" and "Sø" saved as Latin-1: 0xE6 is æ, 0xF8 is ø.
        var bytes = Array("title: D".utf8) + [0xE6] + Array("g\nplace: ok\nsubtitle: S".utf8) + [0xF8, 0x0A]
        bytes += Array("program: []\n".utf8)
        let outcome = WorkshopParser.parse(bytes: bytes, file: "w.yaml") { _ in .unreadable(reason: "") }
        #expect(outcome.diagnostics.map(\.description) == [
            "w.yaml:1:9: error: this line is not valid UTF-8 text (byte 0xE6); the file was probably saved as Latin-1 or Windows-1252 — save it again with the encoding UTF-8",
            "w.yaml:3:12: error: this line is not valid UTF-8 text (byte 0xF8); the file was probably saved as Latin-1 or Windows-1252 — save it again with the encoding UTF-8",
        ])
    }

    @Test func aByteOrderMarkIsAccepted() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("title: Dag\n\(Self.program)".utf8)
        let outcome = WorkshopParser.parse(bytes: bytes, file: "w.yaml") { _ in .unreadable(reason: "") }
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.workshop?.title == "Dag")
    }
}
