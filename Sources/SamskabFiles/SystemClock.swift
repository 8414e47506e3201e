import Foundation
import SamskabModel
import SamskabSession

/// The system's wall clock and time zone: the one place samskab reads them. Everything below
/// this (the session state, the screens, the exports) takes the moment and the offset as values.
public enum SystemClock {
    /// This moment, to the millisecond: the same clock the journal stamps its events with.
    public static func now() -> Timestamp {
        Timestamp(millisecondsSinceEpoch: POSIX.now())
    }

    /// Seconds east of UTC in the local time zone (TZ) at a moment.
    public static func utcOffset(at moment: Timestamp) -> Int {
        TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: Double(moment.millisecondsSinceEpoch) / 1000))
    }

    /// Today's date in the local time zone (Gregorian, whatever the locale's calendar).
    public static func today() -> CalendarDate {
        let moment = now()
        if let date = moment.localDate(utcOffsetSeconds: utcOffset(at: moment)) { return date }
        // A system clock outside the years CalendarDate accepts (1900–2200): the nearest day it does.
        let nearest = moment.millisecondsSinceEpoch < 0
            ? CalendarDate(year: 1900, month: 1, day: 1)
            : CalendarDate(year: 2200, month: 12, day: 31)
        guard let nearest else { preconditionFailure("1900-01-01 and 2200-12-31 are valid calendar dates") }
        return nearest
    }
}
