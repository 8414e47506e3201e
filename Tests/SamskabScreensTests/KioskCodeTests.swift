import Testing
import SamskabModel
import SamskabSession
@testable import SamskabScreens

/// The facilitator's code to leave a kiosk: a growing wait after wrong codes, then a lockout the
/// projector lifts (issue 22, item 4).
struct KioskCodeTests {
    static func at(_ seconds: Double) -> Timestamp { Timestamp(millisecondsSinceEpoch: Int64(seconds * 1000)) }

    func code(_ typed: String, _ view: inout KioskView, at seconds: Double) -> [KioskEffect] {
        let state = ScreenFixture.discussionState()
        var effects = KioskController.handle(.control("x"), view: &view, state: state, now: Self.at(seconds))
        effects += KioskController.handle(.text(typed), view: &view, state: state, now: Self.at(seconds))
        effects += KioskController.handle(.enter, view: &view, state: state, now: Self.at(seconds))
        return effects
    }

    @Test func theWaitGrowsAndTheTenthWrongCodeLocks() {
        #expect((1...10).map(KioskCodeGuard.delay(afterWrong:)) == [0, 0, 2, 4, 8, 16, 32, 60, 60, 60])
        var view = KioskView(language: .danish, pin: "2468")
        var clock = 0.0
        for count in 1...9 {
            #expect(code("1111", &view, at: clock) == [])
            #expect(view.code.wrong == count && view.message?.hasPrefix("Forkert kode") == true, "\(view.message ?? "")")
            clock += Double(KioskCodeGuard.delay(afterWrong: count))
        }
        #expect(view.message == "Forkert kode — 1 forsøg tilbage, så låses kiosken; vent 60 s")
        // Typed during the wait: not even tried, the right code neither.
        #expect(code("2468", &view, at: clock - 1) == [])
        #expect(view.code.wrong == 9 && view.message == "Vent 1 s, før koden prøves igen")
        // The tenth wrong code locks the kiosk; then nothing is taken, the right code neither.
        #expect(code("0000", &view, at: clock) == [.lockOut])
        #expect(view.code.isLocked && view.message?.hasPrefix("Kiosken er låst efter 10 forkerte koder") == true)
        #expect(code("2468", &view, at: clock + 3600) == [])
        #expect(view.code.isLocked)
        // Still locked for the next person, and on screen.
        view.reset()
        #expect(view.code.isLocked)
        _ = KioskController.handle(.control("x"), view: &view, state: ScreenFixture.discussionState())
        let frame = KioskFrame(state: ScreenFixture.discussionState(), view: view, now: Self.at(clock),
                               utcOffsetSeconds: ScreenFixture.offset)
        let screen = KioskScreen.render(frame, width: 120, height: 24).lines
        #expect(screen.contains { $0.contains("Kiosken er låst efter 10 forkerte koder; facilitatoren låser den op på projektoren (L)") })
        #expect(!screen.contains { $0.contains("Facilitatorens kode") }, "no code field while locked")
        // The projector removed the lockout: codes are taken again, the right one leaves.
        KioskController.followLockout(view: &view, stillLocked: true)
        #expect(view.code.isLocked)
        KioskController.followLockout(view: &view, stillLocked: false)
        #expect(!view.code.isLocked && view.message == "Facilitatoren har låst kiosken op")
        #expect(code("2468", &view, at: clock + 3601) == [.leave])
    }

    @Test func twoTyposCostNothingAndTheRightCodeStartsAfresh() {
        var view = KioskView(language: .english, pin: "2468")
        #expect(code("1", &view, at: 0) == [] && code("2", &view, at: 0) == [])
        #expect(view.message == "Wrong code")
        #expect(code("2468", &view, at: 0) == [.leave])
        #expect(view.code == KioskCodeGuard())
    }
}
