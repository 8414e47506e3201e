import SamskabModel

/// Every text the screens show, in Danish and English.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func t(_ da: String, _ en: String) -> String { language == .danish ? da : en }

    public var item: String { t("Punkt", "Item") }
    public var of: String { t("af", "of") }
    public var planned: String { t("plan", "planned") }
    public var clock: String { t("kl.", "now") }
    public func behind(_ minutes: Int) -> String { t("\(minutes) min bagud", "\(minutes) min behind") }
    public func ahead(_ minutes: Int) -> String { t("\(minutes) min foran", "\(minutes) min ahead") }
    public var onTime: String { t("til tiden", "on time") }

    public func kindLabel(_ kind: ItemKind) -> String {
        switch kind {
        case .talk: t("OPLÆG", "TALK")
        case .pause: t("PAUSE", "BREAK")
        case .discussion: t("DRØFTELSE", "DISCUSSION")
        case .gallery: t("FERNISERING", "GALLERY WALK")
        case .harvest: t("OPSAMLING", "HARVEST")
        }
    }

    public func backAt(_ time: String) -> String { t("tilbage kl. \(time)", "back at \(time)") }
    public func endsAt(_ time: String) -> String { t("slutter kl. \(time)", "ends at \(time)") }
    public var overrun: String { t("over tid", "over time") }
    public var timerPaused: String { t("pause på uret", "timer paused") }
    public var timerNotStarted: String { t("uret er ikke startet (mellemrum)", "timer not started (space)") }
    public var noNotesYet: String { t("Ingen noter endnu", "No notes yet") }
    public var otherNotes: String { t("Øvrige", "Other") }
    public var newest: String { t("ny", "new") }
    public var keyPoint: String { t("hovedpointe", "key point") }
    public var anonymous: String { t("anonym", "anonymous") }
    public func page(_ current: Int, _ total: Int) -> String { t("side \(current)/\(total)", "page \(current)/\(total)") }
    public func visits(_ title: String) -> String { t("Besøg tavlerne fra: \(title)", "Visit the boards of: \(title)") }
    public func stationMinutes(_ minutes: Int) -> String { t("\(minutes) min ved hver tavle", "\(minutes) min at each board") }
    public var reflection: String { t("Drøft:", "Discuss:") }
    public func kioskStillThere(_ seconds: Int) -> String {
        t("Er du her stadig? Tryk en tast — ellers ryddes kiosken om \(seconds) s",
          "Still there? Press a key — otherwise the kiosk is cleared in \(seconds) s")
    }
    public func undid(_ what: String) -> String { t("Fortrudt: \(what)", "Undone: \(what)") }
    public func redid(_ what: String) -> String { t("Gentaget: \(what)", "Redone: \(what)") }

    public func notesCount(_ count: Int) -> String {
        count == 1 ? t("1 note", "1 note") : t("\(count) noter", "\(count) notes")
    }
    public func search(_ query: String) -> String { t("søgning: \(query)", "search: \(query)") }
    public var authorsHidden: String { t("navne skjult", "names hidden") }
    public func tooSmall(_ width: Int, _ height: Int, need: (Int, Int)) -> [String] {
        [t("Terminalen er for lille", "The terminal is too small"),
         t("kræver \(need.0)×\(need.1), har \(width)×\(height)", "needs \(need.0)×\(need.1), has \(width)×\(height)"),
         t("Gør vinduet større", "Make the window larger")]
    }

    // Prompts and messages.
    public var promptNote: String { t("Note: ", "Note: ") }
    public func promptNote(question: Int) -> String { t("Note til spørgsmål \(question) (↑↓): ", "Note for question \(question) (↑↓): ") }
    public var promptAuthor: String { t("Forfatter (tom = anonym): ", "Author (empty = anonymous): ") }
    public var promptEdit: String { t("Ret note: ", "Edit note: ") }
    public var promptSearch: String { t("Søg: ", "Search: ") }
    public var promptKeyPoint: String { t("Hovedpointe (ordlyd): ", "Key point (wording): ") }
    public var chooseMergeTarget: String {
        t("Flet: vælg hovedpointen med piletasterne og tryk Enter (Esc fortryder)",
          "Merge: choose the key point with the arrow keys and press Enter (Esc cancels)")
    }
    public var promptActionText: String { t("Næste skridt — hvad: ", "Next step — what: ") }
    public var promptActionOwner: String { t("Hvem (person eller afdeling): ", "Who (a person or a department): ") }
    public var promptActionDue: String { t("Hvornår (ÅÅÅÅ-MM-DD, tom = ingen): ", "By when (YYYY-MM-DD, empty = none): ") }
    public var badDate: String { t("Skriv datoen som ÅÅÅÅ-MM-DD, fx 2019-11-21", "Write the date as YYYY-MM-DD, e.g. 2019-11-21") }
    public var confirmQuit: String { t("Afslut samskab? (j/n)", "Quit samskab? (y/n)") }
    public var confirmDelete: String { t("Fjern den valgte note? (j/n)", "Withdraw the selected note? (y/n)") }
    public var saved: String { t("Gemt ✓", "Saved ✓") }
    public func exported(_ folder: String) -> String { t("Opsamlingen er skrevet til \(folder)/", "The summary is in \(folder)/") }
    public var noSelection: String { t("Vælg en note med piletasterne først", "Select a note with the arrow keys first") }
    public var yes: Character { language == .danish ? "j" : "y" }

    /// Footer hints: (key, what).
    public var footerHints: [(String, String)] {
        [("n/p", t("næste/forrige", "next/previous")), ("␣", t("start/pause", "start/pause")),
         ("1/5", "+1/+5 min"), ("s", t("skriv note", "add note")), ("←↑↓→", t("vælg", "select")),
         ("k", t("hovedpointe", "key point")), ("u/r", t("fortryd/gentag", "undo/redo")),
         ("g", t("bordplan", "table plan")), ("b", t("bord/spørgsmål", "tables/questions")),
         ("f", t("fremmøde", "who is here")),
         ("?", t("hjælp", "help")), ("q", t("afslut", "quit"))]
    }

    // The participant kiosk.
    public var kioskWho: String { t("Hvem er du?", "Who are you?") }
    public var kioskFilter: String { t("Skriv for at søge: ", "Type to search: ") }
    public var kioskNewPerson: String { t("+ Jeg står ikke på listen", "+ I am not on the list") }
    public var kioskAnonymous: String { t("Skriv anonymt", "Write anonymously") }
    public var kioskNewName: String { t("Dit navn: ", "Your name: ") }
    public var kioskWhichDepartment: String { t("Hvilken afdeling er du fra?", "Which department are you from?") }
    public func kioskWritingAs(_ name: String?) -> String {
        name.map { t("Du skriver som \($0)", "You write as \($0)") } ?? t("Du skriver anonymt", "You write anonymously")
    }
    /// Where the item is anonymous by default, a named person's notes carry no name.
    public func kioskAnonymousHere(_ name: String) -> String {
        t("\(name) — noterne er anonyme her", "\(name) — notes are anonymous here")
    }
    public var kioskListen: String { t("Lyt med — der tages ikke noter lige nu", "Listen in — no notes right now") }
    public func kioskOpensAt(_ time: String) -> String { t("Noter åbner igen kl. \(time)", "Notes open again at \(time)") }
    public var kioskDraftKept: String { t("Din kladde er gemt til da.", "Your draft is kept until then.") }
    public var kioskYourNote: String { t("Din note", "Your note") }
    public var kioskYourNotes: String { t("Dine noter her (Tab: ret eller fjern)", "Your notes here (Tab: edit or withdraw)") }
    public var kioskEditing: String { t("Du retter en note", "Editing a note") }
    public var kioskQuestion: String { t("Spørgsmål (↑↓ vælg)", "Question (↑↓ choose)") }
    public var kioskAllQuestions: String { t("Alle spørgsmål / generelt", "All questions / general") }
    public var kioskCode: String { t("Facilitatorens kode for at afslutte: ", "Facilitator code to leave: ") }
    public var kioskWrongCode: String { t("Forkert kode", "Wrong code") }
    public var kioskConfirmWithdraw: String { t("Fjern din note? (j/n)", "Withdraw your note? (y/n)") }

    public var helpTitle: String { t("Taster", "Keys") }

    /// The full key table (also in the README).
    public var helpLines: [(String, String)] {
        [
            ("n  /  p", t("næste / forrige punkt i programmet", "next / previous program item")),
            (t("mellemrum", "space"), t("start / pause uret", "start / pause the timer")),
            ("1  /  5  /  -", t("+1 / +5 / −1 minut", "+1 / +5 / −1 minute")),
            ("g  /  G", t("bordplan / par: vis / skjul · bland igen / nye par", "table plan / pairs: show / hide · reshuffle / new pairs")),
            ("S", t("fernisering: næste runde nu (med bekræftelse)", "gallery walk: next round now (asks first)")),
            ("f  /  J", t("fremmøde (mellemrum skifter) · telefonernes QR-kode", "who is here (space toggles) · the phones' QR code")),
            ("s", t("skriv en note som referent (med navn eller anonym)", "add a note as scribe (named or anonymous)")),
            ("← → ↑ ↓", t("vælg en note", "select a note")),
            ("e  /  d", t("ret / fjern den valgte note (d eller Delete)", "edit / withdraw the selected note (d or Delete)")),
            ("k  /  K", t("markér / fjern hovedpointe · ret dens ordlyd", "mark / unmark as key point · edit its wording")),
            ("m", t("flet valgt note ind i hovedpointe: vælg, Enter", "merge the selected note into a key point: choose, Enter")),
            ("c / C / o / M", t("klynge: markér · saml (navn) · tag ud · flet", "cluster: mark · gather (name) · take out · merge")),
            ("v / V / A", t("stemmer: åbn→luk→vis · om hovedpointer · dagens pointer", "votes: open→close→show · on key points · the day's points")),
            ("t  /  N", t("skriv et næste skridt · vis næste skridt på væggen", "record a next step · show the next steps on the wall")),
            ("u  /  r", t("fortryd / gentag facilitatorens seneste handling", "undo / redo the last facilitator action")),
            ("/  /  b", t("søg (Esc rydder) · tavlen efter spørgsmål / bord", "search (Esc clears) · by question / by table")),
            ("a  /  x", t("vis / skjul navne · eksportér dagens opsamling", "show / hide names · export the day's summary")),
            ("PgUp / PgDn / h", t("bladr i noter og bordplan · h: hold / slip siden", "page the notes and the table plan · h: hold / release")),
            ("?  /  Ctrl-L", t("denne hjælp (Esc lukker) · tegn skærmen forfra", "this help (Esc closes) · redraw the screen")),
            ("q", t("afslut (med bekræftelse)", "quit (asks first)")),
        ]
    }
}

