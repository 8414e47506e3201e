import Foundation
import Yams

/// The keys of one YAML mapping, read with positions, for one part of the definition.
struct Fields {
    struct Entry {
        var key: String
        var keyPosition: SourcePosition
        var value: Node
    }

    /// What these fields describe in messages, e.g. "the workshop" or "program item 3 (talk)".
    let owner: String
    let position: SourcePosition
    let entries: [Entry]

    init?(_ node: Node, owner: String) {
        guard case .mapping(let mapping) = node else { return nil }
        self.owner = owner
        self.position = node.position
        self.entries = mapping.map { pair in
            Entry(key: pair.key.textValue ?? pair.key.shapeDescription, keyPosition: pair.key.position, value: pair.value)
        }
    }

    subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }

    func has(_ key: String) -> Bool { self[key] != nil }

    func keyPosition(_ key: String) -> SourcePosition { entries.first { $0.key == key }?.keyPosition ?? position }
}

/// Typed reading of fields, logging a located error for each problem and carrying on.
struct FieldReader {
    var log: DiagnosticLog

    mutating func rejectUnknownKeys(_ fields: Fields, allowed: [String], kindName: String) {
        for entry in fields.entries where !allowed.contains(entry.key) {
            log.error("unknown key '\(DefinitionLimits.quote(entry.key))' in \(kindName)"
                      + (log.isFull ? "" : Suggestion.hint(for: entry.key, among: allowed)),
                      at: entry.keyPosition)
        }
    }

    mutating func requireKey(_ fields: Fields, _ key: String, example: String) {
        if !fields.has(key) {
            log.error("\(fields.owner) has no '\(key)'; add a line such as '\(key): \(example)'", at: fields.position)
        }
    }

    /// Text of `key`, trimmed. Nil when absent; logs when present but not usable text,
    /// and when `required` and absent or empty.
    mutating func text(_ fields: Fields, _ key: String, required: Bool = false, example: String = "…") -> String? {
        guard let node = fields[key] else {
            if required { requireKey(fields, key, example: example) }
            return nil
        }
        return text(node, named: "'\(key)'", in: fields.owner, required: required,
                    limit: DefinitionLimits.textLimit(forKey: key))
    }

    /// - Parameter limit: the most characters the text may have (`DefinitionLimits`).
    mutating func text(_ node: Node, named name: String, in owner: String, required: Bool,
                       limit: Int = DefinitionLimits.shortText) -> String? {
        guard case .scalar = node else {
            log.error("\(name) in \(owner) must be text, not \(node.shapeDescription)", at: node.position)
            return nil
        }
        let raw = node.textValue ?? ""
        // Bytes first: a text of at most `limit` bytes has at most `limit` characters.
        if raw.utf8.count > limit, raw.count > limit {
            log.error("\(name) in \(owner) is \(raw.count) characters long; keep it to \(limit) characters", at: node.position)
            return nil
        }
        if let control = raw.unicodeScalars.first(where: DefinitionLimits.isControl) {
            let code = String(control.value, radix: 16, uppercase: true)
            log.error("\(name) in \(owner) contains the control character U+\(String(repeating: "0", count: 4 - code.count))"
                      + "\(code), which a screen cannot show; remove it", at: node.position)
            return nil
        }
        let trimmed = raw.trimmingWhitespace
        if trimmed.isEmpty {
            if required { log.error("\(name) in \(owner) is empty; write the text after the ':'", at: node.position) }
            return nil
        }
        return trimmed
    }

    /// A whole number within `range`; `unit` names it in messages ("minutes").
    mutating func wholeNumber(_ fields: Fields, _ key: String, range: ClosedRange<Int>, unit: String,
                              required: Bool = false, example: String = "20") -> Int? {
        guard let node = fields[key] else {
            if required { requireKey(fields, key, example: example) }
            return nil
        }
        guard case .scalar = node, let raw = node.textValue?.trimmingWhitespace else {
            log.error("'\(key)' in \(fields.owner) must be a whole number of \(unit), like \(example); "
                      + (node.isNull ? "it is empty" : "found \(node.shapeDescription)"), at: node.position)
            return nil
        }
        guard let value = Int(raw) else {
            log.error("'\(key)' in \(fields.owner) must be a whole number of \(unit), like \(example); "
                      + "found '\(DefinitionLimits.quote(raw))'",
                      at: node.position)
            return nil
        }
        if value <= 0, range.lowerBound > 0 {
            log.error("'\(key)' in \(fields.owner) must be more than zero; found \(value)", at: node.position)
            return nil
        }
        guard range.contains(value) else {
            log.error("'\(key)' in \(fields.owner) is \(value) \(unit), outside \(range.lowerBound)–\(range.upperBound); "
                      + "is that a typing slip?", at: node.position)
            return nil
        }
        return value
    }

    /// true/false, also yes/no and the Danish ja/nej.
    mutating func flag(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        let raw = node.textValue?.trimmingWhitespace.lowercased() ?? ""
        switch raw {
        case "true", "yes", "ja": return true
        case "false", "no", "nej": return false
        default:
            let shown = node.textValue.map { "'\(DefinitionLimits.quote($0))'" } ?? node.shapeDescription
            log.error("'\(key)' in \(fields.owner) must be true or false (or ja/nej); found \(shown)", at: node.position)
            return nil
        }
    }

    /// A list of non-empty texts; `itemName` names one entry in messages ("question").
    mutating func textList(_ fields: Fields, _ key: String, itemName: String, required: Bool, example: String) -> [String]? {
        guard let node = fields[key] else {
            if required {
                log.error("\(fields.owner) has no '\(key)'; add a list such as\n  \(key):\n    - \(example)", at: fields.position)
            }
            return nil
        }
        guard case .sequence(let sequence) = node else {
            if case .scalar = node, !node.isNull {
                log.error("'\(key)' in \(fields.owner) must be a list, one \(itemName) per line starting with '- '",
                          at: node.position)
            } else {
                log.error("'\(key)' in \(fields.owner) is empty; list at least one \(itemName), each on a line starting with '- '",
                          at: node.position)
            }
            return nil
        }
        if sequence.isEmpty {
            log.error("'\(key)' in \(fields.owner) is an empty list; add at least one \(itemName)", at: node.position)
            return nil
        }
        var texts: [String] = []
        for (index, entry) in sequence.enumerated() {
            if case .scalar = entry, entry.textValue?.trimmingWhitespace.isEmpty ?? true {
                log.error("\(itemName) \(index + 1) in \(fields.owner) is empty; write its text or remove the line",
                          at: entry.position)
            } else if let text = text(entry, named: "\(itemName) \(index + 1)", in: fields.owner, required: true,
                                      limit: DefinitionLimits.longText) {
                texts.append(text)
            }
        }
        return texts.count == sequence.count ? texts : nil
    }

    /// One of a fixed set of words.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, as: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        guard let node = fields[key] else { return nil }
        let allowed = Choice.allCases.map(\.rawValue)
        guard let raw = node.textValue?.trimmingWhitespace, !raw.isEmpty else {
            log.error("'\(key)' in \(fields.owner) must be one of: \(allowed.joined(separator: ", "))", at: node.position)
            return nil
        }
        if let value = Choice(rawValue: raw) ?? Choice(rawValue: raw.lowercased()) { return value }
        log.error("'\(key)' in \(fields.owner) cannot be '\(DefinitionLimits.quote(raw))'"
                  + Suggestion.hint(for: raw, among: allowed, listLabel: "it must be one of"), at: node.position)
        return nil
    }

    mutating func date(_ fields: Fields, _ key: String) -> CalendarDate? {
        guard let raw = text(fields, key) else { return nil }
        if let date = CalendarDate(iso: raw) { return date }
        log.error("'\(key)' in \(fields.owner) must be a date written YYYY-MM-DD, like 2019-08-30; "
                  + "found '\(DefinitionLimits.quote(raw))'",
                  at: fields[key]?.position ?? fields.position)
        return nil
    }
}

extension StringProtocol {
    /// Without leading and trailing white space (newlines included).
    public var trimmingWhitespace: String {
        var start = startIndex, end = endIndex
        while start < end, self[start].isWhitespace { formIndex(after: &start) }
        while start < end {
            let last = index(before: end)
            guard self[last].isWhitespace else { break }
            end = last
        }
        return String(self[start..<end])
    }
}
