import Foundation
import Testing
@testable import SamskabWeb

@Suite struct WebPartsTests {
    @Test func formsAreDecodedAndBounded() throws {
        let form = try #require(FormBody(Array("token=ab&text=%C3%86bleb%C3%B8f+og+%26&question=2&empty=".utf8)))
        #expect(form["text"] == "Æblebøf og &")
        #expect(form["question"] == "2")
        #expect(form["empty"] == "")
        #expect(FormBody(Array("text=%C3".utf8)) == nil)
        #expect(FormBody(Array("text=%zz".utf8)) == nil)
        let many = (0...FormBody.maximumFields).map { "f\($0)=1" }.joined(separator: "&")
        #expect(FormBody(Array(many.utf8)) == nil)
        #expect(FormBody(Array(("text=" + String(repeating: "a", count: FormBody.maximumValueBytes + 1)).utf8)) == nil)
    }

    @Test func theAnnouncementIsWrittenReadAndRemovedByItsOwner() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("samskab-web-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let mine = WebAnnouncement(url: "http://192.168.1.20:8080/", code: "482193", pid: getpid())
        try mine.write(in: folder)
        let text = try String(contentsOfFile: folder + "/web.json", encoding: .utf8)
        #expect(text == #"{"code":"482193","pid":\#(getpid()),"url":"http://192.168.1.20:8080/"}"# + "\n")
        #expect(WebAnnouncement.read(in: folder) == mine)
        #expect(mine.isAlive)
        WebAnnouncement.remove(in: folder, pid: getpid() + 1)
        #expect(WebAnnouncement.read(in: folder) != nil)
        WebAnnouncement.remove(in: folder)
        #expect(WebAnnouncement.read(in: folder) == nil)
    }

    @Test func roomCodesAreSixRandomDigits() {
        let codes = Set((0..<50).map { _ in RoomCode.make() })
        #expect(codes.allSatisfy { RoomCode.isValid($0) && $0.count == 6 })
        #expect(codes.count > 40)
        #expect(!RoomCode.isValid("12a4"))
    }

    @Test func theAddressIsTheLANsUnlessBoundToOne() {
        #expect(LANAddress.host(bound: "127.0.0.1") == "127.0.0.1")
        #expect(LANAddress.host(bound: "::1") == "[::1]")
        #expect(!LANAddress.candidates().contains("127.0.0.1"))
        #expect(LANAddress.rank("192.168.1.20") < LANAddress.rank("10.0.0.2"))
    }
}
