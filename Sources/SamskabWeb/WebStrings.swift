import SamskabModel

/// Every text the phone page shows, in Danish and English (the workshop's language).
struct WebStrings: Sendable, Bilingual {
    let language: SamskabModel.Language

    var codeHeading: String { t("Skriv rummets kode", "Enter the room code") }
    var codeLabel: String { t("Rumkode (står på væggen)", "Room code (shown on the wall)") }
    var codeEnter: String { t("Gå ind", "Enter") }
    var wrongCode: String { t("Forkert kode — se koden på væggen", "Wrong code — see the code on the wall") }
    var tooManyCodes: String { t("For mange forkerte koder — vent et minut", "Too many wrong codes — wait a minute") }
    var needsCookies: String {
        t("Siden skal kunne gemme en cookie for at huske, hvem du er. Slå cookies til, og prøv igen.",
          "The page needs a cookie to remember who you are. Turn cookies on and try again.")
    }
    var expiredForm: String {
        t("Formularen var for gammel — prøv igen", "The form had expired — please try again")
    }

    var whoAreYou: String { t("Hvem er du?", "Who are you?") }
    var searchLabel: String { t("Søg dit navn", "Find your name") }
    var search: String { t("Søg", "Search") }
    var absentMark: String { t("meldt fraværende", "marked absent") }
    var nobodyFound: String { t("Ingen med det navn — skriv dig på herunder", "Nobody by that name — add yourself below") }
    func more(_ count: Int) -> String { t("… og \(count) mere — søg for at se dem", "… and \(count) more — search to see them") }
    var notOnList: String { t("Jeg står ikke på listen", "I am not on the list") }
    var nameLabel: String { t("Navn", "Name") }
    var departmentLabel: String { t("Afdeling", "Department") }
    var noDepartment: String { t("Ingen afdeling", "No department") }
    var addMe: String { t("Skriv mig på", "Add me") }
    var anonymousHeading: String { t("Uden navn", "Without a name") }
    var writeAnonymously: String { t("Skriv anonymt", "Write anonymously") }
    var anonymousLabel: String { t("Anonym", "Anonymous") }
    func anonymousIsAChoice(_ typed: String) -> String {
        t("»\(typed)« er ikke et navn — vælg »Skriv anonymt«", "“\(typed)” is not a name — choose “Write anonymously”")
    }
    var isItYou: String {
        t("Er det dig? Vælg dit navn på listen — eller skriv dig på igen", "Is this you? Choose your name on the list — or add yourself again")
    }
    func markedPresent(_ name: String) -> String {
        t("Velkommen, \(name) — du var meldt fraværende og er nu meldt til stede",
          "Welcome, \(name) — you were marked absent and are now marked present")
    }

    func youAre(_ name: String) -> String { t("Du er \(name)", "You are \(name)") }
    var youAreAnonymous: String { t("Du skriver anonymt", "You write anonymously") }
    var notMe: String { t("Ikke mig", "Not me") }
    var noteLabel: String { t("Din note", "Your note") }
    var questionLabel: String { t("Spørgsmål", "Question") }
    var general: String { t("Generelt", "General") }
    /// The choice of no particular question, as the kiosk names it.
    var generalChoice: String { t("Generelt — intet bestemt spørgsmål", "General — no particular question") }
    var save: String { t("Gem", "Save") }
    var saved: String { t("Gemt ✓", "Saved ✓") }
    var withdrawn: String { t("Noten er trukket tilbage", "The note is withdrawn") }
    var ownNotes: String { t("Dine noter", "Your notes") }
    var edit: String { t("Ret", "Edit") }
    var withdraw: String { t("Træk tilbage", "Withdraw") }
    var confirmWithdraw: String { t("Fjern din note?", "Withdraw your note?") }
    var withdrawYes: String { t("Ja, træk den tilbage", "Yes, withdraw it") }
    var cancel: String { t("Fortryd", "Cancel") }
    var editHeading: String { t("Ret din note", "Edit your note") }
    var notYours: String { t("Den note kan du ikke ændre", "You cannot change that note") }
    var anonymousItem: String { t("Noterne er anonyme i dette punkt", "Notes are anonymous in this item") }
    var tooManyNotes: String { t("Du har sendt mange noter på kort tid — vent et øjeblik", "You have sent many notes in a short time — wait a moment") }
    var listen: String { t("Lyt med — der tages ikke noter lige nu", "Listen in — no notes right now") }
    func opensAt(_ time: String) -> String { t("Noter åbner igen kl. \(time)", "Notes open again at \(time)") }
    func breakUntil(_ end: String, opens: String?) -> String {
        guard let opens, opens != end else {
            return t("Pause — noterne åbner igen kl. \(end)", "Break — notes open again at \(end)")
        }
        return t("Pause til kl. \(end) — noterne åbner igen kl. \(opens)", "Break until \(end) — notes open again at \(opens)")
    }
    var noMoreNotes: String { t("Der tages ikke flere noter i dag", "No more notes today") }
    var roomMovedDraftKept: String {
        t("Rummet er gået videre — din note er ikke gemt; se spørgsmålet, og gem igen",
          "The room has moved on — your note is not saved; check the question and save again")
    }
    var noSuchQuestion: String { t("Det spørgsmål findes ikke her", "There is no such question here") }
    var roomMoved: String { t("Rummet er gået videre —", "The room has moved on —") }
    var reload: String { t("vis det nye", "show what is new") }
    var counterSuffix: String { "/500" }
    var notFound: String { t("Siden findes ikke", "No such page") }
    var tooLarge: String { t("For meget på én gang", "Too much at once") }
    var back: String { t("Tilbage", "Back") }

    // Dot voting, as the kiosk says it.
    func votingTitle(_ item: String, keyPoints: Bool) -> String {
        keyPoints ? t("Afstemning om hovedpointerne: \(item)", "Voting on the key points: \(item)")
            : t("Afstemning: \(item)", "Voting: \(item)")
    }
    func votingResultTitle(_ item: String) -> String { t("Resultat af afstemningen: \(item)", "Result of the voting: \(item)") }
    func dotsLeft(_ left: Int, of dots: Int, cap: Int?) -> String {
        let shown = max(0, left)
        let main = t(dots == 1 ? "\(shown) af 1 prik tilbage" : "\(shown) af \(dots) prikker tilbage",
                     dots == 1 ? "\(shown) of 1 dot left" : "\(shown) of \(dots) dots left")
        guard let cap else { return main }
        return main + " · " + t("højst \(cap) på én note", "at most \(cap) on one note")
    }
    var votingHidden: String { t("Stemmetallene vises, når facilitatoren afslører dem", "The counts are shown when the facilitator reveals them") }
    var votingRevealed: String { t("Stemmerne er vist", "The votes are shown") }
    var votingClosedResult: String { t("Afstemningen er lukket · flest stemmer først", "The voting is closed · most votes first") }
    var votingNothing: String { t("Der er intet at stemme om endnu", "There is nothing to vote on yet") }
    var votingNeedsName: String { t("Afstemning: vælg dit navn for at stemme (Ikke mig → dit navn)", "Voting: pick your name to vote (Not me → your name)") }
    func votes(_ count: Int) -> String { t(count == 1 ? "1 stemme" : "\(count) stemmer", count == 1 ? "1 vote" : "\(count) votes") }
    func yours(_ count: Int) -> String { t("dine: \(count)", "yours: \(count)") }
    var cluster: String { t("Klynge", "Cluster") }
    var addDot: String { t("+ prik", "+ dot") }
    var removeDot: String { t("− prik", "− dot") }
    var toNoteForm: String { t("Skriv en note ↓", "Write a note ↓") }
    var dotPlaced: String { t("Prik sat ✓", "Dot placed ✓") }
    var dotTaken: String { t("Prik taget tilbage ✓", "Dot taken back ✓") }
}
