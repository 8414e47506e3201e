import Plot
import SamskabModel
import SamskabSession

/// What a person sees once they are someone: the current item; on a talk or a break what is
/// happening and when notes open again; where notes are taken the questions, a note form and
/// their own notes in this item (edit, withdraw).
struct RoomPage {
    var state: SessionState
    var device: Device
    var flash: Device.Flash?
    var now: Timestamp
    var utcOffsetSeconds: Int
    /// A note given back to the editor (refused, or the room moved on), with its question. After a
    /// save there is none: the question starts again from general, as at the kiosk.
    var draft: Device.Draft?

    var words: WebStrings { WebStrings(language: state.workshop.language) }

    func render() -> String {
        let item = state.currentItem
        let walk = WalkSection(state: state, device: device, words: words, now: now, utcOffsetSeconds: utcOffsetSeconds).render()
        let voting = VotingSection(state: state, device: device, words: words, flash: flash?.ballot == nil ? nil : flash)
        let takesNotes = !item.questions.isEmpty && walk.takesNotes
        return PageLayout.document(title: item.title, language: state.workshop.language, version: LiveVersion.of(state, at: now), body: .group(
            .header(
                .p(.class("who"), .text(who)),
                .form(.method(.post), .action("/not-me"), .class("not-me"),
                      PageLayout.token(device.token),
                      .button(.type(.submit), .text(words.notMe)))
            ),
            .main(
                .p(.class("live"), .id("live"), .attribute(named: "hidden", value: "hidden"),
                   .text(words.roomMoved + " "), .a(.href("/"), .text(words.reload))),
                .p(.class("kind"), .text(words.kind(item.kind))),
                .h1(.text(item.title)),
                // During a voting its box comes first; the note form stays a tap away.
                .if(voting.isShown && takesNotes, .p(.class("skip"), .a(.href("#note"), .text(words.toNoteForm)))),
                PageLayout.flash(voting.isShown && flash?.ballot != nil ? nil : flash),
                voting.render(),
                walk.section,
                item.questions.isEmpty ? waiting(item) : takesNotes ? writing(item) : .empty
            )
        ))
    }

    var who: String {
        switch device.identity {
        case .person(let id): words.youAre(state.participants[id]?.name ?? id)
        case .anonymous, nil: words.youAreAnonymous
        }
    }

    /// A talk or a break: what is happening and when notes open again.
    func waiting(_ item: ProgramItem) -> Node<HTML.BodyContext> {
        let opens = notesOpenAt().map(\.description)
        if item.kind == .pause {
            return .p(.class("notice"), .text(opens.map { words.breakUntil(breakEnds().description, opens: $0) } ?? words.noMoreNotes))
        }
        var speaker: String?
        if case .talk(let talk) = item.content { speaker = talk.speaker }
        return .group(
            .unwrap(speaker) { .p(.class("speaker"), .text($0)) },
            .p(.class("notice"), .text(words.listen)),
            .unwrap(opens) { .p(.class("opens"), .text(words.opensAt($0))) }
        )
    }

    func writing(_ item: ProgramItem) -> Node<HTML.BodyContext> {
        let own = ownNotes
        return .group(
            .if(isReflection, .p(.class("notice"), .text(words.reflectionRound))),
            .if(item.anonymousByDefault, .p(.class("anon-item"), .text(words.anonymousItem))),
            .form(
                .method(.post), .action("/notes"), .class("note"), .id("note"),
                PageLayout.token(device.token),
                PageLayout.hidden("item", String(state.position)),
                questionChoice(item),
                .label(.for("text"), .text(words.noteLabel)),
                .textarea(.id("text"), .name("text"), .attribute(named: "rows", value: "5"),
                          .attribute(named: "maxlength", value: "2000"), .required(true), .text(draft?.text ?? "")),
                .p(.class("counter"), .id("counter"), .attribute(named: "aria-live", value: "polite"),
                   .text("\((draft?.text ?? "").count)/500")),
                .button(.type(.submit), .text(words.save))
            ),
            .if(!own.isEmpty, .section(
                .h2(.text(words.ownNotes)),
                .ul(.class("own"), .forEach(own) { note in
                    .li(
                        .unwrap(note.question.flatMap { item.questions.indices.contains($0 - 1) && item.questions.count > 1 ? $0 : nil }) {
                            .p(.class("q"), .text("\($0). " + item.questions[$0 - 1]))
                        },
                        .p(.class("text"), .text(note.text)),
                        .div(.class("actions"),
                             .a(.href("/edit?note=" + Escape.attribute(note.id)), .text(words.edit)),
                             // Asked first, as at the kiosk: a participant has no undo.
                             .a(.href("/notes/withdraw?note=" + Escape.attribute(note.id)), .text(words.withdraw)))
                    )
                })
            ))
        )
    }

    /// A gallery walk in a round for the reflection question.
    var isReflection: Bool {
        state.pairPlans[state.position] != nil && state.walkMoment(item: state.position, at: now)?.isReflection == true
    }

    /// The questions: one is simply shown; several are a choice (`question`), as at the kiosk:
    /// "general — no particular question" first and chosen, then the numbered questions; a note
    /// given back keeps the question it was for.
    func questionChoice(_ item: ProgramItem) -> Node<HTML.FormContext> {
        if item.questions.count == 1 {
            return .p(.class("question"), .text(item.questions[0]))
        }
        let chosen = draft?.question.flatMap { item.questions.indices.contains($0 - 1) ? $0 : nil } ?? 0
        return .fieldset(
            .element(named: "legend", text: words.questionLabel),
            .div(.class("choice"),
                 .input(.type(.radio), .id("question-0"), .name("question"), .value(""), .checked(chosen == 0)),
                 .label(.for("question-0"), .text(words.generalChoice))),
            .forEach(item.questions.enumerated()) { index, question in
                .div(.class("choice"),
                     .input(.type(.radio), .id("question-\(index + 1)"), .name("question"), .value(String(index + 1)),
                            .checked(chosen == index + 1)),
                     .label(.for("question-\(index + 1)"), .text("\(index + 1). \(question)")))
            }
        )
    }

    /// This person's notes in the current item, oldest first: written from this phone, or signed with their id.
    var ownNotes: [Note] {
        Self.ownNotes(state: state, device: device)
    }

    /// The notes this phone may change: those written from it. A name picked on a phone is the
    /// person's word, not a proof, so notes they signed elsewhere (a kiosk, the command line) stay
    /// theirs there — as a kiosk's sitting changes only what it wrote (`SittingRule`).
    static func ownNotes(state: SessionState, device: Device) -> [Note] {
        state.ownNotes(item: state.position, writtenHere: device.written, person: nil)
    }

    /// The phone as the engine's sitting: it may change only the notes written from it and take
    /// back only the dots placed from it.
    static func sitting(_ device: Device) -> Sitting {
        Sitting(since: 0, notes: device.written, dots: device.dots)
    }

    func breakEnds() -> ClockTime {
        now.adding(seconds: max(0, state.remainingSeconds(item: state.position, at: now)))
            .localClock(utcOffsetSeconds: utcOffsetSeconds)
    }

    /// When the next item that takes notes starts, as things stand (the engine's reckoning).
    func notesOpenAt() -> ClockTime? {
        state.secondsUntilNotesOpen(at: now).map { now.adding(seconds: $0).localClock(utcOffsetSeconds: utcOffsetSeconds) }
    }
}
