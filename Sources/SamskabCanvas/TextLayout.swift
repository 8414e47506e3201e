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
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
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
        if lines.count > maxLines {
            var kept = Array(lines.prefix(maxLines))
            kept[maxLines - 1] = markCut(kept[maxLines - 1], columns: columns)
            return kept
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
