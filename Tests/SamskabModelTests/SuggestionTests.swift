import Testing
@testable import SamskabModel

struct SuggestionTests {
    @Test(arguments: [
        ("titel", "title"), ("spekaer", "speaker"), ("minuttes", "minutes"), ("Title", "title"),
        ("group-size", "group_size"), ("spørgsmål", "questions"), ("taler", "speaker"), ("nextsteps", "next_steps"),
    ])
    func suggestsTheIntendedKey(_ typed: String, _ intended: String) {
        let keys = ["title", "speaker", "minutes", "group_size", "questions", "next_steps", "notes"]
        #expect(Suggestion.closest(to: typed, in: keys) == intended)
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "colour", in: ["title", "minutes"]) == nil)
        #expect(Suggestion.closest(to: "x", in: ["id", "kind"]) == nil)
    }

    @Test func distanceCountsSwapsAsOneEdit() {
        #expect(Suggestion.distance("brake", "break") == 2)
        #expect(Suggestion.distance("titel", "title") == 1)
        #expect(Suggestion.distance("", "abc") == 3)
    }

    @Test func clockTimesAndDatesParseStrictly() {
        #expect(ClockTime(text: "9.30")?.description == "09:30")
        #expect(ClockTime(text: "24:00") == nil)
        #expect(ClockTime(text: "0900") == nil)
        #expect(CalendarDate(iso: "2020-02-29") != nil)
        #expect(CalendarDate(iso: "2019-02-29") == nil)
        #expect(CalendarDate(iso: "2019-8-30") == nil)
        #expect(DurationText.describe(minutes: 375) == "6 h 15 min")
        #expect(DurationText.describe(minutes: 120) == "2 h")
        #expect(DurationText.describe(minutes: 45) == "45 min")
    }
}
