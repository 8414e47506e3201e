/// Turns the bytes of a hand-written file into text, reporting what an editor
/// could have got wrong: a wrong encoding or tabs used for indentation.
enum SourceText {
    /// Decodes UTF-8 (a leading byte-order mark is allowed and dropped).
    /// Returns nil, after logging one error per bad line, when the bytes are not UTF-8.
    static func decode(_ bytes: [UInt8], log: inout DiagnosticLog) -> String? {
        if let encoding = wideEncoding(of: bytes) {
            log.error("the file is saved as \(encoding), not UTF-8; save it again with the encoding UTF-8", at: .start)
            return nil
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var valid = true
        body.withUnsafeBufferPointer { buffer in
            var line = 1, column = 1, offset = 0
            var lastReportedLine = 0
            while offset < buffer.count {
                let byte = buffer[offset]
                if byte < 0x80 {
                    if byte == 0x0A {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                    offset += 1
                    continue
                }
                let length = validSequenceLength(buffer, at: offset)
                if length.isValid {
                    offset += length.count
                } else {
                    valid = false
                    if line != lastReportedLine {
                        lastReportedLine = line
                        log.error(
                            "this line is not valid UTF-8 text (byte 0x\(hex(byte))); the file was probably saved as "
                                + "Latin-1 or Windows-1252 — save it again with the encoding UTF-8",
                            at: SourcePosition(line: line, column: column))
                    }
                    offset += length.count
                }
                column += 1
            }
        }
        return valid ? String(decoding: body, as: UTF8.self) : nil
    }

    /// The length of the UTF-8 sequence starting at `offset` with a byte of 0x80 or more, or,
    /// when it is not valid, of its longest valid beginning (at least 1): what a decoder replaces
    /// with one U+FFFD (Unicode's "maximal subpart").
    private static func validSequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int)
        -> (count: Int, isValid: Bool) {
        let lead = buffer[offset]
        let count: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: count = 2
        case 0xE0: count = 3; second = 0xA0...0xBF
        case 0xED: count = 3; second = 0x80...0x9F
        case 0xE1...0xEF: count = 3
        case 0xF0: count = 4; second = 0x90...0xBF
        case 0xF4: count = 4; second = 0x80...0x8F
        case 0xF1...0xF3: count = 4
        default: return (1, false)
        }
        for index in 1..<count {
            guard offset + index < buffer.count else { return (index, false) }
            let byte = buffer[offset + index]
            guard (index == 1 ? second : 0x80...0xBF).contains(byte) else { return (index, false) }
        }
        return (count, true)
    }

    /// "UTF-16" or "UTF-32" when the bytes start with that byte-order mark, or look like ASCII
    /// text saved that way without one (every other byte zero).
    static func wideEncoding(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let head = Array(bytes.prefix(16))
        guard head.count >= 4, head.count % 2 == 0 else { return nil }
        let even = stride(from: 0, to: head.count, by: 2).map { head[$0] }
        let odd = stride(from: 1, to: head.count, by: 2).map { head[$0] }
        let isASCII = { (byte: UInt8) in byte != 0 && byte < 0x80 }
        if even.allSatisfy(isASCII) && odd.allSatisfy({ $0 == 0 }) { return "UTF-16" }
        if odd.allSatisfy(isASCII) && even.allSatisfy({ $0 == 0 }) { return "UTF-16" }
        return nil
    }

    /// Logs an error for every line whose indentation contains a tab; returns whether any did.
    static func reportTabIndentation(in text: String, log: inout DiagnosticLog) -> Bool {
        var found = false
        var line = 1
        var inIndentation = true, tabColumn: Int?, column = 1
        for byte in text.utf8 {
            switch byte {
            case 0x0A:
                line += 1
                inIndentation = true
                tabColumn = nil
                column = 1
                continue
            case 0x20 where inIndentation:
                break
            case 0x09 where inIndentation:
                if tabColumn == nil { tabColumn = column }
            case 0x0D where inIndentation:
                // A CRLF line end: the line is blank so far.
                break
            default:
                if inIndentation, let tabColumn {
                    found = true
                    log.error(
                        "a tab is used for indentation; YAML indents with spaces only — replace the tab with spaces",
                        at: SourcePosition(line: line, column: tabColumn))
                }
                inIndentation = false
            }
            column += 1
        }
        return found
    }

    /// True when the text holds nothing but blank lines and `#` comments (and `---` or `...`).
    /// Stops at the first line with something else on it.
    static func isBlank(_ text: String) -> Bool {
        var lead = true, comment = false
        var content: [Unicode.Scalar] = []
        func endOfLine() -> Bool {
            defer { lead = true; comment = false; content.removeAll() }
            return content.isEmpty || content == ["-", "-", "-"] || content == [".", ".", "."]
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                if !endOfLine() { return false }
            case _ where comment:
                continue
            case " " where lead, "\t" where lead, "\u{FEFF}" where lead:
                continue
            case "#" where lead:
                comment = true
            default:
                lead = false
                content.append(scalar)
                if content.count > 3 { return false }
            }
        }
        return endOfLine()
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
