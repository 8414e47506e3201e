import Foundation
import PropertyBased
import SamskabModel
import Testing
@testable import SamskabSession

/// Finding yourself: ranking, folding, absent people last, and the language's order of names.
struct NameSearchTests {
    static func day(_ names: [(String, String)], language: Language = .danish, anonymousItem: Bool = false) -> Workshop {
        Workshop(
            title: "Forum", language: language,
            departments: [Department(code: "MBU", name: "Børn og Unge"), Department(code: "MSO", name: "Sundhed og Omsorg"),
                          Department(code: "MKB", name: "Kultur og Borgerservice")],
            roster: names.map { Person(name: $0.0, department: $0.1) },
            program: [
                ProgramItem(title: "Drøftelse", minutes: 30, content: .discussion(Discussion(questions: ["Hvorfor?", "Hvordan?"]))),
                ProgramItem(title: "Anonym runde", minutes: 20,
                            content: .discussion(Discussion(questions: ["Hvad er svært?"], anonymousByDefault: true))),
                ProgramItem(title: "Opsamling", minutes: 20,
                            content: .harvest(Harvest(prompts: ["Det vigtigste er…"], anonymousByDefault: true))),
            ])
    }

    static let forum: [(String, String)] = [
        ("Kirsten Sørensen", "MBU"), ("Søren Kjær", "MSO"), ("Anne Marie Holm", "MKB"), ("Marianne Berg", "MBU"),
        ("Jens Annesen", "MSO"), ("Åse Østergaard", "MKB"), ("René Dupont", "MBU"), ("Zoë Lind", "MSO"),
        ("Lene Søgaard", "MBU"), ("Bo Aagaard", "MKB"),
    ]

    static func names(_ typed: String, in state: SessionState) -> [String] {
        NameSearch.find(typed, in: state).map(\.person.name)
    }

    @Test func aFirstNameComesBeforeTheSurnameThatContainsIt() {
        let state = SessionState(workshop: Self.day(Self.forum))
        #expect(Self.names("søren", in: state) == ["Søren Kjær", "Kirsten Sørensen"])
        #expect(Self.names("anne", in: state) == ["Anne Marie Holm", "Jens Annesen", "Marianne Berg"],
                "first name, then a later word's start, then anywhere")
        #expect(Self.names("Søren Kjær", in: state).first == "Søren Kjær")
        #expect(Self.names("mari", in: state) == ["Marianne Berg", "Anne Marie Holm"])
    }

    @Test(arguments: [("soren", "Søren Kjær"), ("ase", "Åse Østergaard"), ("aase", "Åse Østergaard"), ("rene", "René Dupont"),
                      ("zoe", "Zoë Lind"), ("ostergaard", "Åse Østergaard"), ("agard", "Bo Aagaard"), ("SOEREN", "Søren Kjær"),
                      ("soren kjaer", "Søren Kjær"), ("lene sogaard", "Lene Søgaard")])
    func aNameIsFoundHoweverItIsTyped(_ typed: String, _ expected: String) {
        let state = SessionState(workshop: Self.day(Self.forum))
        #expect(Self.names(typed, in: state).first == expected)
    }

    @Test func theExactSpellingComesFirst() {
        let state = SessionState(workshop: Self.day([("Søren Kjær", "MSO"), ("Soren Berg", "MBU")]))
        #expect(Self.names("soren", in: state) == ["Soren Berg", "Søren Kjær"])
        #expect(Self.names("søren", in: state) == ["Søren Kjær", "Soren Berg"])
    }

    @Test func absentPeopleComeLast() throws {
        var state = SessionState(workshop: Self.day(Self.forum))
        let søren = try state.resolvePerson("Søren Kjær").id
        let (actor, event) = try Engine.decide(.markAbsent(participant: søren), by: .facilitator, in: state)
        try state.apply(Fixture.Log.record(event, sequence: 1, by: actor))
        #expect(Self.names("søren", in: state) == ["Kirsten Sørensen", "Søren Kjær"])
        #expect(Self.names("", in: state).last == "Søren Kjær", "with nothing typed, too")
    }

    @Test func withNothingTypedEveryoneIsListedInTheLanguagesOrder() {
        let danish = SessionState(workshop: Self.day(Self.forum))
        #expect(Self.names("", in: danish) == ["Anne Marie Holm", "Bo Aagaard", "Jens Annesen", "Kirsten Sørensen", "Lene Søgaard",
                                               "Marianne Berg", "René Dupont", "Søren Kjær", "Zoë Lind", "Åse Østergaard"])
        let english = SessionState(workshop: Self.day([("Øjvind Lund", "MBU"), ("Oscar Holm", "MBU"), ("Zoë Lind", "MSO"),
                                                       ("Åse Berg", "MSO"), ("Ærø Hansen", "MKB")], language: .english))
        #expect(Self.names("", in: english) == ["Ærø Hansen", "Åse Berg", "Øjvind Lund", "Oscar Holm", "Zoë Lind"])
    }

    /// The keys sort as ICU collates the language (through Foundation), on names as people have them.
    @Test(arguments: Language.allCases)
    func theOrderIsTheLanguagesAsICUCollatesIt(_ language: Language) {
        let names = ["Aagaard", "Abildgaard", "Åse", "Ærø", "Ebbe", "Émile", "Erik", "Øjvind", "Oscar", "Ölund", "Olsen",
                     "Mads", "Müller", "Mynster", "René", "Rene", "Rasmus", "Ulla", "Üwe", "Yrsa", "Zoë", "Zink", "Ahl",
                     "Ærbø", "Ægidius", "Aaberg", "Søren", "Sørensen", "Soren", "Sofie", "Anne Marie", "Anne-Lise", "Annette",
                     "Bo", "Bøgh", "Boesen", "Dupont", "Łukasz", "Straße", "Strand", "Jæger", "Jensen", "Jørgensen", "Jonas"]
        let locale = Locale(identifier: language == .danish ? "da_DK" : "en_GB")
        let icu = names.sorted { $0.compare($1, options: [.caseInsensitive], range: nil, locale: locale) == .orderedAscending }
        let ours = NameOrder.sorted(names, language: language)
        #expect(ours == icu)
    }
}

private extension String {
    func compare(_ other: String) -> ComparisonResult {
        self < other ? .orderedAscending : self == other ? .orderedSame : .orderedDescending
    }
}
