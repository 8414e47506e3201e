/// The hygiene every text gets where it enters: C0/C1 controls (except newline), DEL, ANSI/VT
/// escape sequences and bidirectional overrides never reach a screen or an export. Standard
/// library only: the journal line reader applies it to what it reads, and `NoteText` (which also
/// normalises and bounds typed text) to what is typed.
public enum TextHygiene {
    /// A text read from a list of a journal line (a table's name in a plan, an id), with the same
    /// hygiene as a line's own texts: a hand-edited escape sequence never reaches a screen or an export.
    public static func cleanOnRead(_ text: String) -> String {
        needsHygiene(text.unicodeScalars) ? stripControls(text, keepNewlines: true) : text
    }

    /// True when `stripControls` would change the text (beyond nothing).
    public static func needsHygiene(_ scalars: String.UnicodeScalarView) -> Bool {
        scalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x2028 || value == 0x2029
        }
    }

    /// Removes C0/C1 controls (except newline), DEL, ANSI/VT escape sequences and bidi overrides.
    /// Carriage returns become newlines; tabs become spaces.
    public static func stripControls(_ raw: String, keepNewlines: Bool) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(raw.unicodeScalars)
        var index = 0
        func isFinal(_ scalar: Unicode.Scalar) -> Bool { (0x40...0x7E).contains(scalar.value) }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar.value {
            case 0x1B: // ESC: skip the whole sequence
                index = skipEscape(scalars, from: index)
                continue
            case 0x9B: // C1 CSI
                index += 1
                while index < scalars.count, !isFinal(scalars[index]) { index += 1 }
                index += 1
                continue
            case 0x9D, 0x90, 0x98, 0x9E, 0x9F: // C1 OSC, DCS, SOS, PM, APC: up to a terminator
                index = skipString(scalars, from: index + 1)
                continue
            case 0x0D:
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                output.append(keepNewlines ? "\n" : " ")
            case 0x0A:
                output.append(keepNewlines ? "\n" : " ")
            case 0x09:
                output.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                break
            case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                // Bidi overrides could reorder what the wall shows; line separators are not newlines here.
                if scalar.value >= 0x2028 && scalar.value <= 0x2029 { output.append(keepNewlines ? "\n" : " ") }
            default:
                output.append(scalar)
            }
            index += 1
        }
        return String(output)
    }

    private static func skipEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        guard index < scalars.count else { return index }
        switch scalars[index] {
        case "[": // CSI: parameters and intermediates, then one final byte
            index += 1
            while index < scalars.count, !(0x40...0x7E).contains(scalars[index].value) { index += 1 }
            return index + 1
        case "]", "P", "X", "^", "_": // OSC, DCS, SOS, PM, APC: until BEL or ESC \
            return skipString(scalars, from: index + 1)
        case "(", ")", "*", "+", "-", ".", "/", "#", "%", " ": // designations: one more character
            return min(scalars.count, index + 2)
        default:
            return index + 1
        }
    }

    private static func skipString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x07 || value == 0x9C { return index + 1 }
            if value == 0x1B {
                return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index + 1
            }
            index += 1
        }
        return index
    }
}
