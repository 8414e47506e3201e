import SamskabModel

/// The words of the next-steps view (`N`) and of a resumed rehearsal.
extension Strings {
    var nextStepsTitle: String { language == .danish ? "Næste skridt" : "Next steps" }
    var nextStepsNone: String {
        language == .danish ? "Ingen næste skridt endnu — t skriver et" : "No next steps yet — t records one"
    }
    var nextStepsOwner: String { language == .danish ? "Hvem" : "Who" }
    var nextStepsDue: String { language == .danish ? "Senest" : "By" }
    var nextStepsClose: String { language == .danish ? "N eller Esc lukker" : "N or Esc closes" }
    func nextStepsPage(_ page: Int, of pages: Int) -> String {
        language == .danish ? "side \(page) af \(pages) · PgUp/PgDn" : "page \(page) of \(pages) · PgUp/PgDn"
    }
}
