/// Large countdown digits, five rows tall, readable from the back of the room.
public enum BigDigits {
    static let height = 5

    static let font: [Character: [String]] = [
        "0": ["█████", "█   █", "█   █", "█   █", "█████"],
        "1": ["  ██ ", "   █ ", "   █ ", "   █ ", "  ███"],
        "2": ["█████", "    █", "█████", "█    ", "█████"],
        "3": ["█████", "    █", " ████", "    █", "█████"],
        "4": ["█   █", "█   █", "█████", "    █", "    █"],
        "5": ["█████", "█    ", "█████", "    █", "█████"],
        "6": ["█████", "█    ", "█████", "█   █", "█████"],
        "7": ["█████", "    █", "   █ ", "  █  ", "  █  "],
        "8": ["█████", "█   █", "█████", "█   █", "█████"],
        "9": ["█████", "█   █", "█████", "    █", "█████"],
        ":": ["   ", " █ ", "   ", " █ ", "   "],
        "+": ["     ", "  █  ", "█████", "  █  ", "     "],
        "-": ["     ", "     ", "█████", "     ", "     "],
        // The letters of "SKIFT" and "MOVE", for the shift on a gallery walk.
        "S": ["█████", "█    ", "█████", "    █", "█████"],
        "K": ["█   █", "█  █ ", "███  ", "█  █ ", "█   █"],
        "I": ["█████", "  █  ", "  █  ", "  █  ", "█████"],
        "F": ["█████", "█    ", "████ ", "█    ", "█    "],
        "T": ["█████", "  █  ", "  █  ", "  █  ", "  █  "],
        "M": ["█   █", "██ ██", "█ █ █", "█   █", "█   █"],
        "O": ["█████", "█   █", "█   █", "█   █", "█████"],
        "V": ["█   █", "█   █", "█   █", " █ █ ", "  █  "],
        "E": ["█████", "█    ", "████ ", "█    ", "█████"],
    ]

    /// The rows of `text` drawn large; `ascii` draws with '#'.
    public static func rows(_ text: String, ascii: Bool = false) -> [String] {
        (0..<height).map { row in
            text.map { font[$0]?[row] ?? "     " }.joined(separator: " ")
                .replacingBlocks(ascii: ascii)
        }
    }

    public static func width(_ text: String) -> Int { DisplayWidth.of(rows(text)[0]) }

    /// The rows drawn `scale` times as large (each cell repeated across and down), for a wall
    /// with room to spare.
    public static func rows(_ text: String, scale: Int, ascii: Bool = false) -> [String] {
        let base = rows(text, ascii: ascii)
        guard scale > 1 else { return base }
        return base.flatMap { row in
            Array(repeating: String(row.flatMap { Array(repeating: $0, count: scale) }), count: scale)
        }
    }
}

private extension String {
    func replacingBlocks(ascii: Bool) -> String {
        ascii ? String(map { $0 == "█" ? "#" : $0 }) : self
    }
}

/// `MM:SS` (or `+MM:SS` when over) for a number of seconds left.
public enum CountdownText {
    public static func format(_ seconds: Int) -> String {
        let magnitude = abs(seconds)
        let minutes = magnitude / 60, rest = magnitude % 60
        let text = (minutes < 10 ? "0" : "") + "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
        return seconds < 0 ? "+" + text : text
    }
}
