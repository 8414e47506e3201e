import SamskabModel

extension Timestamp {
    /// The clock time of this moment in a time zone `utcOffsetSeconds` east of UTC.
    public func localClock(utcOffsetSeconds: Int) -> ClockTime {
        let seconds = millisecondsSinceEpoch / 1000 + Int64(utcOffsetSeconds)
        return ClockTime(minutesAfterMidnight: Int(((seconds % 86_400) + 86_400) % 86_400) / 60)
    }

    /// The calendar date of this moment in that time zone.
    public func localDate(utcOffsetSeconds: Int) -> CalendarDate? {
        let seconds = millisecondsSinceEpoch / 1000 + Int64(utcOffsetSeconds)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = Timestamp.civil(fromDays: days)
        return CalendarDate(year: Int(year), month: Int(month), day: Int(day))
    }
}
