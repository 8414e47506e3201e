import Foundation

/// The room code: six random digits. Not the kiosk's `kiosk_pin`, which is the facilitator's
/// secret for leaving a kiosk and must not go up on the wall.
public enum RoomCode {
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%06d", Int.random(in: 0...999_999, using: &generator))
    }

    /// 4–6 digits.
    public static func isValid(_ code: String) -> Bool {
        (4...6).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
