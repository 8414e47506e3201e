#if canImport(Glibc)
import Glibc
#endif
import Foundation
import SamskabFiles

/// One phone of the soak on the real `samskab serve`: the room code, a person from the roster,
/// then a note every 6–7 s (under the page's 10 a minute) wherever the page offers the note form.
/// When the server goes (killed) it tries again on the port the room now serves on, entering the
/// code again if the new server does not know it.
struct SoakPhone {
    let number: Int
    let person: String
    let room: SoakRoom
    let ledger: SoakLedger

    func run() {
        var generator = SystemRandomNumberGenerator()
        var http: LoopbackHTTP?
        var token = ""
        var count = 0
        Thread.sleep(forTimeInterval: Double.random(in: 0..<1, using: &generator))
        while !room.isStopped {
            if http == nil || http?.port != room.port {
                http = LoopbackHTTP(port: room.port)
            }
            guard let phone = http, let page = phone.get("/") else {
                http = nil
                Thread.sleep(forTimeInterval: 0.3)
                continue
            }
            if let found = LoopbackHTTP.token(in: page.body) { token = found }
            if page.body.contains(#"name="code""#) {
                guard let code = WebAnnouncement.read(in: sessionPath)?.code else { Thread.sleep(forTimeInterval: 0.3); continue }
                _ = phone.post("/code", [("token", token), ("code", code)])
                continue
            }
            if page.body.contains(#"action="/me""#) {
                _ = phone.post("/me", [("token", token), ("person", person)])
                continue
            }
            guard page.body.contains(#"action="/notes""#), let item = Self.field("item", in: page.body) else {
                Thread.sleep(forTimeInterval: 0.5) // a talk or a break: nothing to write
                continue
            }
            count += 1
            let text = "telefon \(number)-\(count) æøå 🍎"
            ledger.tried("web notes")
            let started = Stopwatch.now()
            let answer = phone.post("/notes", [("token", token), ("text", text), ("item", item)])
            let answered = Stopwatch.now()
            if answer?.status == 303, let after = phone.get("/"), after.body.contains("Gemt ✓") || after.body.contains("Saved ✓") {
                ledger.acknowledge(.note(id: nil, text: text), item: Int(item) ?? 0, seconds: answered - started, web: true)
            } else {
                ledger.refused("web notes")
            }
            Thread.sleep(forTimeInterval: 6 + Double.random(in: 0..<1, using: &generator))
        }
    }

    let sessionPath: String

    init(number: Int, person: String, session: String, room: SoakRoom, ledger: SoakLedger) {
        self.number = number
        self.person = person
        self.sessionPath = session
        self.room = room
        self.ledger = ledger
    }

    /// A hidden field's value on a page: `name="item" value="2"`.
    static func field(_ name: String, in page: String) -> String? {
        guard let range = page.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }
}
