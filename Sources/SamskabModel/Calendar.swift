/// A date without a time zone, as written in a definition (`2019-08-30`).
public struct CalendarDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...CalendarDate.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var description: String {
        "\(year)-\(CalendarDate.twoDigits(month))-\(CalendarDate.twoDigits(day))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A time of day in minutes after midnight (`09:00`, or Danish `9.00`).
public struct ClockTime: Sendable, Equatable, Comparable, CustomStringConvertible {
    public var minutesAfterMidnight: Int

    public init(minutesAfterMidnight: Int) {
        self.minutesAfterMidnight = minutesAfterMidnight
    }

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.minutesAfterMidnight = hour * 60 + minute
    }

    /// Parses `H:MM`, `HH:MM` or the Danish `HH.MM`.
    public init?(text: String) {
        guard let separator = text.firstIndex(where: { $0 == ":" || $0 == "." }) else { return nil }
        let hourText = text[..<separator]
        let minuteText = text[text.index(after: separator)...]
        guard (1...2).contains(hourText.count), minuteText.count == 2,
              hourText.allSatisfy(\.isASCIIDigit), minuteText.allSatisfy(\.isASCIIDigit),
              let hour = Int(hourText), let minute = Int(minuteText) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public func adding(minutes: Int) -> ClockTime {
        ClockTime(minutesAfterMidnight: minutesAfterMidnight + minutes)
    }

    /// `HH:MM`, wrapping past midnight.
    public var description: String {
        let wrapped = ((minutesAfterMidnight % 1440) + 1440) % 1440
        return "\(CalendarDate.twoDigits(wrapped / 60)):\(CalendarDate.twoDigits(wrapped % 60))"
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minutesAfterMidnight < rhs.minutesAfterMidnight
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
