import Foundation

/// A form as browsers post it (`application/x-www-form-urlencoded`), read in one pass over the
/// bytes with every bound checked where the bytes come in: at most `maximumFields` fields, each
/// name at most 32 bytes, each value at most `maximumValueBytes`, valid UTF-8. Anything else is
/// refused whole (nil), never trimmed silently.
public struct FormBody: Sendable {
    public static let maximumFields = 16
    public static let maximumValueBytes = 12_288
    public private(set) var fields: [(String, String)] = []

    public subscript(name: String) -> String? {
        fields.first { $0.0 == name }?.1
    }

    /// A form made in code (one form handler handing over to another).
    public init(pairs: [(String, String)]) {
        fields = pairs
    }

    public init?(_ bytes: some Collection<UInt8>) {
        var name: [UInt8] = []
        var value: [UInt8] = []
        var inValue = false
        var iterator = bytes.makeIterator()
        func finish() -> Bool {
            defer { name.removeAll(keepingCapacity: true); value.removeAll(keepingCapacity: true); inValue = false }
            if name.isEmpty && value.isEmpty { return true }
            guard fields.count < Self.maximumFields,
                  let key = Self.decode(name), let text = Self.decode(value) else { return false }
            fields.append((key, text))
            return true
        }
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "&"):
                guard finish() else { return nil }
            case UInt8(ascii: "=") where !inValue:
                inValue = true
            default:
                if inValue {
                    guard value.count < Self.maximumValueBytes * 3 else { return nil }
                    value.append(byte)
                } else {
                    guard name.count < 32 * 3 else { return nil }
                    name.append(byte)
                }
            }
        }
        guard finish() else { return nil }
    }

    /// Percent-decoding with `+` as a space; nil for a broken escape or invalid UTF-8.
    static func decode(_ bytes: [UInt8]) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(0x20)
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) else { return nil }
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        guard out.count <= maximumValueBytes else { return nil }
        return String(bytes: out, encoding: .utf8)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
