import Foundation
import SamskabFiles
import Testing

/// `web.json`, as `samskab serve` writes it, read back: only a well-formed file whose process
/// lives; removed only by the process that wrote it.
@Suite struct WebAnnouncementTests {
    let folder: TestFolder

    init() throws { folder = try TestFolder() }

    func write(_ text: String) throws {
        try text.write(toFile: folder.path + "/web.json", atomically: true, encoding: .utf8)
    }

    var ownPID: Int32 { ProcessInfo.processInfo.processIdentifier }

    @Test func aRunningServersFileIsRead() throws {
        try write(#"{"url": "http://192.168.1.20:8080/", "code": "4821", "pid": \#(ownPID)}"#)
        let web = try #require(WebAnnouncement.running(in: folder.path))
        #expect(web == WebAnnouncement(url: "http://192.168.1.20:8080/", code: "4821", pid: ownPID))
    }

    @Test func theAnnouncementIsWrittenReadAndRemovedByItsOwner() throws {
        let mine = WebAnnouncement(url: "http://192.168.1.20:8080/", code: "482193", pid: ownPID)
        try mine.write(in: folder.path)
        let text = try String(contentsOfFile: folder.path + "/web.json", encoding: .utf8)
        #expect(text == #"{"code":"482193","pid":\#(ownPID),"url":"http://192.168.1.20:8080/"}"# + "\n")
        #expect(WebAnnouncement.read(in: folder.path) == mine)
        #expect(WebAnnouncement.running(in: folder.path) == mine)
        #expect(mine.isAlive)
        WebAnnouncement.remove(in: folder.path, pid: ownPID + 1)
        #expect(WebAnnouncement.read(in: folder.path) != nil)
        WebAnnouncement.remove(in: folder.path)
        #expect(WebAnnouncement.read(in: folder.path) == nil)
    }

    @Test func noFileIsNoServer() {
        #expect(WebAnnouncement.running(in: folder.path) == nil)
        #expect(WebAnnouncement.running(in: folder.path + "/nowhere") == nil)
    }

    @Test func aStaleFileOfAProcessThatEndedIsNoServer() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        try write(#"{"url": "http://192.168.1.20:8080/", "code": "4821", "pid": \#(process.processIdentifier)}"#)
        #expect(WebAnnouncement.running(in: folder.path) == nil)
    }

    @Test(arguments: [
        "",
        "{",
        #"{"url": "http://192.168.1.20:8080/", "code": "4821"}"#,
        #"{"url": "http://192.168.1.20:8080/", "code": 4821, "pid": PID}"#,
        #"{"url": "ftp://192.168.1.20/", "code": "4821", "pid": PID}"#,
        #"{"url": "http://192.168.1.20:8080/\u001b[2J", "code": "4821", "pid": PID}"#,
        #"{"url": "http://192.168.1.20:8080/", "code": "48 21", "pid": PID}"#,
        #"{"url": "http://192.168.1.20:8080/", "code": "", "pid": PID}"#,
        #"{"url": "http://192.168.1.20:8080/", "code": "4821", "pid": 0}"#,
        #"{"url": "http://192.168.1.20:8080/", "code": "4821", "pid": -1}"#,
        #"{"url": "http://192.168.1.20:8080/", "code": "4821", "pid": 99999999999}"#,
        #"{"url": "http://"# + String(repeating: "a", count: 300) + #"/", "code": "4821", "pid": PID}"#,
    ])
    func aDamagedOrHostileFileIsNoServer(_ text: String) throws {
        try write(text.replacingOccurrences(of: "PID", with: "\(ownPID)"))
        #expect(WebAnnouncement.running(in: folder.path) == nil)
    }

    @Test func aHugeFileIsNotReadWhole() throws {
        try write(#"{"url": "http://192.168.1.20:8080/", "code": "4821", "pid": \#(ownPID), "pad": ""#
                  + String(repeating: " ", count: 1 << 20) + #""}"#)
        #expect(WebAnnouncement.running(in: folder.path) == nil)
    }

    @Test func aLinkOrAFIFOIsNotFollowed() throws {
        let elsewhere = folder.path + "/elsewhere.json"
        try #"{"url": "http://192.168.1.20:8080/", "code": "4821", "pid": \#(ownPID)}"#.write(toFile: elsewhere, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/web.json", withDestinationPath: elsewhere)
        #expect(WebAnnouncement.running(in: folder.path) == nil)
        try FileManager.default.removeItem(atPath: folder.path + "/web.json")
        #expect(mkfifo(folder.path + "/web.json", 0o600) == 0)
        #expect(WebAnnouncement.running(in: folder.path) == nil)
    }
}
