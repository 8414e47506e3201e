import Plot
import SamskabModel
import SamskabSession

/// One of your own notes in an editor.
enum EditPage {
    static func render(state: SessionState, note: Note, token: String, flash: Device.Flash?) -> String {
        let words = WebStrings(language: state.workshop.language)
        return PageLayout.document(title: words.editHeading, language: state.workshop.language, version: nil, body: .main(
            .h1(.text(words.editHeading)),
            PageLayout.flash(flash),
            .form(
                .method(.post), .action("/notes/edit"), .class("note"),
                PageLayout.token(token),
                PageLayout.hidden("note", note.id),
                .label(.for("text"), .text(words.noteLabel)),
                .textarea(.id("text"), .name("text"), .attribute(named: "rows", value: "5"),
                          .attribute(named: "maxlength", value: "2000"), .required(true), .text(note.text)),
                .p(.class("counter"), .id("counter"), .attribute(named: "aria-live", value: "polite"), .text("\(note.text.count)/500")),
                .button(.type(.submit), .text(words.save))
            ),
            .p(.a(.href("/"), .text(words.cancel)))
        ))
    }

    /// "Withdraw your note?", as the kiosk asks before it withdraws one: the note, then yes or cancel.
    static func confirmWithdraw(state: SessionState, note: Note, token: String) -> String {
        let words = WebStrings(language: state.workshop.language)
        return PageLayout.document(title: words.confirmWithdraw, language: state.workshop.language, version: nil, body: .main(
            .h1(.text(words.confirmWithdraw)),
            .div(.class("card"), .p(.class("text"), .text(note.text))),
            .form(
                .method(.post), .action("/notes/withdraw"),
                PageLayout.token(token),
                PageLayout.hidden("note", note.id),
                .button(.type(.submit), .text(words.withdrawYes))
            ),
            .p(.a(.href("/"), .text(words.cancel)))
        ))
    }

    /// A short page for a refusal that has no page of its own (404, 413, …).
    static func message(_ text: String, language: SamskabModel.Language) -> String {
        let words = WebStrings(language: language)
        return PageLayout.document(title: text, language: language, version: nil, body: .main(
            .h1(.text(text)),
            .p(.a(.href("/"), .text(words.back)))
        ))
    }
}
