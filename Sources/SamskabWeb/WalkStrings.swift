/// The gallery walk's texts on the phone, as the wall and the station kiosk say them.
extension WebStrings {
    private func t(_ da: String, _ en: String) -> String { danish ? da : en }

    func round(_ number: Int, of count: Int) -> String { t("Runde \(number) af \(count)", "Round \(number) of \(count)") }
    func shiftsAt(_ time: String) -> String { t("skifter kl. \(time)", "moves on at \(time)") }
    func pairLabel(_ number: Int, _ names: [String]) -> String {
        t("Par \(number)", "Pair \(number)") + (names.isEmpty ? "" : ": " + names.joined(separator: " & "))
    }
    func standAt(_ station: String) -> String { t("Gå til \(station)", "Go to \(station)") }
    func nextStation(_ station: String) -> String { t("Derefter: \(station)", "Then: \(station)") }
    var nextReflection: String { t("Derefter: refleksion med din makker", "Then: reflection with your partner") }
    var nextEnd: String { t("Det er sidste runde", "This is the last round") }
    func boardTitle(_ station: String, _ discussion: String) -> String {
        t("Tavlen fra \(station) · \(discussion)", "The board of \(station) · \(discussion)")
    }
    var wholeBoard: String { t("Hele tavlen", "The whole board") }
    var stationEmpty: String { t("Bordet skrev ingen noter", "The table wrote no notes") }
    var keyPoint: String { t("hovedpointe", "key point") }
    func plusOnes(_ count: Int) -> String { "+1 ×\(count)" }
    var givePlusOne: String { t("+1", "+1") }
    var plusOneAlready: String { t("I har givet +1 ✓", "You gave it +1 ✓") }
    var comment: String { t("Kommentér", "Comment") }
    var commentWholeBoard: String { t("Kommentér hele tavlen", "Comment on the whole board") }
    var commentLabel: String { t("Jeres kommentar", "Your comment") }
    var commentSaveButton: String { t("Gem kommentar", "Save comment") }
    func commentSaved(_ names: String?) -> String {
        t("Kommentaren er gemt ✓", "The comment is saved ✓") + (names.map { t(" — fra \($0)", " — from \($0)") } ?? "")
    }
    func plusOneGiven(_ names: String?) -> String {
        t("+1 givet ✓", "+1 given ✓") + (names.map { t(" — fra \($0)", " — from \($0)") } ?? "")
    }
    var walkNeedsName: String {
        t("Fernisering: vælg dit navn for at se jeres tavle og kommentere (Ikke mig → dit navn)",
          "Gallery walk: pick your name to see your board and comment (Not me → your name)")
    }
    var notInAPair: String {
        t("Du går ikke i et par på denne fernisering — spørg facilitatoren, som kan sætte dig i et par. Imens kan du skrive en note herunder.",
          "You do not walk in a pair on this gallery walk — ask the facilitator, who can put you in one. Meanwhile you can write a note below.")
    }
    var markedAbsent: String {
        t("Du er meldt fraværende, så du går ikke i et par. Er du her? Meld dig til stede, og spørg facilitatoren om et par.",
          "You are marked absent, so you do not walk in a pair. Are you here? Say so, and ask the facilitator for a pair.")
    }
    var imHere: String { t("Jeg er her", "I am here") }
    var notOnTheWalk: String { t("Den note er ikke på fernisering nu", "That note is not on the gallery walk now") }
    var reflectionRound: String { t("Refleksion: drøft spørgsmålet med din makker, og skriv jeres svar", "Reflection: discuss the question with your partner, and write your answer") }
}
