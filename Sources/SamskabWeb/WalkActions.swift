import Hummingbird
import Plot
import SamskabModel
import SamskabSession

/// The walk's forms: a comment on a note or a whole board, and a +1, from the person this phone
/// is, for their pair. The engine credits the pair (both names) and keeps one +1 per pair per
/// note; the page checks only that the note is on the walk's boards and that the person walks
/// in a pair, to say so plainly, as the station kiosk does.
extension WebApp {
    /// What a comment or +1 is about, read from the form (`note`, or `table` for a whole board).
    struct WalkTarget {
        var target: CommentTarget
        /// The note (or the board) as people read it.
        var subject: String
        var comments: [GalleryComment]
    }

    /// The walk now and this person's place in it: the gallery item, the person and their pair.
    func walker(_ device: Device, state: SessionState) -> (gallery: Gallery, person: String, pair: Int)? {
        guard case .person(let id) = device.identity, let gallery = state.gallery(item: state.position),
              let group = state.pairPlans[state.position]?.group(of: id) else { return nil }
        return (gallery, id, group + 1)
    }

    func walkTarget(_ form: FormBody, gallery: Gallery, state: SessionState) -> WalkTarget? {
        let visited = gallery.visitsItem
        if let id = form["note"], id.utf8.count <= 24 {
            guard let note = state.notes[id], !note.withdrawn, note.item == visited else { return nil }
            return WalkTarget(target: .note(id), subject: state.keyPoints[id]?.text ?? note.text, comments: state.comments(on: id))
        }
        guard let typed = form["table"], typed.utf8.count <= 4, let table = Int(typed),
              state.tablePlans[visited]?.table(number: table) != nil else { return nil }
        return WalkTarget(target: .board(item: visited, table: table), subject: words.wholeBoard + " · " + state.stationName(table, visited: visited),
                          comments: state.comments(onBoard: visited, table: table))
    }

    /// Why a walk form cannot be taken from this phone now, in the workshop's language.
    func walkRefusal(_ device: Device, state: SessionState) -> String {
        guard case .person(let id) = device.identity else { return words.walkNeedsName }
        if state.participants[id]?.absent == true { return words.markedAbsent }
        return state.gallery(item: state.position) == nil ? words.notOnTheWalk : words.notInAPair
    }

    func commentPage(_ request: Request) async -> Response {
        guard let device = await knownDevice(request), device.admitted, device.identity != nil else { return Self.redirect("/") }
        let state = store.current()
        let query = Self.query(request) ?? FormBody(pairs: [])
        guard let walk = walker(device, state: state) else { return await flash(device, walkRefusal(device, state: state)) }
        guard let target = walkTarget(query, gallery: walk.gallery, state: state) else { return await flash(device, words.notOnTheWalk) }
        let draft = await devices.update(device.id) { device in
            defer { device.commentDraft = nil }
            return device.commentDraft
        } ?? nil
        let flash = await devices.takeFlash(device.id)
        var hidden: (String, String) = ("note", "")
        switch target.target {
        case .note(let id): hidden = ("note", id)
        case .board(_, let table): hidden = ("table", String(table))
        }
        let text = draft ?? ""
        return Self.html(PageLayout.document(title: words.comment, language: language, version: nil, body: .main(
            .h1(.text(words.comment)),
            PageLayout.flash(flash),
            .div(.class("card"), .p(.class("text"), .text(target.subject)), WalkSection.comments(target.comments, state: state)),
            .form(
                .method(.post), .action("/walk/comment"), .class("note"),
                PageLayout.token(device.token),
                PageLayout.hidden(hidden.0, hidden.1),
                .label(.for("text"), .text(words.commentLabel)),
                .textarea(.id("text"), .name("text"), .attribute(named: "rows", value: "4"),
                          .attribute(named: "maxlength", value: "2000"), .required(true), .text(text)),
                .p(.class("counter"), .id("counter"), .attribute(named: "aria-live", value: "polite"), .text("\(text.count)/500")),
                .button(.type(.submit), .text(words.commentSaveButton))
            ),
            .p(.a(.href("/#walk"), .text(words.cancel)))
        )))
    }

    func addComment(_ device: Device, _ form: FormBody) async -> Response {
        let state = store.current()
        guard let walk = walker(device, state: state) else { return await flash(device, walkRefusal(device, state: state)) }
        guard let target = walkTarget(form, gallery: walk.gallery, state: state) else { return await flash(device, words.notOnTheWalk) }
        let text = form["text"] ?? ""
        let back = "/walk/comment?" + (form["note"].map { "note=" + Self.queryValue($0) } ?? "table=" + Self.queryValue(form["table"] ?? ""))
        guard await devices.allowNote(device.id) else { return await keepComment(device, text, words.tooManyNotes, to: back) }
        let command = Command.addComment(target: target.target, text: text, author: .person(id: walk.person))
        switch await store.submit(command, by: .participant(id: walk.person), danish: words.danish) {
        case .refused(let why):
            return await keepComment(device, text, why, to: back)
        case .saved(let record):
            let after = store.current()
            let names = after.comments[SessionState.commentID(sequence: record.sequence)].flatMap { after.authorName(of: $0) }
            await devices.update(device.id) { $0.flash = Device.Flash(text: words.commentSaved(names), isError: false) }
            return Self.redirect("/#walk")
        }
    }

    func plusOne(_ device: Device, _ form: FormBody) async -> Response {
        let state = store.current()
        guard let walk = walker(device, state: state) else { return await flash(device, walkRefusal(device, state: state), to: "/#walk") }
        guard let target = walkTarget(form, gallery: walk.gallery, state: state), case .note(let note) = target.target else {
            return await flash(device, words.notOnTheWalk, to: "/#walk")
        }
        switch await store.submit(.plusOne(note: note, participant: walk.person), by: .participant(id: walk.person), danish: words.danish) {
        case .refused(let why):
            return await flash(device, why, to: "/#walk")
        case .saved:
            let names = state.pairPlans[state.position]?.groups[safe: walk.pair - 1]?.compactMap { state.participants[$0]?.name }
            await devices.update(device.id) {
                $0.flash = Device.Flash(text: words.plusOneGiven(names.map { $0.joined(separator: " & ") }), isError: false)
            }
            return Self.redirect("/#note-" + note)
        }
    }

    func keepComment(_ device: Device, _ text: String, _ why: String, to location: String) async -> Response {
        await devices.update(device.id) { device in
            device.commentDraft = String(text.prefix(NoteText.maximumBytes))
            device.flash = Device.Flash(text: why, isError: true)
        }
        return Self.redirect(location)
    }
}
