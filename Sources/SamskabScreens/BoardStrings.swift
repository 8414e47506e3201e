import SamskabModel

/// The texts of the board's paging, count and newest line, in Danish and English.
extension Strings {
    /// The wall's count agrees with `samskab status`: every note of the item, with those merged
    /// into a key point said as such (they stand with it, not on their own).
    public func notesCount(_ count: Int, merged: Int) -> String {
        merged > 0 ? notesCount(count) + t(" (\(merged) samlet)", " (\(merged) merged)") : notesCount(count)
    }
    public func pagesTurn(every seconds: Int) -> String {
        t("skifter hvert \(seconds). sek. (h holder)", "turns every \(seconds) s (h holds)")
    }
    public var pageHeld: String { t("holdt (h slipper · PgUp/PgDn)", "held (h releases · PgUp/PgDn)") }
    public var pageOfSelection: String { t("den valgte notes side (Esc slipper)", "the selected note's page (Esc releases)") }
    public var newestNote: String { t("Nyeste", "Newest") }
    public var merging: String { t("samles", "merging") }
    /// By table: the questions the post-its' "spm. 2" refer to.
    /// Under a talk's or a break's countdown: the item after it.
    public var comesNext: String { t("Derefter", "Next") }
    public var questionsLegend: String { t("Spørgsmål", "Questions") }
}
