import SamskabModel
import SamskabSession

/// The words of the exports, in the workshop's language.
struct ExportStrings: Bilingual {
    let language: Language

    init(_ language: Language) { self.language = language }

    var keyPoints: String { t("Hovedpointer", "Key points") }
    var nextSteps: String { t("Næste skridt", "Next steps") }
    var what: String { t("Hvad", "What") }
    var who: String { t("Hvem", "Who") }
    var when: String { t("Hvornår", "When") }
    var participants: String { t("Deltagere", "Participants") }
    /// "Deltagere (38)"
    func participantsPresent(_ count: Int) -> String { "\(participants) (\(count))" }
    /// The line under the participants that names those marked absent.
    func absent(_ names: [String]) -> String {
        t("Meldt fraværende (\(names.count)): ", "Marked absent (\(names.count)): ") + names.joined(separator: ", ")
    }
    var noDepartment: String { t("Uden afdeling", "No department") }
    var program: String { t("Programmet", "The program") }
    var planned: String { t("Planlagt", "Planned") }
    var held: String { t("Holdt", "Held") }
    var item: String { t("Punkt", "Item") }
    var general: String { t("Generelt", "General") }
    var tables: String { t("Borde", "Tables") }
    var nobodySeated: String { t("ingen", "nobody") }
    var noNotes: String { t("Ingen noter.", "No notes.") }
    var anonymous: String { t("anonym", "anonymous") }
    var merged: String { t("samlet med", "merged with") }
    var from: String { t("fra", "from") }
    var minutesShort: String { "min" }
    func votes(_ count: Int) -> String { count == 1 ? t("1 stemme", "1 vote") : t("\(count) stemmer", "\(count) votes") }

    // Dot voting and clusters.
    var cluster: String { t("Klynge", "Cluster") }

    /// "Afstemning om noterne: 3 prikker hver, højst 2 på én note · 14 prikker sat af 6 deltagere · lukket, stemmerne vist".
    func voting(_ summary: DaySummary.VotingSummary) -> String {
        let voting = summary.voting
        var line = voting.target == .notes ? t("Afstemning om noterne", "Voting on the notes")
                                           : t("Afstemning om hovedpointerne", "Voting on the key points")
        line += ": " + (danish ? "\(voting.dots) \(voting.dots == 1 ? "prik" : "prikker") hver"
                              : "\(voting.dots) \(voting.dots == 1 ? "dot" : "dots") each")
        if let cap = voting.maxPerNote {
            line += voting.target == .notes ? t(", højst \(cap) på én note", ", at most \(cap) on one note")
                                            : t(", højst \(cap) på én hovedpointe", ", at most \(cap) on one key point")
        }
        line += " · " + dotsPlaced(summary)
        line += " · " + (voting.isOpen ? t("åben", "open") : t("lukket", "closed"))
        line += ", " + (voting.revealed ? t("stemmerne vist", "votes revealed") : t("stemmerne ikke vist", "votes not revealed"))
        return line
    }

    /// "14 prikker sat af 6 deltagere".
    func dotsPlaced(_ summary: DaySummary.VotingSummary) -> String {
        let (dots, voters) = (summary.dotsPlaced, summary.voters)
        return danish ? "\(dots) \(dots == 1 ? "prik" : "prikker") sat af \(voters) \(voters == 1 ? "deltager" : "deltagere")"
                      : "\(dots) \(dots == 1 ? "dot" : "dots") placed by \(voters) \(voters == 1 ? "participant" : "participants")"
    }

    /// Above key points listed by their votes: "Efter stemmer ved punkt 13: 9 prikker sat af 4 deltagere."
    func keyPointsByVotes(_ summary: DaySummary.VotingSummary) -> String {
        t("Efter stemmer ved punkt \(summary.item + 1): ", "By votes at item \(summary.item + 1): ") + dotsPlaced(summary) + "."
    }

    /// "Oplæg: Velkomst", but "Pause" alone for a break called Pause and "Fernisering" for one called
    /// Fernisering: the kind is not said twice.
    func titled(_ item: ProgramItem) -> String {
        let label = kind(item.kind)
        return item.title.lowercased().hasPrefix(label.lowercased()) ? item.title : label + ": " + item.title
    }

    /// The CSV's first row. Columns are only ever added at the end, never reordered.
    var csvHeader: [String] {
        danish ? ["punkt", "punkttitel", "spørgsmål", "spørgsmålstekst", "gruppe", "forfatter", "afdeling", "tid",
                  "stemmer", "hovedpointe", "tekst", "id", "plusser", "kommentarer", "klynge"]
               : ["item", "item_title", "question", "question_text", "group", "author", "department", "time",
                  "votes", "key_point", "text", "id", "plus_ones", "comments", "cluster"]
    }

    // The gallery walk (fernisering).
    var pairsAndRoutes: String { t("Par og ruter", "Pairs and routes") }
    func pair(_ number: Int) -> String { t("Par \(number)", "Pair \(number)") }
    /// A round of the route spent on the reflection question, not at a board.
    var reflectionRound: String { t("refleksion", "reflection") }
    /// The heading of the reflection answers: "Refleksion: <the gallery's question>".
    var reflection: String { t("Refleksion", "Reflection") }
    var comment: String { t("Kommentar", "Comment") }
    var boardComment: String { t("Kommentar til bordet", "Comment on the board") }

    /// "6 runder à 5 min: 2 ved bordene, derefter 4 til refleksion."
    func rounds(_ count: Int, minutes: Int, visiting: Int) -> String {
        let all = danish ? "\(count) \(count == 1 ? "runde" : "runder") à \(minutes) min"
                         : "\(count) \(count == 1 ? "round" : "rounds") of \(minutes) min"
        if visiting >= count { return all + t(" ved bordene.", " at the boards.") }
        let reflecting = count - visiting
        return all + ": " + (danish ? "\(visiting) ved bordene, derefter \(reflecting) til refleksion."
                                    : "\(visiting) at the boards, then \(reflecting) for the reflection.")
    }

    // The posters of the table boards.
    var posters: String { t("Plakater", "Posters") }
    var keyPoint: String { t("Hovedpointe", "Key point") }
    var withoutTable: String { t("Uden bord", "Without a table") }
    var posterInstructions: String {
        t("Én side pr. bord, til at hænge op før ferniseringen. Siden udskrives på liggende A4 (den vælger selv formatet). "
          + "Til A3: gem som PDF og udskriv PDF’en på A3 med »Tilpas til side« (141 %), eller forstør A4-siderne på kopimaskinen.",
          "One page per table, to hang up before the gallery walk. The page prints on A4 landscape (it sets the size itself). "
          + "For A3: save it as a PDF and print that on A3 with “fit to page” (141 %), or enlarge the A4 pages on the copier.")
    }

    var yes: String { t("ja", "yes") }
    var no: String { t("nej", "no") }
}
