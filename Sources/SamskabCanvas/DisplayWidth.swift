/// How many terminal columns text takes, per grapheme cluster (what a person sees as one
/// character): 0, 1 or 2. Pure and table-driven, so screens are the same in every locale.
///
/// East Asian wide and fullwidth characters and emoji shown as emoji take two columns;
/// combining marks, zero-width joiners and variation selectors take none (they join the
/// cluster before them); an emoji sequence (ZWJ family, flag, keycap, skin tone) is one
/// cluster of two columns.
public enum DisplayWidth {
    public static func of(_ text: some StringProtocol) -> Int {
        if let columns = latinColumns(text.utf8) { return columns }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The width of text made only of line breaks and characters from U+0020 to U+02FF (ASCII,
    /// Danish and the other Latin letters, no combining marks): there every character is its own
    /// cluster of one column, so counting them is the answer, without walking grapheme clusters.
    /// nil for any other text. Screens measure every note on every frame, so this matters.
    static func latinColumns(_ utf8: some Collection<UInt8>) -> Int? {
        var columns = 0
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 0x20..<0x7F: columns += 1
            case 0x0A: break
            case 0xC2...0xCB:
                guard let next = iterator.next(), next & 0xC0 == 0x80, byte != 0xC2 || next >= 0xA0 else { return nil }
                columns += 1
            default: return nil
            }
        }
        return columns
    }

    public static func of(_ cluster: Character) -> Int {
        let scalars = cluster.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(scalar: first) }
        // Emoji presentation requested (VS16), a ZWJ sequence of emoji, a flag or a skin tone: two.
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 } // a flag: two regional indicators
        if scalars.contains(where: { $0.value == 0x200D }) && first.properties.isEmoji { return 2 }
        let base = scalars.first { of(scalar: $0) > 0 }
        return base.map { of(scalar: $0) } ?? 0
    }

    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        if isZeroWidth(scalar) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF, 0xE0100...0xE01EF,
             0x1F3FB...0x1F3FF, 0xE0020...0xE007F:
            return true
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return true
            default: return scalar.properties.isDefaultIgnorableCodePoint
            }
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks.
    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
             0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
