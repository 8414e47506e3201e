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
        // For an address on the join card (192.168.1.20:8080).
        ".": [" ", " ", " ", " ", "█"],
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

    /// Whether every character of `text` has a large form.
    public static func canDraw(_ text: String) -> Bool { !text.isEmpty && text.allSatisfy { font[$0] != nil } }

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

extension BigDigits {
    /// The rows drawn `scaleX` times as wide and `scaleY` times as tall (a terminal cell is about
    /// twice as tall as wide, so a large countdown grows more across than down).
    public static func rows(_ text: String, scaleX: Int, scaleY: Int, ascii: Bool = false) -> [String] {
        let base = rows(text, ascii: ascii)
        let across = max(1, scaleX), down = max(1, scaleY)
        return base.flatMap { row in
            Array(repeating: String(row.flatMap { Array(repeating: $0, count: across) }), count: down)
        }
    }

    /// The largest scale (across, down) at which `text` fits in `width` × `height` cells, at most
    /// `limit` times as tall; across about one and a half times down, so the digits look upright.
    static func scale(_ text: String, width: Int, height: Int, limit: Int = 8) -> (x: Int, y: Int)? {
        let base = Self.width(text)
        guard base <= width, Self.height <= height else { return nil }
        var best = (x: 1, y: 1)
        for down in 1...max(1, limit) {
            // As upright as the width allows: one and a half times across, else less, never narrower than tall.
            guard Self.height * down <= height,
                  let across = stride(from: max(1, (down * 3 + 1) / 2), through: down, by: -1).first(where: { base * $0 <= width })
            else { break }
            best = (across, down)
        }
        return best
    }
}

extension Canvas {
    /// Large text drawn solid: only the cells of the letters are written, in `style`'s colour on
    /// the wall's own background (never letters cut out of a coloured block).
    mutating func bigText(_ text: String, x: Int, y: Int, style: CellStyle, ascii: Bool, scaleX: Int = 1, scaleY: Int = 1) {
        for (offset, row) in BigDigits.rows(text, scaleX: scaleX, scaleY: scaleY, ascii: ascii).enumerated() {
            var column = x
            for character in row {
                if character != " " { put(character, x: column, y: y + offset, style: style) }
                column += 1
            }
        }
    }
}
