import Testing
@testable import SamskabModel

/// The next step's date as typed on the day: Danish forms, a year taken from the workshop's day,
/// and the date said back in words (issue 19, item 5).
struct TypedDateTests {
    static let day = CalendarDate(year: 2019, month: 8, day: 30)

    @Test(arguments: [
        ("2019-10-01", "2019-10-01"), ("1.10.2019", "2019-10-01"), ("1/10/2019", "2019-10-01"), ("01-10-2019", "2019-10-01"),
        ("1.10.19", "2019-10-01"), ("1/10", "2019-10-01"), ("1.10", "2019-10-01"), ("1.10.", "2019-10-01"),
        (" 1. 10. 2019 ", "2019-10-01"), ("30/8", "2019-08-30"), ("29/8", "2020-08-29"), ("1/1", "2020-01-01"),
    ])
    func danishFormsAreUnderstood(_ typed: String, _ wanted: String) {
        #expect(CalendarDate(typed: typed, after: Self.day)?.description == wanted)
    }

    @Test(arguments: ["", "1. oktober", "32.1", "1/13", "31/9/2019", "29.2.2019", "1.10.201", "2019/10/01", "1.10-2019",
                      "1", "1/2/3/4", "١/١٠", String(repeating: "1", count: 500)])
    func anythingElseIsNone(_ typed: String) {
        #expect(CalendarDate(typed: typed, after: Self.day) == nil)
    }

    @Test func withoutADayAYearlessDateIsNone() {
        #expect(CalendarDate(typed: "1/10", after: nil) == nil)
        #expect(CalendarDate(typed: "1.10.2019", after: nil)?.description == "2019-10-01")
        #expect(CalendarDate(typed: "29/2", after: CalendarDate(year: 2019, month: 3, day: 1))?.description == "2020-02-29")
    }

    @Test func theDateIsSaidBackInWords() throws {
        let date = try #require(CalendarDate(year: 2019, month: 10, day: 1))
        #expect(date.spelled(danish: true) == "tirsdag 1. oktober 2019")
        #expect(date.spelled(danish: false) == "Tuesday 1 October 2019")
        #expect(CalendarDate(year: 2019, month: 8, day: 30)?.spelled(danish: true) == "fredag 30. august 2019")
        #expect(CalendarDate(year: 2000, month: 2, day: 29)?.spelled(danish: true) == "tirsdag 29. februar 2000")
    }
}
