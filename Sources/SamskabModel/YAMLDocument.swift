import Yams

/// Composes YAML text into a node tree with positions, translating the parser's
/// terse complaints into advice a facilitator can act on.
enum YAMLDocument {
    static func compose(_ text: String, log: inout DiagnosticLog) -> Node? {
        guard YAMLPrecheck.admits(text, log: &log) else { return nil }
        do {
            // No tag rules: the definition reads every scalar as text (`no` stays `no`), and
            // resolving each key's tag with regular expressions was a third of composing.
            guard let root = try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot() else {
                log.error("the file is empty; a workshop definition needs at least 'title:' and 'program:' "
                          + "(see docs/workshop-format.md for an example)", at: .start)
                return nil
            }
            return root
        } catch let error as YamlError {
            let (message, position) = explain(error)
            log.error(message, at: position)
            return nil
        } catch {
            log.error("the file could not be read as YAML: \(error)", at: .start)
            return nil
        }
    }

    static func explain(_ error: YamlError) -> (String, SourcePosition) {
        switch error {
        case .scanner(_, let problem, let mark, _),
             .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return (advice(for: problem), SourcePosition(line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let first = SourcePosition(line: max(1, context.mark.line), column: max(1, context.mark.column))
            // A key that is not text (which the precheck refuses) has no name to give.
            guard let key = duplicates.first, key != "<uncovertable>" else {
                return ("the same key appears more than once in this block; keep only one", first)
            }
            let again = repeatedKey(key, after: first, in: context.text)
            let shown = DefinitionLimits.quote(key)
            let message = again == nil
                ? "the key '\(shown)' appears more than once in the same block; keep only one"
                : "the key '\(shown)' is given again here (first on line \(first.line)); keep only one"
            return (message, again ?? first)
        case .reader(let problem, let offset, _, let text):
            // The precheck locates these itself; the offset here counts characters.
            return ("the file could not be read: \(problem)", offset.map { position(ofCharacter: $0, in: text) } ?? .start)
        default:
            return ("the file could not be read as YAML: \(error)", .start)
        }
    }

    static func position(ofCharacter offset: Int, in text: String) -> SourcePosition {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(character) {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// Where `key` is written a second time at the same indentation as its first use,
    /// so the error points at the line to delete rather than the one to keep.
    static func repeatedKey(_ key: String, after first: SourcePosition, in text: String) -> SourcePosition? {
        let lines = yamlLines(text)
        let indentation = first.column - 1
        guard first.line < lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index]
            let lead = line.prefix { $0 == " " || $0 == "-" }.count
            let content = line.dropFirst(lead)
            if content.isEmpty || content.first == "#" { continue }
            if lead < indentation { return nil }
            if lead == indentation, content.hasPrefix(key + ":") {
                return SourcePosition(line: index + 1, column: lead + 1)
            }
        }
        return nil
    }

    /// The lines of `text` as libyaml numbers them in its marks: a CR alone, CRLF, LF, NEL, LS
    /// and PS each end one (an old Mac file has no LF at all).
    static func yamlLines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}"
        }
    }

    /// libyaml's wording, kept in parentheses so it can be searched for, after plain advice.
    static func advice(for problem: String) -> String {
        let plain: String
        switch problem {
        case "mapping values are not allowed in this context":
            plain = "a ':' followed by a space starts a new key, which cannot be here; "
                + "if the text itself contains ': ', put the whole text in double quotes"
        case "could not find expected ':'":
            plain = "a line here is missing the ':' after its key, or a quote is never closed"
        case "did not find expected key":
            plain = "the indentation here does not line up with the lines above it"
        case "did not find expected '-' indicator":
            plain = "a list entry here is not lined up with the entries above it"
        case "found unexpected end of stream":
            plain = "the file ends inside a quoted text; close the quote"
        case "found character that cannot start any token":
            plain = "this character cannot start a value; put the text in double quotes"
        case "found undefined tag handle", "found unknown escape character":
            plain = "a '!' or '\\' here has a special meaning in YAML; put the text in single quotes"
        case "expected a single document in the stream":
            plain = "the file holds more than one document ('---'); a definition is one document"
        case "found unexpected ':'":
            plain = "a ':' here is not expected; put the text in double quotes"
        default:
            plain = "the file is not valid YAML here"
        }
        return "\(plain) (YAML: \(problem))"
    }
}

/// A position from a node's mark (lines and columns from 1).
extension Node {
    var position: SourcePosition {
        guard let mark else { return .start }
        return SourcePosition(line: max(1, mark.line), column: max(1, mark.column))
    }

    /// The scalar's text, or nil when the value is YAML's null (nothing, `~` or `null`).
    /// Everything else stays text exactly as written: `no`, `NO`, `0800`, `on`.
    var textValue: String? {
        guard case .scalar(let scalar) = self else { return nil }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    var isNull: Bool {
        if case .scalar = self { return textValue == nil }
        return false
    }

    /// How the node looks, for "must be text, not …" messages.
    var shapeDescription: String {
        switch self {
        case .scalar: "text"
        case .mapping: "a block of keys"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
