import CNCursesW
import SamskabCanvas

/// Styles as attributes (always) and colours (unless NO_COLOR or a monochrome terminal).
/// Every style differs in attribute or shape too, so nothing depends on colour alone.
/// Only the 8 base colours are used, so an 8-, 16- or 256-colour terminal shows the same; and
/// nothing is bold where its text can be black (many terminals draw bold black as grey): not
/// on a black-on-colour pair, and not reversed without colour, where the text takes the
/// terminal's background, black on a dark terminal.
enum Palette {
    struct Attributes {
        var attr: attr_t
        var pair: Int16
    }

    static let pairs: [CellStyle: (Int16, Int16, Int16)] = [
        .bar: (1, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
        .keyHint: (2, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        .note: (3, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
        .noteNewest: (3, Int16(COLOR_BLACK), Int16(COLOR_YELLOW)),
        .keyPoint: (4, Int16(COLOR_BLACK), Int16(COLOR_GREEN)),
        .overrun: (5, Int16(COLOR_WHITE), Int16(COLOR_RED)),
        .warning: (6, Int16(COLOR_RED), -1),
        .input: (7, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        .countdown: (8, Int16(COLOR_GREEN), -1),
        .selected: (9, Int16(COLOR_WHITE), Int16(COLOR_BLUE)),
        .qrCode: (10, Int16(COLOR_BLACK), Int16(COLOR_WHITE)),
        .qrDark: (11, Int16(COLOR_BLACK), Int16(COLOR_BLACK)),
    ]

    /// A QR code's dark cells and its ▀ drawn as ▄ light on dark (see Terminal.put): white on
    /// black; without colour, the terminal's own colours (the reverse of the code's reversed light).
    static let qrUpperHalfPair: (Int16, Int16, Int16) = (12, Int16(COLOR_WHITE), Int16(COLOR_BLACK))

    static func qrUpperHalf(color: Bool) -> Attributes {
        Attributes(attr: samskab_a_normal(), pair: color ? qrUpperHalfPair.0 : 0)
    }

    static func defineColorPairs() {
        for (_, (pair, foreground, background)) in pairs {
            init_pair(pair, foreground, background)
        }
        init_pair(qrUpperHalfPair.0, qrUpperHalfPair.1, qrUpperHalfPair.2)
    }

    static func attributes(_ style: CellStyle, color: Bool) -> Attributes {
        let bold = samskab_a_bold(), reverse = samskab_a_reverse(), dim = samskab_a_dim(), underline = samskab_a_underline()
        let attr: attr_t
        switch style {
        case .plain, .note: attr = samskab_a_normal()
        case .dim: attr = dim
        // Post-its are dark text on a light colour: bold there is drawn grey by many terminals
        // (bold as bright), so with colour they stay normal and are marked by badge and frame.
        case .noteNewest, .keyPoint: attr = color ? samskab_a_normal() : bold
        case .bold, .title, .countdown, .warning: attr = bold
        case .bar: attr = color ? samskab_a_normal() : reverse
        // Black on white: bold would be grey. Without colour the key stands out of the reversed bar
        // in the terminal's own colours, in bold.
        case .keyHint: attr = color ? samskab_a_normal() : bold
        // With colour bold white on blue; without, reverse alone (see above).
        case .selected: attr = color ? bold : reverse
        case .overrun: attr = reverse
        case .input: attr = color ? samskab_a_normal() : underline
        // Without colour, the terminal's own colours reversed: dark on light on a dark terminal.
        case .qrCode, .qrDark: attr = color ? samskab_a_normal() : reverse
        }
        let pair = color ? (pairs[style]?.0 ?? 0) : 0
        // With colour, overrun is white on red, not reversed (which would swap them back).
        return Attributes(attr: color && style == .overrun ? bold : attr, pair: pair)
    }
}

/// For a terminal whose locale is not UTF-8: ASCII stand-ins of the same width.
enum ASCIIFallback {
    static let letters: [Character: String] = [
        "æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A", "é": "e", "ü": "u", "ö": "o", "ä": "a",
        "—": "-", "–": "-", "…": ".", "·": "-", "’": "'", "‘": "'", "”": "\"", "“": "\"",
        "█": "#", "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "★": "*", "◆": "#", "␣": "_",
        "←": "<", "→": ">", "↑": "^", "↓": "v", "✓": "v",
        "●": "o", "▣": "=", "•": "-", "┄": ".", "━": "=", "┃": "#", "┏": "#", "┓": "#", "┗": "#", "┛": "#", "▶": ">",
    ]

    static func replace(_ cluster: String, columns: Int) -> String {
        if cluster.unicodeScalars.allSatisfy({ $0.isASCII }) { return cluster }
        if let character = cluster.first, let stand = letters[character] { return stand }
        return columns == 2 ? "?" : "?"
    }
}
