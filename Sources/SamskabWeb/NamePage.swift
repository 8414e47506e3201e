import Plot
import SamskabModel
import SamskabSession

/// "Hvem er du?": find your name with the engine's name search (ranking, folding, absent people
/// last and marked), add yourself with your department, or write anonymously.
enum NamePage {
    /// The most names listed at once; a search narrows the rest.
    static let listed = 40

    static func render(state: SessionState, query: String, newName: String, token: String, flash: Device.Flash?) -> String {
        let workshop = state.workshop
        let words = WebStrings(language: workshop.language)
        let found = NameSearch.find(query, in: state)
        // "anonym" typed to search: writing anonymously comes first.
        let anonymousFirst = NameSearch.searchMeansNoName(query)
        let anonymous = anonymousSection(words: words, token: token)
        return PageLayout.document(title: words.whoAreYou, language: workshop.language, version: nil, body: .main(
            .h1(.text(words.whoAreYou)),
            PageLayout.flash(flash),
            // The other two ways in, without scrolling past the whole list.
            .p(.class("skip"), .a(.href("#new"), .text(words.notOnList)), .a(.href("#anonymous"), .text(words.writeAnonymously))),
            .if(anonymousFirst, anonymous),
            .form(
                .method(.get), .action("/"), .class("search"),
                .label(.for("q"), .text(words.searchLabel)),
                .input(.type(.search), .id("q"), .name("q"), .value(Escape.attribute(query)), .autocomplete(false),
                       .attribute(named: "maxlength", value: "80")),
                .button(.type(.submit), .text(words.search))
            ),
            .if(found.isEmpty, .p(.text(words.nobodyFound))),
            .form(
                .method(.post), .action("/me"), .class("people"),
                PageLayout.token(token),
                .forEach(found.prefix(listed)) { match in
                    personButton(match.person, state: state, words: words)
                }
            ),
            .if(found.count > listed, .p(.class("more"), .text(words.more(found.count - listed)))),
            newPersonSection(workshop: workshop, name: newName, words: words, token: token),
            .if(!anonymousFirst, anonymous)
        ))
    }

    static func personButton(_ person: Participant, state: SessionState, words: WebStrings) -> Node<HTML.FormContext> {
        .button(
            .type(.submit), .name("person"), .value(Escape.attribute(person.id)), .class(person.absent ? "person absent" : "person"),
            .text(person.name),
            .unwrap(person.department) { code in .span(.class("dept"), .text(" " + code)) },
            .if(person.absent, .span(.class("mark"), .text(" — " + words.absentMark)))
        )
    }

    static func newPersonSection(workshop: Workshop, name: String, words: WebStrings, token: String) -> Node<HTML.BodyContext> {
        .section(
            .id("new"),
            .h2(.text(words.notOnList)),
            .form(
                .method(.post), .action("/me/new"),
                PageLayout.token(token),
                .label(.for("name"), .text(words.nameLabel)),
                .input(.type(.text), .id("name"), .name("name"), .value(Escape.attribute(name)), .autocomplete(false),
                       .attribute(named: "maxlength", value: "80"), .required(true)),
                .fieldset(
                    .element(named: "legend", text: words.departmentLabel),
                    .forEach(workshop.departments.enumerated()) { index, department in
                        .div(.class("choice"),
                             .input(.type(.radio), .id("department-\(index)"), .name("department"),
                                    .value(Escape.attribute(department.code)), .checked(index == 0)),
                             .label(.for("department-\(index)"), .text("\(department.code) — \(department.name)")))
                    },
                    .if(workshop.departments.isEmpty,
                        .div(.class("choice"),
                             .input(.type(.radio), .id("department-none"), .name("department"), .value(""), .checked(true)),
                             .label(.for("department-none"), .text(words.noDepartment))))
                ),
                .button(.type(.submit), .text(words.addMe))
            )
        )
    }

    static func anonymousSection(words: WebStrings, token: String) -> Node<HTML.BodyContext> {
        .section(
            .id("anonymous"),
            .h2(.text(words.anonymousHeading)),
            .form(
                .method(.post), .action("/me/anonymous"),
                PageLayout.token(token),
                .button(.type(.submit), .name("anonymous"), .value("1"), .text(words.writeAnonymously))
            )
        )
    }
}
