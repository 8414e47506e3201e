import SamskabModel
import SamskabSession
import SamskabPlanning

/// A full seed day for the print length: the shipped roster's 40 people in the six departments (skewed: 4 to 12),
/// the three discussions of the seed with table plans, 200 notes spread over their questions
/// and tables (some anonymous from a table kiosk), a few key points and next steps.
enum FullDayFixture {
    /// Sentences people write on post-its, to be drawn and sometimes joined.
    static let sentences = [
        "Vi skal turde give slip på kontrollen.",
        "Borgeren skal være med fra start — ikke først ved høringen.",
        "Tillid frem for kontrol.",
        "Lav små forsøg og lær af dem, før vi skalerer.",
        "Ledere skal gå forrest og vise, at det er i orden at fejle.",
        "Vi mangler et fælles sprog for samskabelse på tværs af magistratsafdelingerne.",
        "Del de gode historier på ledermøderne.",
        "Frivillige foreninger er en ressource, vi ikke bruger nok.",
        "Hvordan måler vi værdi for borgeren uden at drukne i dokumentation?",
        "Giv medarbejderne mandat til at sige ja.",
        "Tværgående netværk for ledere, der arbejder med samskabelse.",
        "Spørg borgerne, hvad de selv kan bidrage med.",
        "Økonomien må ikke stå i vejen — lav en pulje til forsøg.",
        "Vi skal blive bedre til at afslutte projekter, der ikke virker.",
        "Samskabelse kræver tid; den tid skal prioriteres i kalenderen.",
        "Brug Frederiksbjerg Spirer som eksempel i egen afdeling.",
        "Fælles mål før fælles møder.",
        "Distribueret ledelse: lad den, der er tættest på opgaven, lede den.",
        "Hvornår skal jeg ikke samskabe? Når rammen er lovbestemt.",
        "Hjælp til at komme i gang: en intern konsulent på de første møder.",
    ]

    static func day() throws -> EngineDay {
        var day = EngineDay(ExportFixture.workshop)
        var random = SeededRandom(seed: 2019_08_30)
        var written: [String] = []
        // (item, questions, notes): 45 + 95 + 60 = 200.
        for (item, questions, count) in [(2, 1, 45), (8, 5, 95), (11, 4, 60)] {
            try day.submit(.movePhase(.item(item)), random: UInt64(item))
            guard let plan = day.state.tablePlans[item] else { throw NoPlan(item: item) }
            for index in 0..<count {
                let table = plan.tables[Int(random.next() % UInt64(plan.tables.count))]
                let question = questions == 1 ? nil : index % questions + 1
                let text = Self.text(&random)
                if random.next() % 5 == 0 {
                    written.append(try day.note(text, question: question, table: String(table.number)))
                } else {
                    let author = table.members[Int(random.next() % UInt64(table.members.count))]
                    written.append(try day.note(text, by: day.state.participants[author]?.name, question: question))
                }
            }
        }
        for note in stride(from: 3, to: written.count, by: 33) {
            try day.submit(.markKeyPoint(note: written[note], text: nil, merged: []))
        }
        try day.submit(.addAction(text: "Del opsamlingen med alle deltagere", owner: "Helle Bach Lauridsen", due: nil))
        try day.submit(.movePhase(.item(12)))
        return day
    }

    /// One or two sentences: post-its of 25 to about 150 characters.
    static func text(_ random: inout SeededRandom) -> String {
        let first = sentences[Int(random.next() % UInt64(sentences.count))]
        guard random.next() % 3 == 0 else { return first }
        return first + " " + sentences[Int(random.next() % UInt64(sentences.count))]
    }
}

/// The engine made no table plan where the seed's discussion should have one.
struct NoPlan: Error {
    var item: Int
}
