import Testing
import SamskabModel
import SamskabSession
@testable import SamskabCanvas
@testable import SamskabScreens

/// A card taller than the wall's room for notes: a cluster of long notes on a small projector.
/// Found on a trial day: at 80×24 the wall stopped (a range trap in `Canvas.fill`) as soon as a
/// cluster of three notes was on the shown page; the card is now cut at the notes' bottom edge.
struct TallCardTests {
    @Test func fillingPastTheCanvasEdgesPaintsOnlyWhatIsOnIt() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.fill(x: 1, y: 5, width: 3, height: 2, style: .selected)    // wholly below
        canvas.fill(x: 9, y: 0, width: 3, height: 2, style: .selected)    // wholly right of it
        canvas.fill(x: 1, y: 1, width: -3, height: 2, style: .selected)   // no width at all
        #expect(canvas.styleLines { $0 == .selected ? "#" : "." } == ["....", "...."])
        canvas.fill(x: 2, y: 1, width: 5, height: 5, style: .selected)    // partly on it
        #expect(canvas.styleLines { $0 == .selected ? "#" : "." } == ["....", "..##"])
    }

    @Test(arguments: [(80, 24), (60, 20), (100, 30), (200, 60)])
    func aClusterTallerThanTheWallIsCutNotFatal(_ width: Int, _ height: Int) throws {
        var day = VotingWallTests.Day()
        try day.submit(.movePhase(.item(VotingWallTests.opsamling)))
        let long = "Vi skal turde give slip på kontrollen og lade borgerne og medarbejderne lede, også når det er svært"
        var ids: [String] = []
        for index in 0..<6 { ids.append(try day.note("\(long) (\(index))")) }
        try day.submit(.cluster(notes: ids, name: "Mod"))
        let lines = VotingWallTests.render(day.state, width: width, height: height)
        #expect(lines.count == height)
        #expect(lines.joined().contains("Mod"), "\(width)×\(height)")
        // The status line under the notes is still there, not painted over by the card.
        #expect(lines[height - 3].contains("6 noter"), "\(width)×\(height): \(lines[height - 3])")
    }
}
