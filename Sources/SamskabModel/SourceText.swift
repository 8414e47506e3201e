/// Turns the bytes of a hand-written file into text, reporting what an editor
/// could have got wrong: a wrong encoding or tabs used for indentation.
enum SourceText {
    /// Decodes UTF-8 (a leading byte-order mark is allowed and dropped).
    /// Returns nil, after logging one error per bad line, when the bytes are not UTF-8.
    static func decode(_ bytes: [UInt8], log: inout DiagnosticLog) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }

        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var line = 1, column = 1, offset = 0
        var lastReportedLine = 0
        var valid = true
        decoding: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if Unicode.UTF8.decode(encoded) == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error(let length):
                valid = false
                if line != lastReportedLine {
                    lastReportedLine = line
                    let byte = body[body.startIndex + offset]
                    log.error(
                        "this line is not valid UTF-8 text (byte 0x\(hex(byte))); the file was probably saved as "
                            + "Latin-1 or Windows-1252 — save it again with the encoding UTF-8",
                        at: SourcePosition(line: line, column: column))
                }
                offset += length
                column += 1
            case .emptyInput:
                break decoding
            }
        }
        return valid ? String(decoding: body, as: UTF8.self) : nil
    }

    /// Logs an error for every line whose indentation contains a tab; returns whether any did.
    static func reportTabIndentation(in text: String, log: inout DiagnosticLog) -> Bool {
        var found = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            guard indentation.count < line.count, let tab = indentation.firstIndex(of: "\t") else { continue }
            found = true
            let column = line.distance(from: line.startIndex, to: tab) + 1
            log.error(
                "a tab is used for indentation; YAML indents with spaces only — replace the tab with spaces",
                at: SourcePosition(line: index + 1, column: column))
        }
        return found
    }

    /// True when the text holds nothing but blank lines and `#` comments.
    static func isBlank(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).allSatisfy { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            return trimmed.isEmpty || trimmed.first == "#" || trimmed == "---" || trimmed == "..."
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
