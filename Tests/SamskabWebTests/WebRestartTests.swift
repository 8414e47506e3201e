import Foundation
import Hummingbird
import HummingbirdTesting
import SamskabFiles
import SamskabModel
import SamskabSession
import Testing
@testable import SamskabWeb

/// A restarted `samskab serve` knows the phones again from the session folder's device file, and
/// keeps the room code (`web-code.json`); a file that is not one means the phones type the code
/// again, or a new code, never a crash.
@Suite struct WebRestartTests {
    /// The same session served again: a new store and app, as a new process would make them.
    static func restarted(_ fixture: WebFixture, code: String = WebFixture.code) throws -> some ApplicationProtocol {
        Application(router: WebApp(store: try SessionStore(path: fixture.session, lanes: 1), code: code).router())
    }

    @Test func phonesStayWhoTheyWereAcrossARestart() async throws {
        let fixture = try WebFixture()
        let (named, anonymous, outside) = try await fixture.app.test(.router) { client in
            var named = Phone(), anonymous = Phone(), outside = Phone()
            try await named.enter(client)
            _ = try await named.post(client, "/me", [("person", "r2")])
            try await anonymous.enter(client)
            _ = try await anonymous.post(client, "/me/anonymous", [("anonymous", "1")])
            _ = try await anonymous.post(client, "/notes", [("text", "Min anonyme note"), ("item", "1")])
            _ = try await outside.get(client, "/")
            return (named, anonymous, outside)
        }
        await fixture.web.devices.save()
        let file = DeviceFile.path(in: fixture.store.path)
        let info = try FileManager.default.attributesOfItem(atPath: file)
        #expect((info[.posixPermissions] as? Int) == 0o600)
        let note = try #require(fixture.store.current().visibleNotes(item: 1).first)
        // Served again (with a new room code, as after a clean stop): the same people, no code asked.
        try await Self.restarted(fixture, code: "135790").test(.router) { client in
            var named = named, anonymous = anonymous, outside = outside
            let page = try await named.get(client, "/")
            #expect(page.headers[.setCookie] == nil)
            #expect(named.lastPage.contains("Du er Bo Berg"))
            _ = try await anonymous.get(client, "/")
            #expect(anonymous.lastPage.contains("Du skriver anonymt"))
            #expect(anonymous.lastPage.contains("Min anonyme note"))
            // The anonymous note is still its writer's to change, and nobody else's.
            _ = try await anonymous.post(client, "/notes/edit", [("note", note.id), ("text", "Min rettede note")])
            _ = try await named.post(client, "/notes/withdraw", [("note", note.id)])
            // A phone that never typed the code is asked for it.
            _ = try await outside.get(client, "/")
            #expect(outside.lastPage.contains(#"name="code""#))
        }
        #expect(fixture.store.current().visibleNotes(item: 1).map(\.text) == ["Min rettede note"])
    }

    @Test func aChangeIsWrittenWithinASecondWithoutAskingAndNotMeIsKeptToo() async throws {
        let fixture = try WebFixture()
        let file = DeviceFile.path(in: fixture.store.path)
        let phone = try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.post(client, "/me", [("person", "r1")])
            return phone
        }
        let cookie = try #require(phone.cookie?.split(separator: "=").last.map(String.init))
        // Waits for the file to say so (at most ten seconds), never for a fixed time.
        func fileSays(_ check: (DeviceFile.Entry?) -> Bool) async -> Bool {
            for _ in 0..<200 {
                let entry = DeviceFile.read(in: fixture.store.path, now: Date().timeIntervalSince1970).first { $0.id == cookie }
                if check(entry) { return true }
                try? await Task.sleep(for: .milliseconds(50))
            }
            return false
        }
        #expect(await fileSays { $0?.identity == .person(id: "r1") })
        try await fixture.app.test(.router) { client in
            var phone = phone
            _ = try await phone.post(client, "/not-me", [])
        }
        #expect(await fileSays { $0 != nil && $0?.identity == nil })
        #expect(FileManager.default.fileExists(atPath: file))
    }

    @Test func aFileThatIsNotOneMeansTypingTheCodeAgain() async throws {
        let fixture = try WebFixture()
        let phone = try await fixture.app.test(.router) { client in
            var phone = Phone()
            try await phone.enter(client)
            _ = try await phone.post(client, "/me", [("person", "r1")])
            return phone
        }
        // Written now, so that the write the change scheduled has nothing newer to put over the garbage.
        await fixture.web.devices.save()
        let file = DeviceFile.path(in: fixture.store.path)
        #expect(DeviceFile.read(in: fixture.store.path, now: Date().timeIntervalSince1970).count == 1)
        for garbage in [Data("{\"devices\": [{\"id\": ".utf8), Data([0xFF, 0x00, 0x7B]), Data(repeating: 0x20, count: DeviceFile.maximumBytes + 1),
                        Data("[1, 2, 3]".utf8)] {
            try garbage.write(to: URL(fileURLWithPath: file))
            try await Self.restarted(fixture).test(.router) { client in
                var phone = phone
                let page = try await phone.get(client, "/")
                #expect(page.status == .ok)
                #expect(phone.lastPage.contains(#"name="code""#))
            }
        }
    }

    @Test func theFileIsReadLeniently() {
        let now = 1_764_990_000.0
        let good = String(repeating: "a", count: 32), token = String(repeating: "b", count: 32)
        let text = """
            {"devices": [
              {"id": "\(good)", "token": "\(token)", "person": "r3", "written": ["n12", 7, "../x", "n13"], "seen": \(now - 60)},
              {"id": "\(String(repeating: "c", count: 32))", "token": "\(token)", "anonymous": true, "seen": \(now)},
              {"id": "\(String(repeating: "d", count: 32))", "token": "\(token)", "seen": \(now - 90_000)},
              {"id": "NOT-HEX", "token": "\(token)", "seen": \(now)},
              {"id": "\(String(repeating: "e", count: 32))", "token": "short", "seen": \(now)},
              {"id": "\(String(repeating: "f", count: 32))", "token": "\(token)", "person": "<script>", "seen": \(now)},
              "not an entry", 42
            ]}
            """
        let entries = DeviceFile.decode(Array(text.utf8), now: now)
        #expect(entries.map(\.id) == [String(repeating: "c", count: 32), good])
        #expect(entries.last?.identity == .person(id: "r3"))
        #expect(entries.last?.written == ["n12", "n13"])
        #expect(entries.first?.identity == .anonymous)
        // What is written is read back the same.
        let again = DeviceFile.decode(DeviceFile.encode(entries), now: now)
        #expect(again == entries)
        #expect(DeviceFile.decode(Array("{}".utf8), now: now).isEmpty)
    }

    @Test func theRoomCodeIsKeptOwnerOnlyAndReadLeniently() throws {
        let fixture = try WebFixture()
        let folder = fixture.store.path
        let file = RoomCodeFile.path(in: folder)
        // No file: the code a server that died announced, else a new one.
        #expect(RoomCodeFile.read(in: folder) == nil)
        let died = WebAnnouncement(url: "http://192.168.1.20:8080/", code: "4821", pid: 99_999)
        #expect(RoomCodeFile.choose(in: folder, announced: died, renew: false) == "4821")
        #expect(RoomCode.isValid(RoomCodeFile.choose(in: folder, announced: nil, renew: false)))

        try RoomCodeFile.write("135790", in: folder)
        let info = try FileManager.default.attributesOfItem(atPath: file)
        #expect((info[.posixPermissions] as? Int) == 0o600)
        #expect(RoomCodeFile.read(in: folder) == "135790")
        // The kept code wins over an announced one; --new-code makes a new one.
        #expect(RoomCodeFile.choose(in: folder, announced: died, renew: false) == "135790")
        #expect(RoomCodeFile.choose(in: folder, announced: died, renew: true) != "135790"
                || RoomCodeFile.choose(in: folder, announced: died, renew: true) != "135790")

        // What is not a code is none: the server makes a new one, never a crash.
        for text in ["", "{", "[]", #"{"code": 135790}"#, #"{"code": "12a456"}"#, #"{"code": "1234567"}"#,
                     #"{"code": ""}"#, String(repeating: " ", count: 2000) + #"{"code":"135790"}"#] {
            try text.write(toFile: file, atomically: false, encoding: .utf8)
            #expect(RoomCodeFile.read(in: folder) == nil, "\(text.prefix(40))")
        }
        // A link is not followed.
        try FileManager.default.removeItem(atPath: file)
        try #"{"code":"246802"}"#.write(toFile: folder + "/elsewhere.json", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: file, withDestinationPath: folder + "/elsewhere.json")
        #expect(RoomCodeFile.read(in: folder) == nil)
    }
}
