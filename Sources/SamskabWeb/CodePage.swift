import Plot
import SamskabModel

/// The first page: the room code, shown on the wall.
enum CodePage {
    static func render(workshop: Workshop, token: String, flash: Device.Flash?) -> String {
        let words = WebStrings(language: workshop.language)
        return PageLayout.document(title: workshop.title, language: workshop.language, version: nil, body: .main(
            .h1(.text(workshop.title)),
            PageLayout.flash(flash),
            .form(
                .method(.post), .action("/code"),
                PageLayout.token(token),
                .label(.for("code"), .text(words.codeLabel)),
                .input(.type(.text), .id("code"), .name("code"), .attribute(named: "inputmode", value: "numeric"),
                       .attribute(named: "maxlength", value: "12"), .autocomplete(false), .required(true), .autofocus(true)),
                .button(.type(.submit), .text(words.codeEnter))
            )
        ))
    }
}
