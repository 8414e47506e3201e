import SamskabModel

/// The texts of the gallery walk (fernisering) on the wall and at the stations, in Danish and English.
extension Strings {
    // The wall.
    public func round(_ number: Int, of count: Int) -> String { t("RUNDE \(number) AF \(count)", "ROUND \(number) OF \(count)") }
    public func reflectionRound(_ number: Int, of count: Int) -> String {
        t("REFLEKSION · runde \(number) af \(count)", "REFLECTION · round \(number) of \(count)")
    }
    public var walkOver: String { t("FERNISERINGEN ER SLUT", "THE WALK IS OVER") }
    public var shiftWord: String { t("SKIFT", "MOVE") }
    public var shiftNow: String { t("Skift nu: gå videre til jeres næste tavle", "Move now: go on to your next board") }
    public var shiftToReflection: String { t("Skift nu: drøft spørgsmålet med jeres makker", "Move now: discuss the question with your partner") }
    public func shiftsAt(_ time: String) -> String { t("skifter kl. \(time)", "moves on at \(time)") }
    public func pairLabel(_ number: Int) -> String { t("Par \(number)", "Pair \(number)") }
    public var stationNow: String { t("NU", "NOW") }
    public var stationNext: String { t("NÆSTE", "NEXT") }
    public var reflectionStation: String { t("Refleksion", "Reflection") }
    public var walkEnd: String { t("slut", "end") }
    public var noPairsYet: String { t("Ingen par endnu", "No pairs yet") }
    public var pressForPairs: String { t("Tryk g for at lave par på tværs af afdelinger", "Press g to make pairs across departments") }
    public func pairsAtBoards(_ pairs: Int, _ boards: Int) -> String {
        t("\(pairs) par · \(boards) tavler", "\(pairs) pairs · \(boards) boards")
    }
    public var walkKeys: String { t("S næste runde · G nye par · g tavlen", "S next round · G new pairs · g the board") }
    public func reflectionAnswers(_ count: Int) -> String {
        count == 1 ? t("1 svar ved kioskerne indtil nu · g viser dem", "1 answer at the kiosks so far · g shows it")
            : t("\(count) svar ved kioskerne indtil nu · g viser dem", "\(count) answers at the kiosks so far · g shows them")
    }
    public var reflectionWhere: String { t("Drøft med din makker, og skriv jeres svar ved en kiosk", "Discuss with your partner, and write your answer at a kiosk") }
    public var confirmReshufflePairs: String { t("Lav nye par? Alle får en ny makker og rute (j/n)", "New pairs? Everyone gets a new partner and route (y/n)") }
    public var confirmSkipRound: String { t("Spring til næste runde nu? (j/n)", "Skip to the next round now? (y/n)") }
    public var pairsPlanned: String { t("Parrene er klar", "The pairs are ready") }

    // The station kiosk.
    public var stationChoose: String { t("Hvilken tavle står I ved?", "Which board are you at?") }
    public var stationChooseHints: String { t("↑↓ vælg  Enter vælg  Ctrl-X afslut (kode)", "↑↓ choose  Enter pick  Ctrl-X leave (code)") }
    public var pairChoose: String { t("Hvilket par er I?", "Which pair are you?") }
    public var pairDueHere: String { t("ved denne tavle nu", "at this board now") }
    public var pairChooseFirst: String { t("Vælg jeres par med ↑↓, og tryk Enter", "Choose your pair with ↑↓, then press Enter") }
    public var pairHints: String { t("↑↓ vælg  Enter vælg  Esc tilbage  Ctrl-X afslut (kode)", "↑↓ choose  Enter pick  Esc back  Ctrl-X leave (code)") }
    public func stationTitle(_ station: String, _ discussion: String) -> String {
        t("Tavlen fra \(station) · \(discussion)", "The board of \(station) · \(discussion)")
    }
    public func youArePair(_ label: String) -> String { t("I er \(label)", "You are \(label)") }
    public var wholeBoard: String { t("Hele tavlen", "The whole board") }
    public var stationEmpty: String { t("Bordet skrev ingen noter", "The table wrote no notes") }
    public func plusOnes(_ count: Int) -> String { "+1 ×\(count)" }
    public func commentCount(_ count: Int) -> String {
        count == 1 ? t("1 kommentar", "1 comment") : t("\(count) kommentarer", "\(count) comments")
    }
    public var stationHints: String {
        t("↑↓ vælg  Enter kommentér  + giv +1  Esc næste par  Ctrl-X afslut (kode)",
          "↑↓ choose  Enter comment  + give +1  Esc next pair  Ctrl-X leave (code)")
    }
    public var commentHints: String { t("Enter gem  Ctrl-J ny linje  Esc fortryd", "Enter save  Ctrl-J new line  Esc cancel") }
    public func commentOn(_ what: String) -> String { t("Kommentar til: \(what)", "Comment on: \(what)") }
    public var commentLabel: String { t("Jeres kommentar", "Your comment") }
    public var plusOneOnBoard: String { t("Vælg en note med ↑↓ for at give den +1", "Choose a note with ↑↓ to give it a +1") }
    public var plusOneGiven: String { t("+1 givet ✓", "+1 given ✓") }
    public var commentSaved: String { t("Kommentaren er gemt ✓", "The comment is saved ✓") }
}
