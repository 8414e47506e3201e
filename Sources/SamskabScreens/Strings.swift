import SamskabModel

/// Every text the screens show, in Danish and English.
public struct Strings: Sendable, Bilingual {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public var item: String { t("Punkt", "Item") }
    public var of: String { t("af", "of") }
    public var planned: String { t("plan", "planned") }
    public var clock: String { t("kl.", "now") }
    public func behind(_ minutes: Int) -> String { t("\(minutes) min bagud", "\(minutes) min behind") }
    public func ahead(_ minutes: Int) -> String { t("\(minutes) min foran", "\(minutes) min ahead") }
    public var onTime: String { t("til tiden", "on time") }

    /// The kind in capitals, as the wall's header labels it (`OPLÆG`).
    public func kindLabel(_ kind: ItemKind) -> String { self.kind(kind).uppercased() }

    public func backAt(_ time: String) -> String { t("tilbage kl. \(time)", "back at \(time)") }
    public func endsAt(_ time: String) -> String { t("slutter kl. \(time)", "ends at \(time)") }
    public var overrun: String { t("over tid", "over time") }
    public var timerPaused: String { t("pause på uret", "timer paused") }
    public var timerNotStarted: String { t("uret er ikke startet (mellemrum)", "timer not started (space)") }
    public var noNotesYet: String { t("Ingen noter endnu", "No notes yet") }
    /// The catch-all column, named alike on the wall, the kiosk and in the exports.
    public var otherNotes: String { t("Generelt", "General") }
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
    public var promptActionDue: String { t("Hvornår (fx 21.11.2019 eller 21/11, tom = ingen): ", "By when (e.g. 21.11.2019 or 2019-11-21, empty = none): ") }
    public var badDate: String { t("Skriv datoen som 21.11.2019, 21/11 eller 2019-11-21", "Write the date as 21.11.2019, 21/11 or 2019-11-21") }
    /// The due date as understood while it is typed: `= torsdag 21. november 2019`, or that it is none.
    public func dueUnderstood(_ typed: String, reference: CalendarDate?) -> String? {
        guard !typed.trimmingWhitespace.isEmpty else { return nil }
        guard let date = CalendarDate(typed: typed, after: reference) else { return t("✗ ikke en dato endnu", "✗ not a date yet") }
        return "= " + date.spelled(danish: language == .danish)
    }
    public var confirmQuit: String { t("Afslut samskab? (j/n)", "Quit samskab? (y/n)") }
    public var confirmDelete: String { t("Fjern den valgte note? (j/n)", "Withdraw the selected note? (y/n)") }
    public var saved: String { t("Gemt ✓", "Saved ✓") }
    public func exported(_ folder: String) -> String { t("Opsamlingen er skrevet til \(folder)/", "The summary is in \(folder)/") }
    public var noSelection: String { t("Vælg en note med piletasterne først", "Select a note with the arrow keys first") }

    /// Footer hints: (key, what), from the board's key table.
    public var footerHints: [(String, String)] { ProjectorKeys.board.hints(language) }

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
    public var kioskAllQuestions: String { t("Generelt — intet bestemt spørgsmål", "General — no particular question") }
    public var kioskCode: String { t("Facilitatorens kode for at afslutte: ", "Facilitator code to leave: ") }
    public var kioskConfirmWithdraw: String { t("Fjern din note? (j/n)", "Withdraw your note? (y/n)") }

    public var helpTitle: String { t("Taster", "Keys") }

    /// The full key table: the board's (`ProjectorKeys.board`, also in docs/facilitator.md).
    public var helpLines: [(String, String)] { ProjectorKeys.board.helpLines(language) }
}

