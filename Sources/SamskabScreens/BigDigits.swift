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
    ]

    /// The rows of `text` drawn large; `ascii` draws with '#'.
    public static func rows(_ text: String, ascii: Bool = false) -> [String] {
        (0..<height).map { row in
            text.map { font[$0]?[row] ?? "     " }.joined(separator: " ")
                .replacingBlocks(ascii: ascii)
        }
    }

    public static func width(_ text: String) -> Int { DisplayWidth.of(rows(text)[0]) }
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
