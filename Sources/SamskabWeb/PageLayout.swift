import Plot
import SamskabModel

/// The frame every page shares: one stylesheet, one small script, nothing fetched from elsewhere.
/// Plot escapes every text node; attribute values it writes as given, so every value from outside
/// goes through `Escape.attribute` (the helpers below do it), and nothing is pasted as raw HTML.
enum PageLayout {
    static func document(title: String, language: SamskabModel.Language, version: String?, body: Node<HTML.BodyContext>) -> String {
        let html = HTML(
            .lang(language == .danish ? .danish : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: title),
                .link(.rel(.stylesheet), .href("/style.css"))
            ),
            .body(
                // What the page shows (`LiveVersion`): the script compares it with the live one.
                .unwrap(version) { .attribute(named: "data-seq", value: Escape.attribute($0)) },
                body,
                .script(.attribute(named: "src", value: "/app.js"), .attribute(named: "defer", value: "defer"))
            )
        )
        return html.render()
    }

    /// The form's hidden token: a form posted without it (from another site) is refused.
    static func token(_ value: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name("token"), .value(Escape.attribute(value)))
    }

    static func hidden(_ name: String, _ value: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(name), .value(Escape.attribute(value)))
    }

    static func flash(_ flash: Device.Flash?) -> Node<HTML.BodyContext> {
        .unwrap(flash) { flash in
            .p(.class(flash.isError ? "flash error" : "flash"), .attribute(named: "role", value: flash.isError ? "alert" : "status"),
               .text(flash.text))
        }
    }
}

enum Escape {
    /// A value safe inside a double-quoted attribute.
    static func attribute(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
