import Foundation
import SamskabModel
import SamskabSession
import Testing
@testable import SamskabScreens

/// The join card (`J`): the phones' address, QR code and room code, at every size; and the
/// address line at the foot of every board while a server runs.
struct JoinCardTests {
    static let web = JoinAddress(url: "http://192.168.1.20:8080/", code: "4821")

    static func frame(web: JoinAddress?, language: Language = .danish, ascii: Bool = false, shown: Bool = true,
                      state: SessionState? = nil) -> ProjectorFrame {
        var view = ProjectorView(language: language)
        view.showJoin = shown
        view.ascii = ascii
        var script = ScreenFixture.Script()
        script.add(.timerStarted(item: 0), at: 0)
        return ProjectorFrame(state: state ?? script.state(), view: view, now: ScreenFixture.at(2),
                              utcOffsetSeconds: ScreenFixture.offset, web: web)
    }

    @Test(arguments: [(60, 20), (80, 24), (120, 40), (200, 60)])
    func theCardAtEverySize(_ size: (Int, Int)) throws {
        let canvas = ProjectorScreen.render(Self.frame(web: Self.web), width: size.0, height: size.1)
        try Snapshot.check(canvas.lines, named: "join-\(size.0)x\(size.1)")
        BoxIntegrity.check(canvas, cornersMatch: true)
        // The QR code is drawn in its own style (dark on light), quiet zone included.
        let qrCells = canvas.cells.filter { $0.style == .qrCode || $0.style == .qrDark }
        #expect(qrCells.count >= 33 * 17, "a code of 25 modules and its quiet zone")
        #expect(qrCells.allSatisfy { $0.style == .qrDark ? $0.text == "█" : ["▀", "▄", " "].contains($0.text) })
    }

    @Test func theCardWithoutAServerSaysHowToStartOne() throws {
        let canvas = ProjectorScreen.render(Self.frame(web: nil), width: 80, height: 24)
        try Snapshot.check(canvas.lines, named: "join-no-server-80x24")
        let english = ProjectorScreen.render(Self.frame(web: nil, language: .english), width: 80, height: 24).lines.joined(separator: "\n")
        #expect(english.contains("No web server is running for this session"))
        #expect(english.contains("samskab run … --serve"))
    }

    @Test func aHostNameIsWrittenPlainAndTheCodeLarge() {
        let web = JoinAddress(url: "http://samskab-laptop.local:8080/", code: "4821")
        let lines = ProjectorScreen.render(Self.frame(web: web), width: 120, height: 40).lines
        #expect(lines.contains { $0.contains("samskab-laptop.local:8080") })
        #expect(web.shortAddress == "samskab-laptop.local:8080")
        #expect(JoinAddress(url: "http://lap.local/samskab", code: "1").shortAddress == "http://lap.local/samskab")
        #expect(JoinAddress(url: "https://lap.local/", code: "1").shortAddress == "https://lap.local/")
    }

    @Test func anASCIITerminalGetsTheAddressAndCodeWithoutAQRCode() {
        let canvas = ProjectorScreen.render(Self.frame(web: Self.web, ascii: true), width: 120, height: 40)
        let text = canvas.lines.joined(separator: "\n")
        #expect(!canvas.cells.contains { $0.style == .qrCode || $0.style == .qrDark })
        #expect(text.contains("(QR-koden kraever en terminal med UTF-8)"), "written the Danish way in ASCII")
        #expect(!text.contains("█"))
    }

    @Test func aSmallWallLeavesOutTheQRCodeAndSaysSo() {
        // 60 wide but too low for the code's 17 rows beside the steps.
        let text = ProjectorScreen.render(Self.frame(web: Self.web), width: 70, height: 20).lines.joined(separator: "\n")
        #expect(text.contains("4821") || text.contains("█"))
        let tiny = JoinCard.Layout.best(Self.web, ascii: false, strings: Strings(.danish), width: 58, height: 12)
        #expect(tiny.qr == nil && tiny.lines.contains(.text("(QR-koden vises i et større vindue)", .plain)))
    }

    @Test func everyBoardShowsTheAddressAtItsFootWhileAServerRuns() {
        let board = ProjectorScreen.render(Self.frame(web: Self.web, shown: false, state: ScreenFixture.discussionState()),
                                           width: 120, height: 40).lines
        #expect(board[39].hasSuffix("Telefon: 192.168.1.20:8080 · kode 4821"))
        #expect(board[39].contains("? hjælp") && board[39].contains("q afslut"))
        let small = ProjectorScreen.render(Self.frame(web: Self.web, shown: false), width: 60, height: 20).lines
        #expect(small[19].hasSuffix("Telefon: 192.168.1.20:8080 · kode 4821") && small[19].contains("q afslut"))
        // Where the long form does not fit, the short one.
        #expect(JoinCard.footerLine(Self.frame(web: Self.web), strings: Strings(.danish), room: 30) == "192.168.1.20:8080 · 4821")
        #expect(JoinCard.footerLine(Self.frame(web: Self.web), strings: Strings(.danish), room: 20) == nil)
        let none = ProjectorScreen.render(Self.frame(web: nil, shown: false), width: 120, height: 40).lines
        #expect(!none[39].contains("Telefon"))
    }

    @Test func jTogglesTheCardAndEscClosesIt() {
        var view = ProjectorView(language: .danish)
        let state = ScreenFixture.discussionState()
        _ = ProjectorController.handle(.text("J"), view: &view, state: state, size: (120, 40))
        #expect(view.showJoin)
        _ = ProjectorController.handle(.text("J"), view: &view, state: state, size: (120, 40))
        #expect(!view.showJoin)
        _ = ProjectorController.handle(.text("J"), view: &view, state: state, size: (120, 40))
        // The timer and the program keep the card; Esc closes it.
        #expect(ProjectorController.handle(.text(" "), view: &view, state: state, size: (120, 40)) == [.submit(.toggleTimer)])
        #expect(view.showJoin)
        _ = ProjectorController.handle(.escape, view: &view, state: state, size: (120, 40))
        #expect(!view.showJoin)
        // A key of the board closes the card and does its work there.
        _ = ProjectorController.handle(.text("J"), view: &view, state: state, size: (120, 40))
        _ = ProjectorController.handle(.text("N"), view: &view, state: state, size: (120, 40))
        #expect(!view.showJoin && view.showNextSteps)
    }

    @Test func theCardOpensByItselfOnlyAtTheDaysStart() throws {
        var view = ProjectorView(language: .danish)
        var script = ScreenFixture.Script()
        script.add(.timerStarted(item: 0), at: 0)
        let start = script.state()
        let later = ScreenFixture.discussionState()
        try #require(later.position != 0)
        #expect(ProjectorController.update(.serverAppeared, view: &view, state: later).isEmpty)
        #expect(!view.showJoin)
        #expect(ProjectorController.update(.serverAppeared, view: &view, state: start).isEmpty)
        #expect(view.showJoin && view.mode == .join)
    }

    @Test func aPromptBeingTypedStaysOnTopWhenTheCardOpensByItself() {
        var view = ProjectorView(language: .danish)
        var script = ScreenFixture.Script()
        script.add(.timerStarted(item: 0), at: 0)
        let start = script.state()
        _ = ProjectorController.handle(.text("/"), view: &view, state: start, size: (120, 40))
        _ = ProjectorController.update(.serverAppeared, view: &view, state: start)
        #expect(view.showJoin && view.input?.purpose == .search)
        _ = ProjectorController.handle(.escape, view: &view, state: start, size: (120, 40))
        #expect(view.mode == .join)
    }

    @Test func theCardIsAModeWithItsOwnKeys() {
        #expect(ProjectorKeys.table(for: .join).binding(for: .text("J"))?.action == .toggleJoin)
        #expect(ProjectorKeys.table(for: .join).binding(for: .escape)?.action == .back)
        #expect(ProjectorKeys.board.binding(for: .text("J"))?.action == .toggleJoin)
        #expect(ProjectorMode.join.level == 1)
    }
}
