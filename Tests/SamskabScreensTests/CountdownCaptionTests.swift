import SamskabModel
import Testing
@testable import SamskabSession
@testable import SamskabScreens

/// "tilbage kl." on the workshop's own day: where the room runs late, the planned time stands beside it.
struct CountdownCaptionTests {
    static func caption(movedAtMinutesLate late: Double, date: CalendarDate?) throws -> String {
        var workshop = ScreenFixture.workshop
        workshop.date = date
        let breakIndex = try #require(workshop.program.firstIndex { $0.kind == .pause })
        let start = try #require(workshop.plannedStarts?[breakIndex]).minutesAfterMidnight - 9 * 60
        var script = ScreenFixture.Script()
        script.move(to: breakIndex, at: Double(start) + late)
        let state = try SessionState.fold(workshop, script.records)
        let frame = ProjectorFrame(state: state, view: ProjectorView(language: .danish),
                                   now: ScreenFixture.at(Double(start) + late + 1), utcOffsetSeconds: ScreenFixture.offset)
        return Countdown.caption(frame, strings: Strings(.danish))
    }

    @Test func aLateBreakSaysWhenItEndsAndWhatWasPlanned() throws {
        let workshop = ScreenFixture.workshop
        let breakIndex = try #require(workshop.program.firstIndex { $0.kind == .pause })
        let planned = try #require(workshop.plannedStarts?[breakIndex])
        let plannedEnd = ClockTime(minutesAfterMidnight: planned.minutesAfterMidnight + workshop.program[breakIndex].minutes)
        let lateEnd = ClockTime(minutesAfterMidnight: plannedEnd.minutesAfterMidnight + 7)
        #expect(try Self.caption(movedAtMinutesLate: 7, date: workshop.date) == "tilbage kl. \(lateEnd) (planlagt \(plannedEnd))")
        #expect(try Self.caption(movedAtMinutesLate: 0, date: workshop.date) == "tilbage kl. \(plannedEnd)", "on time: one time")
        // A rehearsal on another day keeps no schedule.
        #expect(try Self.caption(movedAtMinutesLate: 7, date: CalendarDate(year: 2019, month: 8, day: 28)) == "tilbage kl. \(lateEnd)")
    }
}
