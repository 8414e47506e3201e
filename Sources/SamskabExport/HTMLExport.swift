import Plot
import SamskabModel
import SamskabSession

/// The day's summary as one self-contained HTML5 file: inline CSS, nothing fetched, notes as
/// post-its (with the gallery walk's +1s and comments), an A4 print stylesheet. Built with Plot,
/// which escapes every text node, so a note such as `<script>alert(1)</script>` shows as text.
public enum HTMLExport {
    public static func render(_ summary: DaySummary) -> String {
        let words = ExportStrings(summary.workshop.language)
        let workshop = summary.workshop
        let facts = [workshop.subtitle, workshop.date?.spelled(in: workshop.language), workshop.place].compactMap { $0 }
        let html = HTML(
            .lang(workshop.language == .danish ? .danish : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: workshop.title),
                .style(HTMLStylesheet.css)
            ),
            .body(
                .header(
                    .h1(.text(workshop.title)),
                    .if(!facts.isEmpty, .p(.class("facts"), .text(facts.joined(separator: " · "))))
                ),
                .main(
                    keyPoints(summary, words: words),
                    nextSteps(summary, words: words),
                    participants(summary, words: words),
                    program(summary, words: words),
                    .forEach(summary.items.filter { !$0.item.questions.isEmpty }) { item(summary, $0, words: words) }
                )
            )
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    static func keyPoints(_ summary: DaySummary, words: ExportStrings) -> Node<HTML.BodyContext> {
        .section(
            .class("key-points"),
            .h2(.text(words.keyPoints)),
            .if(summary.keyPoints.isEmpty, .p(.text(words.noNotes))),
            .unwrap(summary.keyPointsByVotes && !summary.keyPoints.isEmpty ? summary.keyPointVoting : nil) {
                .p(.class("by-votes"), .text(words.keyPointsByVotes($0)))
            },
            .ol(.forEach(summary.keyPoints) { point in
                .li(
                    .strong(.text(point.text)),
                    .unwrap(summary.keyPointsByVotes ? point.votes : nil) { .span(.class("votes"), .text(" · " + words.votes($0))) },
                    .span(.class("byline"), .text(" — " + summary.byline(point.note, words: words) + ", " + point.itemTitle)),
                    .if(!point.merged.isEmpty, .span(.class("merged"),
                        .text(" (" + words.merged + ": " + point.merged.map { "“\($0.text)”" }.joined(separator: "; ") + ")")))
                )
            })
        )
    }

    static func nextSteps(_ summary: DaySummary, words: ExportStrings) -> Node<HTML.BodyContext> {
        .section(
            .class("next-steps"),
            .h2(.text(words.nextSteps)),
            .if(summary.nextSteps.isEmpty, .p(.text(words.noNotes))),
            .if(!summary.nextSteps.isEmpty, .table(
                .thead(.tr(.th(.text(words.what)), .th(.text(words.who)), .th(.text(words.when)))),
                .tbody(.forEach(summary.nextSteps) { step in
                    .tr(.td(.text(step.text)), .td(.text(step.owner ?? "")), .td(.class("when"), .text(step.due?.spelled(in: summary.workshop.language) ?? "")))
                })
            ))
        )
    }

    static func participants(_ summary: DaySummary, words: ExportStrings) -> Node<HTML.BodyContext> {
        .section(
            .class("participants"),
            .h2(.text(words.participantsPresent(summary.presentCount))),
            .dl(.forEach(summary.participantsByDepartment) { group in
                .group(
                    .dt(.text(group.department.map { "\($0.code) — \($0.name)" } ?? words.noDepartment)),
                    .dd(.text(group.names.joined(separator: ", ")))
                )
            }),
            .if(!summary.absentNames.isEmpty, .p(.class("absent"), .text(words.absent(summary.absentNames))))
        )
    }

    static func program(_ summary: DaySummary, words: ExportStrings) -> Node<HTML.BodyContext> {
        .section(
            .class("program"),
            .h2(.text(words.program)),
            .table(
                .thead(.tr(.th(.text("#")), .th(.text(words.planned)), .th(.text(words.held)), .th(.text(words.item)))),
                .tbody(.forEach(summary.items) { item in
                    .tr(
                        .td(.text(String(item.index))),
                        .td(.class("when"), .text(item.planned.map { "\($0) (\(item.item.minutes) min)" } ?? "\(item.item.minutes) min")),
                        .td(.class("when"), .text(item.actualStart.map { "\($0) (\(item.actualMinutes ?? 0) min)" } ?? "")),
                        .td(.if(words.titled(item.item) != item.item.title,
                                .span(.class("kind"), .text(words.kind(item.item.kind) + ": "))),
                            .text(item.item.title))
                    )
                })
            )
        )
    }

    static func item(_ summary: DaySummary, _ item: DaySummary.ItemSummary, words: ExportStrings) -> Node<HTML.BodyContext> {
        .section(
            .class(isQuiet(item) ? "item quiet" : "item"),
            .h2(.text("\(item.index). " + item.item.title)),
            .p(.class("kind"), .text(words.kind(item.item.kind))),
            .unwrap(item.voting) { .p(.class("voting"), .text(words.voting($0))) },
            tables(of: item, summary: summary, words: words),
            walk(of: item, summary: summary, words: words),
            .forEach(item.questions) { question in
                .div(
                    .class("question"),
                    .h3(.text((item.item.kind == .gallery ? words.reflection + ": " : "")
                              + (item.questions.count > 1 ? "\(question.number). " : "") + question.text)),
                    board(question.notes, summary: summary, words: words)
                )
            },
            .if(!item.general.isEmpty, .div(.class("question"), .h3(.text(words.general)),
                                             board(item.general, summary: summary, words: words)))
        )
    }

    /// An item without notes, tables or a walk: in print it follows on the page before instead of starting one.
    static func isQuiet(_ item: DaySummary.ItemSummary) -> Bool {
        item.questions.allSatisfy(\.notes.isEmpty) && item.general.isEmpty && item.tables.isEmpty && item.walk == nil
    }

    /// Who sat at which table, tables in number order, as a compact grid of small cards, each with
    /// the gallery walk's comments on its whole board.
    static func tables(of item: DaySummary.ItemSummary, summary: DaySummary, words: ExportStrings) -> Node<HTML.BodyContext> {
        .if(!item.tables.isEmpty, .div(
            .class("tables"),
            .h3(.text(words.tables)),
            .ul(.forEach(item.tables) { table in
                .li(
                    .strong(.text(table.name)),
                    .span(.class("members"),
                          .text(table.members.isEmpty ? words.nobodySeated : table.members.map(summary.member).joined(separator: ", "))),
                    comments(summary.feedback.comments(onBoard: item.index - 1, table: table.number),
                             label: words.boardComment, summary: summary, words: words)
                )
            })
        ))
    }

    /// A question's notes as one grid of post-its: those without a table first, then table by
    /// table in number order, each post-it labelled with its table; a cluster as a labelled box
    /// across the grid with its post-its inside, where its first note's table has it.
    static func board(_ notes: [Note], summary: DaySummary, words: ExportStrings) -> Node<HTML.BodyContext> {
        if notes.isEmpty { return .p(.class("empty"), .text(words.noNotes)) }
        let units = summary.byGroup(notes).flatMap { BoardModel.units($0.notes, state: summary.state) }
        return .ul(.class("board"), .forEach(units) { unit in
            switch unit {
            case .note(let note):
                return postit(note, votes: summary.votes(of: note), summary: summary, words: words)
            case .cluster(let cluster, _):
                // All its notes, those merged into a key point too.
                let votes = summary.votes(of: cluster)
                return .li(
                    .class("cluster"),
                    .p(.class("cluster-name"),
                       .span(.class("label"), .text(words.cluster + ": ")), .strong(.text(cluster.name)),
                       .if(votes > 0, .span(.class("votes"), .text(words.votes(votes))))),
                    .ul(.class("board stack"), .forEach(summary.state.liveNotes(of: cluster)) { postit($0, votes: 0, summary: summary, words: words) })
                )
            }
        })
    }

    /// One post-it: its table, text, byline, votes, +1s and comments.
    static func postit(_ note: Note, votes: Int, summary: DaySummary, words: ExportStrings) -> Node<HTML.ListContext> {
        .li(
            .class(summary.state.keyPoints[note.id] != nil ? "note key-point" : "note"),
            .unwrap(summary.state.groupName(of: note)) { .p(.class("table"), .text($0)) },
            .p(.class("text"), .text(note.text)),
            .p(.class("byline"), .text("— " + summary.byline(note, words: words))),
            .if(votes > 0, .p(.class("votes"), .text(words.votes(votes)))),
            plusOnes(summary.plusOnes(standingWith: note)),
            comments(summary.comments(standingWith: note), label: words.comment, summary: summary, words: words)
        )
    }
}
