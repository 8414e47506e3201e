/// Word wrap and truncation by display width.
public enum TextLayout {
    public static let ellipsis: Character = "…"

    /// `text` cut to `columns` columns, ending in "…" when it was cut.
    public static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if DisplayWidth.of(text) <= columns { return text }
        return markCut(text, columns: columns)
    }

    /// Lines of at most `columns` columns. Breaks at spaces; a word longer than a line is
    /// broken inside; newlines in the text are kept. At most `maxLines` lines, the last
    /// ending in "…" if the text did not fit.
    public static func wrap(_ text: String, to columns: Int, maxLines: Int = .max) -> [String] {
        guard columns > 0, maxLines > 0 else { return [] }
        let lines = scalarLines(text, columns: columns) ?? clusterLines(text, columns: columns)
        if lines.count > maxLines {
            var kept = Array(lines.prefix(maxLines))
            kept[maxLines - 1] = markCut(kept[maxLines - 1], columns: columns)
            return kept
        }
        return lines
    }

    /// How many lines `wrap` gives, without making them: a board measures every note to page
    /// it, and shows only one page.
    public static func lineCount(_ text: String, to columns: Int, maxLines: Int = .max) -> Int {
        guard columns > 0, maxLines > 0 else { return 0 }
        if let count = narrowLineCount(text.utf8, columns: columns) { return min(count, maxLines) }
        let paragraphs = scalarWords(text) ?? clusterWords(text)
        var count = 0
        for words in paragraphs {
            var lineWidth = 0
            for word in words {
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= columns {
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    count += 1
                    lineWidth = 0
                }
                if wordWidth > columns {
                    var rest = word
                    while wordWidth > columns {
                        rest = split(rest, at: columns).1
                        count += 1
                        wordWidth = DisplayWidth.of(rest)
                    }
                }
                lineWidth = wordWidth
            }
            count += 1
            if count >= maxLines { return maxLines }
        }
        return min(count, maxLines)
    }

    /// `lineCount` for text whose every character stands alone and has a known width — ASCII,
    /// Latin letters up to U+02FF and the punctuation of U+2010–U+2027 (dashes, quotes, …), one
    /// column each, and single emoji of U+1F300–U+1FAFF (not a skin tone, nor joined to another)
    /// — read byte by byte without making a string; nil for any other text.
    static func narrowLineCount(_ bytes: String.UTF8View, columns: Int) -> Int? {
        var count = 0, lineWidth = 0, wordWidth = 0
        var wordHasWide = false
        var pending = 0  // continuation bytes still to come in the current character
        var scalar: UInt32 = 0
        func endWord() {
            guard wordWidth > 0 else { return }
            if lineWidth > 0, lineWidth + 1 + wordWidth <= columns {
                lineWidth += 1 + wordWidth
            } else {
                if lineWidth > 0 { count += 1 }
                // A word longer than a line is cut every `columns` characters (of one column each).
                if wordWidth > columns, wordHasWide { failed = true }
                let cuts = (wordWidth - 1) / columns
                count += cuts
                lineWidth = wordWidth - cuts * columns
            }
            wordWidth = 0
            wordHasWide = false
        }
        var failed = false
        var lead: UInt8 = 0
        for byte in bytes {
            if pending > 0 {
                // U+2000–U+203F: only U+2010–U+2027 (dashes, quotes, bullets, …) are taken.
                if lead == 0xE2, pending == 2 {
                    guard byte == 0x80 else { return nil }
                } else if lead == 0xE2, pending == 1 {
                    guard (0x90...0xA7).contains(byte) else { return nil }
                }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
                pending -= 1
                if lead == 0xF0, pending == 0 {
                    // An emoji standing alone: two columns where shown as emoji, else one.
                    guard (0x1F300...0x1FAFF).contains(scalar), !(0x1F3FB...0x1F3FF).contains(scalar),
                          let emoji = Unicode.Scalar(scalar) else { return nil }
                    let width = DisplayWidth.of(scalar: emoji)
                    wordWidth += width
                    if width > 1 { wordHasWide = true }
                }
                continue
            }
            switch byte {
            case 0x20:
                endWord()
            case 0x0A:
                endWord()
                count += 1
                lineWidth = 0
            case 0x21...0x7E:
                wordWidth += 1
            case 0xC3...0xCB:  // U+00C0–U+02FF: Latin letters, one column each
                lead = byte
                pending = 1
                wordWidth += 1
            case 0xE2:
                lead = byte
                pending = 2
                wordWidth += 1
            case 0xF0:
                lead = byte
                pending = 3
                scalar = 0
            default:
                return nil  // controls, U+0080–U+00BF, combining marks and everything wider or rarer
            }
        }
        guard pending == 0 else { return nil }
        endWord()
        return failed ? nil : count + 1
    }

    /// Wrapping by grapheme cluster and display width: right for any text.
    static func clusterLines(_ text: String, columns: Int) -> [String] {
        fill(clusterWords(text), columns: columns)
    }

    static func clusterWords(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
    }

    /// The same, splitting at spaces and line breaks by scalar rather than by cluster, which is
    /// much faster and gives the same words wherever nothing joins onto a space or a line break
    /// (a combining mark or joiner after one, a prepended mark before one, a carriage return).
    /// nil where something might: then `clusterLines` decides.
    static func scalarLines(_ text: String, columns: Int) -> [String]? {
        scalarWords(text).map { fill($0, columns: columns) }
    }

    /// The words of `scalarLines`, or nil where `clusterWords` must decide.
    static func scalarWords(_ text: String) -> [[String]]? {
        var afterSeparator = false
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let separator = value == 0x20 || value == 0x0A
            if value == 0x0D || afterSeparator && value >= 0x300 && joinsPrevious(scalar)
                || separator && mayPrepend(previous) { return nil }
            afterSeparator = separator
            previous = value
        }
        return text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            paragraph.split(separator: " ", omittingEmptySubsequences: true).map { String(Substring($0)) }
        }
    }

    /// Marks, joiners, selectors and skin tones: what attaches to the character before it.
    private static func joinsPrevious(_ scalar: Unicode.Scalar) -> Bool {
        if (0x1F3FB...0x1F3FF).contains(scalar.value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark, .format: return true
        default: return false
        }
    }

    /// The few scripts with characters that attach to the one after them (Arabic number signs,
    /// some Brahmic marks), taken broadly.
    private static func mayPrepend(_ value: UInt32) -> Bool {
        (0x600..<0x900).contains(value) || value == 0xD4E || (0x11000..<0x12000).contains(value)
    }

    /// Words filled into lines of at most `columns` columns; a word longer than a line is broken.
    private static func fill(_ paragraphs: [[String]], columns: Int) -> [String] {
        var lines: [String] = []
        for words in paragraphs {
            var line = ""
            var lineWidth = 0
            for var word in words {
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= columns {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > columns {
                    let (head, rest) = split(word, at: columns)
                    lines.append(head)
                    word = rest
                    wordWidth = DisplayWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// `text` with "…" at its end, shortened as needed to stay within `columns`.
    static func markCut(_ text: String, columns: Int) -> String {
        var head = ""
        var used = 0
        for cluster in text {
            let width = DisplayWidth.of(cluster)
            if used + width > columns - 1 { break }
            head.append(cluster)
            used += width
        }
        return head.trimmingSuffixSpaces + String(ellipsis)
    }

    /// Splits at most `columns` columns off the front of `word`.
    static func split(_ word: String, at columns: Int) -> (String, String) {
        var head = ""
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let width = DisplayWidth.of(word[index])
            if used + width > columns { break }
            head.append(word[index])
            used += width
            index = word.index(after: index)
        }
        if head.isEmpty, index < word.endIndex { // a wide cluster in a one-column line
            head.append(word[index])
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }

    /// Pads or cuts to exactly `columns` columns.
    public static func pad(_ text: String, to columns: Int) -> String {
        let fitted = truncate(text, to: columns)
        return fitted + String(repeating: " ", count: max(0, columns - DisplayWidth.of(fitted)))
    }
}

extension String {
    var trimmingSuffixSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
