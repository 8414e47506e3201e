import Foundation

/// How the command line writes JSON: Codable types only, through one encoder setting each.
enum JSONOutput {
    /// Indented, keys sorted (`pairs --json`).
    static func pretty(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// One line, keys sorted and in snake case (`readOnly` is `read_only`), slashes as they are
    /// (`status --json`); without the newline.
    static func line(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// An optional whose key is always written: `null` when absent (Codable's default leaves the key out).
@propertyWrapper
struct NullWhenAbsent<Wrapped: Encodable>: Encodable {
    var wrappedValue: Wrapped?

    init(wrappedValue: Wrapped?) {
        self.wrappedValue = wrappedValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
