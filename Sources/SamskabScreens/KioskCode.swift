import SamskabModel
import SamskabSession

/// The facilitator's code to leave a kiosk (Ctrl-X), guarded: two wrong codes are typos; from the
/// third each one makes the kiosk wait longer before the next try (2, 4, 8 … 60 s), and the tenth
/// locks it until the facilitator unlocks it from the projector (`L`). Guessing a 4-digit code
/// thus gets 10 tries in about 3 minutes, not 100 in 3 seconds. Kept across people (`reset`).
public struct KioskCodeGuard: Sendable, Equatable {
    /// Wrong codes since the kiosk was last unlocked.
    public var wrong = 0
    /// No code is taken before this moment.
    public var waitUntil: Timestamp?

    public static let lockAfter = 10

    public init(wrong: Int = 0) {
        self.wrong = wrong
    }

    public var isLocked: Bool { wrong >= Self.lockAfter }

    /// Seconds to wait after the n-th wrong code.
    public static func delay(afterWrong count: Int) -> Int {
        count < 3 ? 0 : min(60, 1 << (count - 2))
    }

    /// Whole seconds left to wait at `now` (0: a code may be typed).
    public func secondsToWait(at now: Timestamp) -> Int {
        guard let waitUntil, now < waitUntil else { return 0 }
        return Int(now.seconds(until: waitUntil).rounded(.up))
    }

    /// A wrong code at `now`: counted, and the next one waits (`scale`: 1, but for tests).
    public mutating func wrongCode(at now: Timestamp, scale: Double = 1) {
        wrong += 1
        let delay = Self.delay(afterWrong: wrong)
        waitUntil = delay > 0 ? now.adding(seconds: Double(delay) * scale) : nil
    }
}

extension Strings {
    func kioskWrongCode(_ guarded: KioskCodeGuard) -> String {
        let left = KioskCodeGuard.lockAfter - guarded.wrong
        let wait = KioskCodeGuard.delay(afterWrong: guarded.wrong)
        let danish = "Forkert kode" + (left <= 5 ? " — \(left) forsøg tilbage, så låses kiosken" : "")
            + (wait > 0 ? "; vent \(wait) s" : "")
        let english = "Wrong code" + (left <= 5 ? " — \(left) tries left before the kiosk locks" : "")
            + (wait > 0 ? "; wait \(wait) s" : "")
        return language == .danish ? danish : english
    }

    func kioskCodeWait(_ seconds: Int) -> String {
        language == .danish ? "Vent \(seconds) s, før koden prøves igen" : "Wait \(seconds) s before trying the code again"
    }

    public var kioskLocked: String {
        language == .danish
            ? "Kiosken er låst efter \(KioskCodeGuard.lockAfter) forkerte koder; facilitatoren låser den op på projektoren (L)"
            : "The kiosk is locked after \(KioskCodeGuard.lockAfter) wrong codes; the facilitator unlocks it on the projector (L)"
    }

    public var kioskUnlocked: String {
        language == .danish ? "Facilitatoren har låst kiosken op" : "The facilitator has unlocked the kiosk"
    }

    /// The projector's line while kiosks are locked.
    public func kiosksLocked(_ names: [String]) -> String {
        let list = names.prefix(4).joined(separator: ", ") + (names.count > 4 ? " …" : "")
        return language == .danish
            ? "Kiosk låst efter forkerte koder (\(list)) — tryk L for at låse op"
            : "Kiosk locked after wrong codes (\(list)) — press L to unlock"
    }

    public func kiosksUnlocked(_ count: Int) -> String {
        language == .danish ? (count == 1 ? "Kiosken er låst op" : "\(count) kiosker er låst op")
                            : (count == 1 ? "The kiosk is unlocked" : "\(count) kiosks are unlocked")
    }
}
