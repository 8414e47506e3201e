/// Properties the line format must keep for every input, whatever the bytes: reading never
/// traps; the scanner and the parser agree; a line that reads writes back to a line that reads as
/// the same fields; no text the reader hands out carries a control character, an escape sequence
/// or a bidi override. Used by the fuzzer (`samskab-fuzz`) and by `swift test` over the fuzzer's
/// corpus, before the events' own properties (`EventLineSelfCheck` in the session).
public enum JournalLineFormatCheck {
    /// nil when every property holds; otherwise which one broke.
    public static func check(_ bytes: ArraySlice<UInt8>) -> String? {
        let scanned = try? ScannedLine.scan(bytes)
        guard let object = try? JournalJSON.parse(bytes) else {
            return scanned == nil ? nil : "the scanner reads a line the parser refuses"
        }
        guard let scanned else { return "the parser reads a line the scanner refuses" }
        var writer = JournalLineWriter()
        for field in object.fields { writer.field(field.key, value: field.value) }
        let again = writer.finish()
        guard let reread = try? JournalJSON.parse(again.dropLast()[...]) else { return "a line that reads writes a line that does not read" }
        if reread != object { return "a line that reads does not read back the same" }
        let reader = JournalLineReader(line: scanned, version: 2, type: "check")
        for field in object.fields {
            let texts: [String]
            switch field.value {
            case .string: texts = (try? reader.text(field.key)).flatMap { $0 }.map { [$0] } ?? []
            case .list: texts = (try? reader.texts(field.key)) ?? []
            default: texts = []
            }
            if texts.contains(where: { TextHygiene.needsHygiene($0.unicodeScalars) }) {
                return "a text read from the line keeps a control character or a bidi override"
            }
        }
        return nil
    }
}
