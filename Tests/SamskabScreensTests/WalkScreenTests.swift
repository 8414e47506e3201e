import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The gallery walk on the wall: the round, its countdown, every pair's board now and next, the
/// shift, and the reflection question; at three sizes with the seed's 40 people (20 pairs).
struct WalkScreenTests {
    func text(_ frame: ProjectorFrame, _ width: Int, _ height: Int) -> String {
        ProjectorScreen.render(frame, width: width, height: height).lines.joined(separator: "\n")
    }

    @Test func theSnapshotsOfAVisitingRoundAShiftAndTheReflection() throws {
        let state = WalkFixture.walking()
        let plan = try #require(state.pairPlans[WalkFixture.gallery])
        #expect(plan.groups.count == 20)
        let reflection = Double(plan.visitingRounds) * 5 + 1
        let scenes: [(String, ProjectorFrame)] = [
            ("walk", WalkFixture.frame(state, minutes: 7.5)),
            ("walk-shift", WalkFixture.frame(state, minutes: 10.02) { $0.shiftUntil = WalkFixture.at(15) }),
            ("walk-reflection", WalkFixture.frame(state, minutes: reflection)),
        ]
        for (name, frame) in scenes {
            for (width, height) in ProjectorSnapshotTests.sizes {
                let canvas = ProjectorScreen.render(frame, width: width, height: height)
                try Snapshot.check(canvas.lines, named: "\(name)-\(width)x\(height)")
                BoxIntegrity.check(canvas, cornersMatch: true)
            }
        }
    }

    @Test func everyPairIsOnTheWallWithItsBoardNowAndNext() throws {
        let state = WalkFixture.walking()
        let plan = try #require(state.pairPlans[WalkFixture.gallery])
        let frame = WalkFixture.frame(state, minutes: 7.5)
        for (width, height) in [(120, 40), (200, 60)] {
            let wall = text(frame, width, height)
            #expect(wall.contains("RUNDE 2 AF 6"))
            #expect(!wall.contains("side 1/"), "one page at \(width)×\(height)")
            let lines = wall.split(separator: "\n").map(String.init)
            for (index, group) in plan.groups.enumerated() {
                let label = "Par \(index + 1) "
                let line = try #require(lines.first { $0.contains(label) }, "\(label) at \(width)×\(height)")
                let now = try #require(plan.station(group: index, round: 1))
                #expect(line.contains("Bord \(now)"), "\(line)")
                for id in group {
                    let first = try #require(state.participants[id]?.name.split(separator: " ").first)
                    #expect(line.contains(first), "\(first) in \(line)")
                }
            }
        }
        // The smallest wall pages, and every pair is on one of its pages.
        var seen = Set<Int>()
        let pages = ProjectorScreen.pageCount(state: state, view: frame.view, size: (80, 24))
        for page in 0..<pages {
            let wall = text(WalkFixture.frame(state, minutes: 7.5) { $0.planPage = page }, 80, 24)
            for number in 1...20 where wall.contains("Par \(number) ") { seen.insert(number) }
        }
        #expect(seen.count == 20, "pages: \(pages), seen \(seen.sorted())")
    }

    @Test func aShiftRingsOnceAndSaysSkiftForFiveSeconds() {
        let state = WalkFixture.walking()
        var view = ProjectorView(language: .danish)
        view.showPlan = true
        #expect(!ProjectorController.tick(view: &view, state: state, now: WalkFixture.at(4.9)), "the first frame is no shift")
        #expect(!ProjectorController.tick(view: &view, state: state, now: WalkFixture.at(4.99)))
        #expect(ProjectorController.tick(view: &view, state: state, now: WalkFixture.at(5.01)), "round 2 begins: the bell")
        #expect(!ProjectorController.tick(view: &view, state: state, now: WalkFixture.at(5.05)), "once")
        let frame = ProjectorFrame(state: state, view: view, now: WalkFixture.at(5.05), utcOffsetSeconds: ScreenFixture.offset)
        #expect(text(frame, 120, 40).contains("Skift nu"))
        let later = ProjectorFrame(state: state, view: view, now: WalkFixture.at(5.2), utcOffsetSeconds: ScreenFixture.offset)
        #expect(!text(later, 120, 40).contains("Skift nu"), "gone after five seconds")
        // A skipped round is a shift too (skipped at 09:04, two minutes into the first round).
        let skipped = TableFixture.apply(.skipRound, to: state)
        var other = ProjectorView(language: .danish)
        #expect(!ProjectorController.tick(view: &other, state: state, now: WalkFixture.at(1.9)))
        #expect(ProjectorController.tick(view: &other, state: skipped, now: WalkFixture.at(2.1)))
        #expect(other.walkRound?.round == 1)
        // Another item: no walk, no shift.
        let moved = TableFixture.apply(.movePhase(.next), to: skipped)
        #expect(!ProjectorController.tick(view: &view, state: moved, now: WalkFixture.at(30)))
        #expect(view.walkRound == nil)
    }

    @Test func withoutPairsTheWallSaysWhichKeyMakesThem() {
        // Arriving at a walk whose discussion was never seated: the engine can make no pairs yet.
        let state = TableFixture.state([.movePhase(.item(WalkFixture.gallery))], from: SessionState(workshop: ScreenFixture.workshop))
        #expect(state.pairPlans[WalkFixture.gallery] == nil)
        let wall = text(WalkFixture.frame(state, minutes: 1), 80, 24)
        #expect(wall.contains("Ingen par endnu") && wall.contains("Tryk g for at lave par"))
        var english = ProjectorView(language: .english)
        english.showPlan = true
        let frame = ProjectorFrame(state: state, view: english, now: WalkFixture.at(1), utcOffsetSeconds: 0)
        #expect(text(frame, 80, 24).contains("Press g to make pairs"))
    }
}
