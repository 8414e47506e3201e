import Foundation
import Hummingbird
import HummingbirdTesting
import SamskabFiles
import SamskabModel
import SamskabSession
import SamskabWeb

/// The phone page as a front end of the journal test: its routes (code, name, new person,
/// anonymous, note form) through Hummingbird's test client, on a copy of the session of its own.
/// A step the phone has no form for (key points) goes through the command line in that copy.
extension FrontEndsAgreeTests {
    static let roomCode = "482193"

    /// The steps, in order, through the phone page on the session at `session`.
    static func phoneJournal(session: String, steps: [Step]) async throws -> [Event] {
        let web = WebApp(store: try SessionStore(path: session, lanes: 1), code: roomCode)
        try await Application(router: web.router()).test(.router) { client in
            for step in steps {
                var phone = PhoneClient()
                try await step.phone(&phone, client, session: session)
            }
        }
        return try SessionFolder(opening: session).records.map(\.event)
    }
}

extension FrontEndsAgreeTests.Step {
    /// A new phone each step, as a new person at a kiosk: the room code, then who they are
    /// (a name from the list, or anonymous) and the note form as the page posts it, or
    /// "not on the list" with a name and department, twice once the close names were offered.
    func phone(_ phone: inout PhoneClient, _ client: some TestClientProtocol, session: String) async throws {
        try await phone.enter(client)
        switch self {
        case .note(let text, let person, _):
            if let person {
                _ = try await phone.post(client, "/me", [("person", person.id)])
            } else {
                _ = try await phone.post(client, "/me/anonymous", [("anonymous", "1")])
            }
            let state = try SessionFolder(opening: session).state
            var fields = [("item", String(state.position)), ("text", text)]
            // Several questions: the form's "general" choice, checked until another is.
            if state.currentItem.questions.count > 1 { fields.append(("question", "")) }
            _ = try await phone.post(client, "/notes", fields)
        case .keyPoint:
            try commandLine(session: session)
        case .join(let name, let department):
            for _ in 0..<2 {
                let answer = try await phone.post(client, "/me/new", [("name", name), ("department", department)])
                // The closest names offered first: the same name posted again is "not me".
                guard answer.headers[.location]?.hasPrefix("/?q=") == true else { return }
                _ = try await phone.get(client, answer.headers[.location] ?? "/")
            }
        }
    }
}

/// One phone's cookie and the form token of the last page it was shown.
struct PhoneClient {
    var cookie: String?
    var token = ""

    /// The code page, the room code, and the page after it.
    mutating func enter(_ client: some TestClientProtocol) async throws {
        _ = try await get(client, "/")
        _ = try await post(client, "/code", [("code", FrontEndsAgreeTests.roomCode)])
        _ = try await get(client, "/")
    }

    mutating func get(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: headers)
        remember(response)
        return response
    }

    mutating func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let body = ([("token", token)] + fields).map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = self.headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    var headers: HTTPFields {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        return headers
    }

    mutating func remember(_ response: TestResponse) {
        if let set = response.headers[.setCookie], let pair = set.split(separator: ";").first { cookie = String(pair) }
        let page = String(buffer: response.body)
        if let range = page.range(of: #"name="token" value=""#) {
            token = String(page[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}
