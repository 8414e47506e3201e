import SamskabModel

/// The kiosk's newer texts, in Danish and English: the counter over the limit, the break, the
/// footer of each focus and the anonymous choice.
extension Strings {
    /// The editor's counter; over the limit it says so in words, not only by colour.
    public func kioskCounter(_ count: Int, limit: Int) -> String {
        count > limit ? t("\(count)/\(limit) — for lang", "\(count)/\(limit) — too long") : "\(count)/\(limit)"
    }

    /// A break: when it ends, and when notes open again if that is later (a talk follows).
    public func kioskBreak(until end: String, notesOpen opens: String?) -> String {
        guard let opens, opens != end else {
            return t("Pause — noterne åbner igen kl. \(end)", "Break — notes open again at \(end)")
        }
        return t("Pause til kl. \(end) — noterne åbner igen kl. \(opens)", "Break until \(end) — notes open again at \(opens)")
    }
    public var kioskBreakNoNotes: String { t("Pause — der tages ikke flere noter i dag", "Break — no more notes today") }

    // The footer: only the keys that do something where the person is.
    public var kioskKeyLeave: String { t("Ctrl-X afslut (kode)", "Ctrl-X leave (code)") }
    public func kioskEditorHints(questions: Bool, draft: Bool, ownNotes: Bool, editing: Bool, voting: Bool = false) -> String {
        [t("Enter gem", "Enter save"), t("Ctrl-J ny linje", "Ctrl-J new line"),
         questions ? t("↑↓ spørgsmål", "↑↓ question") : nil,
         draft || editing ? (editing ? t("Esc fortryd", "Esc cancel") : t("Esc ryd", "Esc clear")) : t("Esc skift person", "Esc change person"),
         voting ? t("Tab stem", "Tab vote") : ownNotes ? t("Tab dine noter", "Tab your notes") : nil, kioskKeyLeave]
            .compactMap { $0 }.joined(separator: "  ")
    }
    public var kioskOwnNotesHints: String {
        t("↑↓ vælg  Enter ret  d fjern  Tab/Esc tilbage  ", "↑↓ choose  Enter edit  d withdraw  Tab/Esc back  ") + kioskKeyLeave
    }
    public var kioskConfirmHints: String { t("j fjern  anden tast fortryd", "y withdraw  any other key cancels") }
    public func kioskListenHints(draft: Bool) -> String {
        (draft ? t("Esc ryd kladden  ", "Esc clear the draft  ") : t("Esc skift person  ", "Esc change person  ")) + kioskKeyLeave
    }
    public var kioskPickNameHints: String {
        t("Skriv søg  ↑↓ vælg  Enter vælg  Esc ryd  ", "Type to search  ↑↓ choose  Enter pick  Esc clear  ") + kioskKeyLeave
    }
    /// A new name typed that is (nearly) someone's on the list.
    public var kioskIsItYou: String {
        t("Er det dig? Vælg dit navn — eller »Jeg står ikke på listen« igen", "Is this you? Choose your name — or “I am not on the list” again")
    }
    /// Beside a name on the list: marked not in the room.
    public var kioskAbsentMark: String { t("meldt fraværende", "marked absent") }
    /// Someone marked absent picked their name.
    public func kioskMarkedPresent(_ name: String) -> String {
        t("Velkommen, \(name) — du var meldt fraværende og er nu meldt til stede",
          "Welcome, \(name) — you were marked absent and are now marked present")
    }
    public var kioskNewNameHints: String { t("Enter videre  Esc tilbage  ", "Enter next  Esc back  ") + kioskKeyLeave }
    public var kioskDepartmentHints: String { t("↑↓ vælg  Enter vælg  Esc tilbage  ", "↑↓ choose  Enter pick  Esc back  ") + kioskKeyLeave }

    /// "anonym" typed as a name: anonymity is the choice on the list.
    public func kioskAnonymousIsAChoice(_ typed: String) -> String {
        t("»\(typed)« er ikke et navn — tryk Esc og vælg »Skriv anonymt«",
          "“\(typed)” is not a name — press Esc and choose “Write anonymously”")
    }
}
