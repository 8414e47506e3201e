import Plot
import SamskabSession

/// The gallery walk in the HTML summary: the pairs and their routes, +1s on the post-its, and
/// the comments under the notes and boards they address.
extension HTMLExport {
    /// The pairs with their members and route, after a line on the rounds; nothing before the
    /// walk has pairs. Emptied pairs are left out (the others keep their numbers).
    static func walk(of item: DaySummary.ItemSummary, summary: DaySummary, words: ExportStrings) -> Node<HTML.BodyContext> {
        .unwrap(item.walk) { walk in
            .div(
                .class("walk"),
                .h3(.text(words.pairsAndRoutes)),
                .p(.class("rounds"), .text(words.rounds(walk.rounds, minutes: walk.stationMinutes, visiting: walk.visitingRounds))),
                .ul(.class("pairs"), .forEach(walk.walkingPairs) { pair in
                    .li(
                        .strong(.text(words.pair(pair.number))),
                        .span(.class("members"), .text(pair.members.map(summary.member).joined(separator: " + "))),
                        .span(.class("route"), .text(pair.stops(reflection: words.reflectionRound).joined(separator: " → ")))
                    )
                })
            )
        }
    }

    /// "+3" on a post-it that pairs gave +1s; nothing without any.
    static func plusOnes(_ count: Int) -> Node<HTML.BodyContext> {
        .if(count > 0, .p(.class("plus-ones"), .text("+\(count)")))
    }

    /// Comments as a small list: "Kommentar: Godt set — Åse Østergaard".
    static func comments(_ comments: [GalleryComment], label: String, summary: DaySummary, words: ExportStrings) -> Node<HTML.BodyContext> {
        .if(!comments.isEmpty, .ul(.class("comments"), .forEach(comments) { comment in
            .li(
                .span(.class("label"), .text(label + ": ")),
                .span(.class("text"), .text(comment.text)),
                .span(.class("byline"), .text(" — " + summary.commentAuthor(comment, words: words)))
            )
        }))
    }
}
