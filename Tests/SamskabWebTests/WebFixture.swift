import Foundation
import Hummingbird
import HummingbirdTesting
import SamskabFiles
import SamskabModel
import SamskabSession
@testable import SamskabWeb

/// A session on real files (a talk, then a discussion with two questions, then an anonymous
/// harvest), its store and the phone page's app.
struct WebFixture {
    let folder: URL
    var session: String { folder.path + "/session" }
    let store: SessionStore
    let web: WebApp
    static let code = "482193"

    /// A definition's title, departments and roster, before its program.
    static let head = """
        title: Dag
        departments:
          - code: MBU
            name: Børn og Unge
          - code: MSO
            name: Sundhed og Omsorg
        roster: folk.csv

        """

    static let definition = head + """
        program:
          - kind: talk
            title: Velkomst
            speaker: Borgmesteren
            minutes: 10
          - kind: discussion
            title: Drøftelse
            questions: [Hvorfor?, Hvordan?]
            minutes: 30
          - kind: harvest
            title: Opsamling
            prompts: [Det vigtigste er…]
            anonymous: true
            minutes: 20

        """

    /// `atItem`: the 0-based item the program is moved to first.
    init(atItem item: Int = 1, definition: String = Self.definition,
         roster: String = "navn;afdeling\nÅse Østergaard;MBU\nBo Berg;MSO\n") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("samskab-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try definition.write(toFile: folder.path + "/dag.yaml", atomically: true, encoding: .utf8)
        try roster.write(toFile: folder.path + "/folk.csv", atomically: true, encoding: .utf8)
        let started = try SessionFolder.start(definition: folder.path + "/dag.yaml", at: folder.path + "/session",
                                              today: CalendarDate(year: 2026, month: 11, day: 29)!).folder
        if item > 0 { _ = try started.submit(.movePhase(.item(item)), by: .facilitator, writer: "test") }
        store = try SessionStore(path: folder.path + "/session", lanes: 2)
        web = WebApp(store: store, code: Self.code)
    }

    func moveTo(_ item: Int) throws {
        try facilitator(.movePhase(.item(item)))
    }

    /// A command from the facilitator, through the journal as the projector sends it.
    @discardableResult
    func facilitator(_ command: Command) throws -> EventRecord {
        try SessionFolder(opening: session).submit(command, by: .facilitator, writer: "test")
    }

    var app: some ApplicationProtocol { Application(router: web.router()) }
}

/// One phone: keeps its cookie and the form token of the last page it saw.
struct Phone {
    var cookie: String?
    var token: String?
    var lastPage = ""

    mutating func get(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: headers)
        remember(response)
        return response
    }

    mutating func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [(String, String)],
                       token given: String? = nil) async throws -> TestResponse {
        let all = [("token", given ?? token ?? "")] + fields
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = self.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// The code page, then the code.
    mutating func enter(_ client: some TestClientProtocol) async throws {
        _ = try await get(client, "/")
        _ = try await post(client, "/code", [("code", WebFixture.code)])
    }

    /// The code, then a person on the roster (`r1`), then the page they see.
    mutating func enter(_ client: some TestClientProtocol, as person: String) async throws {
        try await enter(client)
        _ = try await post(client, "/me", [("person", person)])
        _ = try await get(client, "/")
    }

    var headers: HTTPFields {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        return headers
    }

    mutating func remember(_ response: TestResponse) {
        if let set = response.headers[.setCookie], let pair = set.split(separator: ";").first { cookie = String(pair) }
        let page = String(buffer: response.body)
        lastPage = page
        if let range = page.range(of: #"name="token" value=""#) {
            token = String(page[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
