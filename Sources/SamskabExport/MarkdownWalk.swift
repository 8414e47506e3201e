import SamskabSession

/// The gallery walk in the Markdown summary: the pairs and their routes, and the comments
/// under the notes and boards they address.
extension MarkdownExport {
    /// "- **Par 1:** Åse Østergaard (MKB) + Bo Kjær (MBU) — Bord 2 → Bord 3 → refleksion", after
    /// a line on the rounds (nothing before the walk has pairs); emptied pairs are left out (the others keep their numbers).
    static func walk(of item: DaySummary.ItemSummary, summary: DaySummary, words: ExportStrings, into out: inout [String]) {
        guard let walk = item.walk else { return }
        out.append("### " + words.pairsAndRoutes)
        out.append("")
        out.append(words.rounds(walk.rounds, minutes: walk.stationMinutes, visiting: walk.visitingRounds))
        out.append("")
        for pair in walk.walkingPairs {
            let members = pair.members.map { escape(summary.member($0)) }.joined(separator: " + ")
            let route = pair.stops(reflection: words.reflectionRound).map(escape).joined(separator: " → ")
            out.append("- **" + words.pair(pair.number) + ":** " + members + (route.isEmpty ? "" : " — " + route))
        }
        out.append("")
    }

    /// A comment as an item nested under its note or table: "  - *Kommentar:* Godt set — *Åse Østergaard*".
    /// `indent`: the indentation of the note it is under (nested under a cluster), for its continuation lines.
    static func commentLine(_ comment: GalleryComment, label: String, summary: DaySummary, words: ExportStrings,
                            indent: String = "") -> String {
        let lines = comment.text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }
        return "  - *" + label + ":* " + lines.joined(separator: "\\\n    " + indent) + " — *" + escape(summary.commentAuthor(comment, words: words)) + "*"
    }
}
