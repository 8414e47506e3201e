import Foundation

/// Names sorted the Danish way: Æ, Ø, Å after Z (and "Aa" as Å, as in Aagaard).
public enum DanishOrder {
    /// A key that sorts in Danish order with plain string comparison.
    public static func key(_ name: String) -> String {
        var lowered = name.lowercased()
        if lowered.hasPrefix("aa") { lowered = "å" + lowered.dropFirst(2) }
        lowered = lowered.replacingOccurrences(of: "aa", with: "å")
        return String(lowered.map { character -> Character in
            switch character {
            case "æ", "ä": return "{"
            case "ø", "ö": return "|"
            case "å": return "}"
            default: return character
            }
        })
    }

    public static func sorted(_ names: [String]) -> [String] {
        names.sorted { (key($0), $0) < (key($1), $1) }
    }
}
