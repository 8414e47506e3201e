/// A date as a person types it on the day — `2019-11-21`, the Danish `21.11.2019`, `21/11/2019`,
/// `21-11-2019`, `21.11.19`, or without the year, `21.11` and `21/11` — and the date said back in
/// words (`torsdag 21. november 2019`), so a person sees what was understood before it is saved.
extension CalendarDate {
    /// `after`: a date without a year is the first such date on or after it (the workshop's day:
    /// a next step falls after it); without one, nil for a date without a year.
    public init?(typed raw: String, after reference: CalendarDate?) {
        // Spaces count for nothing: `1. 10. 2019` is `1.10.2019`.
        let text = String(raw.filter { !$0.isWhitespace })
        guard !text.isEmpty, text.count <= 12 else { return nil }
        if let iso = CalendarDate(iso: text) {
            self = iso
            return
        }
        // Day first, then month, then perhaps the year, with one kind of separator throughout.
        guard let separator = text.first(where: { ".-/".contains($0) }) else { return nil }
        var parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() }  // `1.10.`
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
              let day = Int(parts[0]), let month = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        if parts.count == 3, let written = Int(parts[2]) {
            guard parts[2].count == 4 || parts[2].count == 2 else { return nil }
            // `19` is 2019: the century of the day it is typed for (else this one).
            let century = (reference?.year ?? 2000) / 100 * 100
            self.init(year: parts[2].count == 2 ? century + written : written, month: month, day: day)
            return
        }
        guard let reference else { return nil }
        if let date = CalendarDate(year: reference.year, month: month, day: day), !(date < reference) {
            self = date
        } else {
            guard let next = CalendarDate(year: reference.year + 1, month: month, day: day) else { return nil }
            self = next
        }
    }

    /// Monday is 0 … Sunday 6.
    var weekday: Int {
        // Days since 1970-01-01 (a Thursday), by the civil calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return ((days % 7) + 7 + 3) % 7
    }

    /// `tirsdag 1. oktober 2019` / `Tuesday 1 October 2019`: the date with its weekday.
    public func spelled(danish: Bool) -> String {
        let days = danish ? ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
                          : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return days[weekday] + " " + spelled(in: danish ? .danish : .english)
    }
}
