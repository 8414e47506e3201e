import Testing
@testable import SamskabModel

/// Dates for people: "1. oktober 2019" on a Danish wall and in Danish summaries.
struct SpelledDateTests {
    @Test(arguments: [
        (2019, 10, 1, Language.danish, "1. oktober 2019"),
        (2019, 8, 30, .danish, "30. august 2019"),
        (2020, 2, 29, .danish, "29. februar 2020"),
        (2019, 1, 5, .english, "5 January 2019"),
        (2019, 12, 31, .english, "31 December 2019"),
    ])
    func aDateIsSpelledTheWayItsLanguageWritesIt(year: Int, month: Int, day: Int, language: Language, expected: String) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.spelled(in: language) == expected)
    }

    @Test func everyMonthHasItsOwnName() throws {
        let names = try (1...12).map { month in
            try #require(CalendarDate(year: 2019, month: month, day: 1)).spelled(in: .danish)
        }
        #expect(Set(names).count == 12)
    }
}
