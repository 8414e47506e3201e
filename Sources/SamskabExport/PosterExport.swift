import Foundation
import Plot
import SamskabModel
import SamskabSession

/// Posters of table boards, to hang up for a gallery walk in a room without a screen per table:
/// one HTML5 file, one landscape A4 page per table (`@page { size: A4 landscape }`), the table's
/// name and members at the top, then its notes by question in large type, key points marked by a
/// label and a heavy frame (not by colour alone). The text is set smaller only where a board holds
/// too much for one page at the largest size. Built with Plot, which escapes every text.
public enum PosterExport {
    /// The posters of the boards of `items` (discussions, in the order given).
    public static func render(_ summary: DaySummary, items: [Int]) -> String {
        let words = ExportStrings(summary.workshop.language)
        let title = words.posters + ": " + items.map { summary.workshop.program[$0].title }.joined(separator: ", ")
        return document(items.flatMap { TablePoster.posters(item: $0, summary: summary, words: words) },
                        title: title, language: summary.workshop.language)
    }

    /// The page holding the posters, each after the first starting a printed page.
    static func document(_ posters: [TablePoster], title: String, language: SamskabModel.Language) -> String {
        let words = ExportStrings(language)
        let html = HTML(
            .lang(language == .danish ? .danish : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: title),
                .style(PosterStylesheet.css)
            ),
            .body(
                .header(
                    .class("instructions"),
                    .h1(.text(title)),
                    .p(.text(words.posterInstructions))
                ),
                .main(.forEach(posters) { poster($0, words: words) })
            )
        )
        return html.render(indentedBy: .spaces(1)) + "\n"
    }

    static func poster(_ poster: TablePoster, words: ExportStrings) -> Node<HTML.BodyContext> {
        .section(
            .class("poster " + PosterSize(poster).rawValue),
            .header(
                .p(.class("item"), .text(poster.itemTitle)),
                .h2(.text(poster.title)),
                // A name is not broken across lines: its spaces are non-breaking.
                .if(!poster.members.isEmpty, .p(.class("members"), .text(poster.members.map {
                    $0.replacingOccurrences(of: " ", with: "\u{00A0}")
                }.joined(separator: " · "))))
            ),
            .if(poster.questions.isEmpty, .p(.class("empty"), .text(words.noNotes))),
            .div(.class("board"), .forEach(poster.questions) { question in
                .div(
                    .class("question"),
                    .h3(.text((poster.numbered && question.number > 0 ? "\(question.number). " : "") + question.text)),
                    .ul(.class("notes"), .forEach(question.notes) { note in
                        self.note(note, words: words)
                    })
                )
            })
        )
    }

    /// A note longer than this may continue in the next column, so that a few long notes do not
    /// leave half a page empty.
    static let longNote = 200

    static func note(_ note: TablePoster.PosterNote, words: ExportStrings) -> Node<HTML.ListContext> {
        .li(
            .class(["note", note.isKeyPoint ? "key-point" : nil, note.text.count > longNote ? "long" : nil]
                .compactMap { $0 }.joined(separator: " ")),
            .if(note.isKeyPoint, .p(.class("mark"), .text("◆ " + words.keyPoint))),
            .unwrap(note.group) { .p(.class("group"), .text($0)) },
            .p(.class("text"), .text(note.text))
        )
    }
}
