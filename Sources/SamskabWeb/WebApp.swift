import Foundation
import Hummingbird
import SamskabFiles
import SamskabModel
import SamskabSession

/// The phone page's routes. Every page is rendered from the state as the journal has it now;
/// every form builds one of the engine's commands, for a participant, and answers only once the
/// engine's answer is in (a note: once it is durable). Nothing here moves the program, touches
/// another person's note or reveals a vote: those commands are never built, and the engine
/// refuses them from a participant anyway.
public struct WebApp: Sendable {
    public let store: SessionStore
    public let code: String
    let devices: Devices
    let attempts: CodeAttempts
    let streams: StreamCount

    public init(store: SessionStore, code: String) {
        self.store = store
        self.code = code
        self.devices = Devices(folder: store.path, people: Set(store.current().participants.keys))
        self.attempts = CodeAttempts()
        self.streams = StreamCount()
    }

    var language: SamskabModel.Language { store.workshop.language }
    var words: WebStrings { WebStrings(language: language) }
    static let cookieName = "samskab_device"

    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: LimitsMiddleware<WebContext>())
        router.get("/") { request, _ in await self.home(request) }
        router.get("/style.css") { _, _ in Self.asset(Assets.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/app.js") { _, _ in Self.asset(Assets.script, type: "text/javascript; charset=utf-8") }
        router.get("/edit") { request, _ in await self.editPage(request) }
        router.get("/notes/withdraw") { request, _ in await self.withdrawPage(request) }
        router.get("/events") { request, _ in await self.events(request) }
        router.post("/code") { request, context in await self.enter(request, address: context.remoteAddress ?? "?") }
        router.post("/me") { request, _ in await self.form(request) { device, form in await self.choosePerson(device, form) } }
        router.post("/me/new") { request, _ in await self.form(request) { device, form in await self.addPerson(device, form) } }
        router.post("/me/anonymous") { request, _ in await self.form(request) { device, form in await self.chooseAnonymous(device, form) } }
        router.post("/not-me") { request, _ in await self.form(request) { device, _ in await self.notMe(device) } }
        router.post("/notes") { request, _ in await self.form(request) { device, form in await self.addNote(device, form) } }
        router.post("/notes/edit") { request, _ in await self.form(request) { device, form in await self.editNote(device, form) } }
        router.post("/vote") { request, _ in await self.form(request) { device, form in await self.vote(device, form) } }
        router.get("/walk/comment") { request, _ in await self.commentPage(request) }
        router.post("/walk/comment") { request, _ in await self.form(request) { device, form in await self.addComment(device, form) } }
        router.post("/walk/plus-one") { request, _ in await self.form(request) { device, form in await self.plusOne(device, form) } }
        router.post("/notes/withdraw") { request, _ in await self.form(request) { device, form in await self.withdrawNote(device, form) } }
        return router
    }

    // MARK: Pages

    func home(_ request: Request) async -> Response {
        let (device, cookie) = await deviceOrNew(request)
        let flash = await devices.takeFlash(device.id)
        guard device.admitted else {
            return Self.html(CodePage.render(workshop: store.workshop, token: device.token, flash: flash), cookie: cookie)
        }
        let state = store.current()
        guard device.identity != nil else {
            let query = Self.bounded(Self.query(request)?["q"], 80)
            let newName = await devices.update(device.id) { $0.pendingName } ?? nil
            return Self.html(NamePage.render(state: state, query: query, newName: newName ?? "", token: device.token, flash: flash),
                             cookie: cookie)
        }
        let draft = await devices.update(device.id) { device in
            defer { device.draft = nil }
            return device.draft
        } ?? nil
        let now = SystemClock.now()
        var page = RoomPage(state: state, device: device, flash: flash, now: now, utcOffsetSeconds: SystemClock.utcOffset(at: now))
        page.draft = draft
        return Self.html(page.render(), cookie: cookie)
    }

    func editPage(_ request: Request) async -> Response {
        await ownNotePage(request) { device, state, note in
            EditPage.render(state: state, note: note, token: device.token, flash: await devices.takeFlash(device.id))
        }
    }

    func withdrawPage(_ request: Request) async -> Response {
        await ownNotePage(request) { device, state, note in
            EditPage.confirmWithdraw(state: state, note: note, token: device.token)
        }
    }

    /// A page about one of this person's notes in the current item (`?note=`); 403 for anyone else's.
    func ownNotePage(_ request: Request, _ render: (Device, SessionState, Note) async -> String) async -> Response {
        guard let device = await knownDevice(request), device.admitted, device.identity != nil else { return Self.redirect("/") }
        let state = store.current()
        let id = Self.bounded(Self.query(request)?["note"], 24)
        guard let note = state.notes[id], !note.withdrawn, RoomPage.ownNotes(state: state, device: device).contains(note) else {
            return Self.html(EditPage.message(words.notYours, language: language), status: .forbidden)
        }
        return Self.html(await render(device, state, note))
    }

    // MARK: Forms

    /// A posted form: from a known device, with its token, within the body limit; an admitted
    /// device for everything but the room code.
    func form(_ request: Request, _ handle: (Device, FormBody) async -> Response) async -> Response {
        guard let (device, form) = await readForm(request) else { return await expired(request) }
        guard device.admitted else { return Self.redirect("/") }
        return await handle(device, form)
    }

    func readForm(_ request: Request) async -> (Device, FormBody)? {
        guard let device = await knownDevice(request) else { return nil }
        guard let body = try? await request.body.collect(upTo: WebLimits.bodyBytes), let form = FormBody(body.readableBytesView),
              let token = form["token"], Self.constantTimeEqual(token, device.token) else { return nil }
        return (device, form)
    }

    /// A form without a known device or a matching token: a new start, said plainly.
    func expired(_ request: Request) async -> Response {
        let (device, cookie) = await deviceOrNew(request)
        _ = device
        return Self.html(EditPage.message(words.expiredForm, language: language), status: .forbidden, cookie: cookie)
    }

    func enter(_ request: Request, address: String) async -> Response {
        guard let (device, form) = await readForm(request) else { return await expired(request) }
        guard await attempts.mayTry(address) else {
            return Self.html(CodePage.render(workshop: store.workshop, token: device.token,
                                             flash: Device.Flash(text: words.tooManyCodes, isError: true)), status: .tooManyRequests)
        }
        let typed = (form["code"] ?? "").filter { !$0.isWhitespace }
        guard Self.constantTimeEqual(typed, code) else {
            await attempts.failed(address)
            return Self.html(CodePage.render(workshop: store.workshop, token: device.token,
                                             flash: Device.Flash(text: words.wrongCode, isError: true)), status: .forbidden)
        }
        await devices.update(device.id) { $0.admitted = true }
        return Self.redirect("/")
    }

    // MARK: Helpers

    func knownDevice(_ request: Request) async -> Device? {
        await devices.device(Self.cookie(Self.cookieName, in: request.headers))
    }

    /// The device of the request's cookie, or a new one with the cookie to set.
    func deviceOrNew(_ request: Request) async -> (Device, String?) {
        if let device = await knownDevice(request) { return (device, nil) }
        let device = await devices.create()
        return (device, "\(Self.cookieName)=\(device.id); Path=/; HttpOnly; SameSite=Strict; Max-Age=86400")
    }

    static func cookie(_ name: String, in headers: HTTPFields) -> String? {
        for field in headers[values: .cookie].prefix(8) {
            for pair in field.split(separator: ";", maxSplits: 32) {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name {
                    return String(parts[1].trimmingCharacters(in: .whitespaces).prefix(64))
                }
            }
        }
        return nil
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// The query string read as a form (`+` is a space), within the URI's bound.
    static func query(_ request: Request) -> FormBody? {
        request.uri.query.flatMap { FormBody(Array($0.utf8)) }
    }

    static func bounded(_ value: String?, _ limit: Int) -> String {
        guard let value, value.utf8.count <= limit * 4 else { return "" }
        return NoteText.stripControls(String(value.prefix(limit)), keepNewlines: false)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok, cookie: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        if let cookie { headers[.setCookie] = cookie }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// POST, redirect, GET: a reload never posts twice.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "max-age=300"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
