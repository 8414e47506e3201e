import SamskabModel
import SamskabSession

/// The kiosk's words for dot voting, in Danish and English.
extension Strings {
    /// "Afstemning: Opsamling på dagens drøftelser"
    func kioskVotingTitle(_ item: String, keyPoints: Bool) -> String {
        keyPoints ? t("Afstemning om hovedpointerne: \(item)", "Voting on the key points: \(item)")
            : t("Afstemning: \(item)", "Voting: \(item)")
    }
    func kioskVotingResultTitle(_ item: String) -> String { t("Resultat af afstemningen: \(item)", "Result of the voting: \(item)") }

    func kioskVotingAs(_ name: String) -> String { t("Du stemmer som \(name)", "You vote as \(name)") }

    /// "2 af 3 prikker tilbage · højst 2 på én note"
    func kioskVotingDotsLeft(_ left: Int, of dots: Int, cap: Int?) -> String {
        let shown = max(0, left)
        let main = t(dots == 1 ? "\(shown) af 1 prik tilbage" : "\(shown) af \(dots) prikker tilbage",
                     dots == 1 ? "\(shown) of 1 dot left" : "\(shown) of \(dots) dots left")
        guard let cap else { return main }
        return main + " · " + t("højst \(cap) på én note", "at most \(cap) on one note")
    }
    var kioskVotingHidden: String {
        t("Stemmetallene vises, når facilitatoren afslører dem", "The counts are shown when the facilitator reveals them")
    }
    var kioskVotingRevealed: String { t("Stemmerne er vist — flest stemmer først i resultatet", "The votes are shown — most votes first in the result") }
    var kioskVotingResultNote: String { t("Afstemningen er lukket · flest stemmer først", "The voting is closed · most votes first") }

    func kioskVotingVotes(_ count: Int) -> String {
        t(count == 1 ? "1 stemme" : "\(count) stemmer", count == 1 ? "1 vote" : "\(count) votes")
    }
    func kioskVotingYours(_ count: Int) -> String { t("dine: \(count)", "yours: \(count)") }
    var kioskVotingCluster: String { t("Klynge", "Cluster") }
    var kioskVotingNothing: String { t("Der er intet at stemme om endnu", "There is nothing to vote on yet") }

    var kioskVotingDotPlaced: String { t("Prik sat ✓", "Dot placed ✓") }
    var kioskVotingDotTaken: String { t("Prik taget tilbage ✓", "Dot taken back ✓") }
    var kioskVotingClosed: String { t("Afstemningen er lukket — du kan skrive noter igen", "The voting is closed — you can write notes again") }

    /// An anonymous person while a voting is open.
    var kioskVotingNeedsName: String {
        t("Afstemning: vælg dit navn for at stemme (Esc på en tom note → Hvem er du?)",
          "Voting: pick your name to vote (Esc on an empty note → Who are you?)")
    }
    /// A named person writing while a voting is open.
    var kioskVotingOffer: String { t("Afstemningen er åben — Tab for at stemme", "The voting is open — Tab to vote") }
    /// Anyone writing once the votes of a closed voting are shown.
    var kioskVotingResultOffer: String { t("Stemmerne er vist — Tab for at se resultatet", "The votes are shown — Tab to see the result") }

    // The footer.
    /// `takesNotes`: the item takes notes (at a closing talk there is nothing to Tab to).
    func kioskVotingHints(ownNotes: Bool, takesNotes: Bool = true) -> String {
        t("↑↓ vælg  Enter/+ sæt prik  - tag tilbage  ", "↑↓ choose  Enter/+ place dot  - take back  ")
            + (!takesNotes ? "" : ownNotes ? t("Tab dine noter  ", "Tab your notes  ") : t("Tab skriv note  ", "Tab write note  "))
            + t("Esc skift person  ", "Esc change person  ") + kioskKeyLeave
    }
    func kioskVotingResultHints(takesNotes: Bool = true) -> String {
        t("↑↓ bladr  ", "↑↓ scroll  ") + (takesNotes ? t("Tab skriv note  ", "Tab write a note  ") : "")
            + t("Esc skift person  ", "Esc change person  ") + kioskKeyLeave
    }
}
