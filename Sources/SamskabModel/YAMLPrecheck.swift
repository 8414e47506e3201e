internal import CYaml

/// A first pass over the YAML events, before Yams builds the node tree, refusing what a
/// workshop definition has no use for and what could make composing slow or deep:
///
/// - aliases (`*name`): Yams expands each one, and hashes the expanded node when it is a key,
///   so a few hundred bytes of nested aliases take minutes;
/// - a list or block used as a key (`? [a, b]`, `[a]: 1`): keys are words such as `title`;
/// - nesting deeper than `DefinitionLimits.nesting`;
/// - characters YAML does not allow (a NUL byte, say), located where they are.
///
/// libyaml's events carry alias names without expanding them, so the pass is linear in the text.
enum YAMLPrecheck {
    /// Aliases are reported once a line, on at most this many lines; the rest are the same mistake.
    static let reportedAliasLines = 5

    /// Returns false after logging an error when the text must not be composed. A syntax error
    /// is left to the composer, which reports it with advice (it stops at the same place).
    static func admits(_ text: String, log: inout DiagnosticLog) -> Bool {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return true }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            log.error("the file could not be read as YAML: out of memory", at: .start)
            return false
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            return scan(&parser, text: text, log: &log)
        }
    }

    private struct Level {
        var isMapping: Bool
        /// In a mapping: whether the next node is a key.
        var expectingKey: Bool
        var keys = 0
    }

    private static func scan(_ parser: inout yaml_parser_t, text: String, log: inout DiagnosticLog) -> Bool {
        var levels: [Level] = []
        var aliasLines: [Int] = []
        var refused = false

        /// Whether the node starting now stands where a mapping expects a key.
        func isKey() -> Bool { levels.last.map { $0.isMapping && $0.expectingKey } ?? false }
        /// A node (scalar, alias or a whole collection) is complete: a mapping's next node is
        /// a value after a key, and a key after a value. Returns false when a mapping has too many keys.
        func completed() -> Bool {
            guard let last = levels.indices.last, levels[last].isMapping else { return true }
            if levels[last].expectingKey {
                levels[last].keys += 1
                if levels[last].keys > DefinitionLimits.keysPerBlock { return false }
            }
            levels[last].expectingKey.toggle()
            return true
        }
        func tooManyKeys(at mark: SourcePosition) -> Bool {
            log.error("this block has more than \(DefinitionLimits.keysPerBlock) keys; a block in a workshop definition "
                      + "has at most 11 — is this the right file?", at: mark)
            return false
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                if parser.error == YAML_READER_ERROR {
                    log.error(readerMessage(parser), at: position(ofByte: Int(parser.problem_offset), in: text))
                    return false
                }
                if let problem = parser.problem.map({ String(cString: $0) }), problem.hasPrefix("Maximum nesting level") {
                    // libyaml's own limit (1000), met while looking ahead for a key.
                    let mark = parser.problem_mark
                    log.error(nestingMessage, at: SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1))
                    return false
                }
                return !refused
            }
            defer { yaml_event_delete(&event) }
            let mark = SourcePosition(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return !refused
            case YAML_ALIAS_EVENT:
                refused = true
                if aliasLines.last != mark.line {
                    if aliasLines.count == reportedAliasLines { return false }
                    aliasLines.append(mark.line)
                    let name = DefinitionLimits.quote(cString(event.data.alias.anchor))
                    log.error("aliases (*\(name)) are not supported in a workshop definition; write the value out",
                              at: mark)
                }
                if !completed() { return tooManyKeys(at: mark) }
            case YAML_SCALAR_EVENT:
                if !completed() { return tooManyKeys(at: mark) }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                if isKey() {
                    log.error("a key must be a word such as 'title'; \(isMapping ? "a block of keys" : "a list") "
                              + "cannot be a key", at: mark)
                    return false
                }
                levels.append(Level(isMapping: isMapping, expectingKey: true))
                if levels.count > DefinitionLimits.nesting {
                    log.error(nestingMessage, at: mark)
                    return false
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                _ = levels.popLast()
                _ = completed()
            default:
                break
            }
        }
    }

    static let nestingMessage = "the lists and blocks here are nested more than \(DefinitionLimits.nesting) levels deep; "
        + "a workshop definition needs five"

    /// libyaml's reader refuses a character: a NUL byte or another control character.
    private static func readerMessage(_ parser: yaml_parser_t) -> String {
        let problem = parser.problem.map { String(cString: $0) } ?? "unreadable character"
        guard parser.problem_value >= 0, let scalar = Unicode.Scalar(UInt32(parser.problem_value)) else {
            return "the file is not valid YAML here (YAML: \(problem))"
        }
        let code = String(scalar.value, radix: 16, uppercase: true)
        let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        return "the character \(name)\(scalar.value == 0 ? " (NUL)" : "") cannot be in a YAML file; "
            + "remove it, or write it as an escape in double quotes (YAML: \(problem))"
    }

    /// Line and column (characters, from 1) of a byte offset into the UTF-8 of `text`, lines
    /// numbered as libyaml does (`YAMLDocument.yamlLines`).
    static func position(ofByte offset: Int, in text: String) -> SourcePosition {
        var line = 1, column = 1
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8.prefix(offset) {
            defer { previous = (previous.1, byte) }
            // The LF of a CRLF: the CR ended the line.
            if byte == 0x0A, previous.1 == 0x0D { continue }
            let isBreak = switch byte {
            case 0x0A, 0x0D: true
            case 0x85: previous.1 == 0xC2
            case 0xA8, 0xA9: previous == (0xE2, 0x80)
            default: false
            }
            if isBreak {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    private static func cString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
