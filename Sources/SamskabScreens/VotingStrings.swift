import SamskabModel
import SamskabSession

/// The words of dot voting, clusters and the closing view on the wall.
extension Strings {
    func votes(_ count: Int) -> String { t(count == 1 ? "1 stemme" : "\(count) stemmer", count == 1 ? "1 vote" : "\(count) votes") }
    func clusterNotes(_ count: Int) -> String { t(count == 1 ? "1 note" : "\(count) noter", count == 1 ? "1 note" : "\(count) notes") }
    var marked: String { t("markeret", "marked") }

    /// The board's status while voting: what is set up, how many have voted, what `v` does next.
    func votingStatus(_ voting: Voting, voters: Int) -> String {
        let cap = voting.maxPerNote.map { t(", højst \($0) på én", ", at most \($0) on one") } ?? ""
        let who = t(voters == 1 ? "1 har stemt" : "\(voters) har stemt", voters == 1 ? "1 has voted" : "\(voters) have voted")
        let on = voting.target == .keyPoints ? t(" om hovedpointerne", " on the key points") : ""
        if voting.isOpen {
            return t("Afstemning\(on) åben: \(voting.dots) prikker hver\(cap) · \(who) · v lukker",
                     "Voting\(on) open: \(voting.dots) dots each\(cap) · \(who) · v closes")
        }
        if !voting.revealed { return t("Afstemningen\(on) er lukket · \(who) · v viser stemmerne", "Voting\(on) closed · \(who) · v shows the votes") }
        return t("Stemmerne vises\(on) · \(who) · flest stemmer først", "Votes shown\(on) · \(who) · most votes first")
    }


    // Clusters.
    var promptClusterName: String { t("Klynge (navn; et eksisterende samler dem dér): ", "Cluster (name; an existing one gathers them there): ") }
    var promptClusterRename: String { t("Klyngens nye navn: ", "The cluster's new name: ") }
    func markedCount(_ count: Int) -> String {
        t("\(count) markeret · C samler dem i en klynge · c fjerner mærket",
          "\(count) marked · C gathers them in a cluster · c unmarks")
    }
    var notInCluster: String { t("Den valgte note er ikke i en klynge", "The selected note is in no cluster") }
    var chooseClusterTarget: String {
        t("Vælg en note i den klynge, den skal flettes ind i (piletaster), Enter — Esc fortryder",
          "Choose a note in the cluster to merge into (arrows), Enter — Esc cancels")
    }

    // The closing view.
    var closingTitle: String { t("Dagens hovedpointer", "The day's key points") }
    var closingClose: String { t("A eller Esc lukker", "A or Esc closes") }
    var closingNoKeyPoints: String { t("Ingen hovedpointer endnu — markér dem med k på tavlen", "No key points yet — mark them with k on the board") }
    var closingOffered: String {
        t("Sidste punkt: dagens hovedpointer og næste skridt står på væggen — A skifter", "Last item: the day's key points and next steps are on the wall — A switches")
    }
    var closingOfferedBeside: String {
        t("Sidste punkt: A viser dagens hovedpointer og næste skridt", "Last item: A shows the day's key points and next steps")
    }
    var closingHint: String { t("A viser dagens hovedpointer og næste skridt", "A shows the day's key points and next steps") }
    func closingPage(_ page: Int, of pages: Int) -> String { t("side \(page) af \(pages) · PgUp/PgDn", "page \(page) of \(pages) · PgUp/PgDn") }
    func fromItem(_ title: String) -> String { t("fra: \(title)", "from: \(title)") }
}
