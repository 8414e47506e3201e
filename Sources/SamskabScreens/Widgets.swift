/// Drawing pieces shared by the screens.
public struct BoxChars: Sendable {
    let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    let star, diamond: String
    /// A vote, a cluster's label, a marked note, a note in a cluster, and the line between them.
    var dot = "●", cluster = "▣", check = "✓", bullet = "•", thin = "┄"

    public static let unicode = BoxChars(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                         bottomLeft: "└", bottomRight: "┘", star: "★", diamond: "◆")
    public static let ascii = BoxChars(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                       bottomLeft: "+", bottomRight: "+", star: "*", diamond: "#",
                                       dot: "o", cluster: "=", check: "x", bullet: "-", thin: ".")

    /// A heavier frame, to mark a post-it (the newest note) by its border rather than its colour.
    public static let heavyUnicode = BoxChars(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓",
                                              bottomLeft: "┗", bottomRight: "┛", star: "★", diamond: "◆")
    public static let heavyASCII = BoxChars(horizontal: "=", vertical: "#", topLeft: "#", topRight: "#",
                                            bottomLeft: "#", bottomRight: "#", star: "*", diamond: "#",
                                            dot: "o", cluster: "=", check: "x", bullet: "-", thin: ".")

    public static func forView(ascii: Bool) -> BoxChars { ascii ? .ascii : .unicode }

    /// The heavy frame of the same alphabet.
    var heavy: BoxChars { horizontal == "-" ? .heavyASCII : .heavyUnicode }
}

extension Canvas {
    /// A frame with an optional label set into its top edge.
    mutating func box(x: Int, y: Int, width: Int, height: Int, style: CellStyle, chars: BoxChars, label: String? = nil) {
        guard width >= 2, height >= 2 else { return }
        let inner = String(repeating: chars.horizontal, count: width - 2)
        write(chars.topLeft + inner + chars.topRight, x: x, y: y, style: style)
        for row in 1..<(height - 1) {
            write(chars.vertical, x: x, y: y + row, style: style)
            fill(x: x + 1, y: y + row, width: width - 2, height: 1, style: style)
            write(chars.vertical, x: x + width - 1, y: y + row, style: style)
        }
        write(chars.bottomLeft + inner + chars.bottomRight, x: x, y: y + height - 1, style: style)
        if let label, width > 4 {
            write(label, x: x + 1, y: y, style: style, limit: width - 2)
        }
    }

    /// Text centred on a line within [x, x + width).
    mutating func centred(_ text: String, y: Int, x: Int = 0, width: Int? = nil, style: CellStyle = .plain) {
        let room = width ?? self.width - x
        let fitted = TextLayout.truncate(text, to: room)
        let left = x + max(0, (room - DisplayWidth.of(fitted)) / 2)
        write(fitted, x: left, y: y, style: style, limit: room)
    }

    /// "The terminal is too small (needs W×H)", centred, instead of a broken layout.
    mutating func tooSmall(_ strings: Strings, need: (width: Int, height: Int)) {
        for (offset, line) in strings.tooSmall(width, height, need: need).enumerated() {
            centred(line, y: max(0, height / 2 - 1) + offset, style: offset == 0 ? .warning : .plain)
        }
    }

    /// Big countdown digits centred at row `y`; returns the rows used.
    @discardableResult
    mutating func bigCountdown(_ text: String, y: Int, style: CellStyle, ascii: Bool) -> Int {
        let rows = BigDigits.rows(text, ascii: ascii)
        guard DisplayWidth.of(rows[0]) <= width else {
            centred(text, y: y, style: style)
            return 1
        }
        for (offset, row) in rows.enumerated() { centred(row, y: y + offset, style: style) }
        return rows.count
    }
}
