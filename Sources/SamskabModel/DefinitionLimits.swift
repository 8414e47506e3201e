/// The bounds a workshop definition and its roster are held to, so that no file can make
/// `check`, `start` or the launcher slow, and no text can swamp a screen. Each is far above
/// what a real workshop needs (the shipped example is 6 KB, its longest text 330 characters).
public enum DefinitionLimits {
    /// Largest definition file read, in bytes: 40 times the shipped example. `check` of a file
    /// this size takes under 0.4 s in a debug build, whatever its shape.
    public static let definitionBytes = 256 * 1024
    /// Largest roster CSV read, in bytes: about 10,000 people.
    public static let rosterBytes = 256 * 1024
    /// Longest title, name, speaker, place, owner, code or other one-line text, in characters.
    public static let shortText = 500
    /// Longest intro, question, prompt, sentence starter, facilitator note or next step, in characters.
    public static let longText = 2_000
    /// Deepest nesting of lists and blocks; a definition needs five levels.
    public static let nesting = 20
    /// Most keys in one block; the workshop itself has 11 possible keys, a program item 9.
    public static let keysPerBlock = 50
    /// The keys whose values are long texts; every other text is short.
    static let longTextKeys: Set<String> = ["intro", "question", "prompt", "notes", "text"]
    /// How much of a value a message quotes.
    static let quoted = 60

    static func textLimit(forKey key: String) -> Int {
        longTextKeys.contains(key) ? longText : shortText
    }

    /// `value` as a message may quote it: at most `quoted` characters, control characters shown as `?`.
    static func quote(_ value: String) -> String {
        var shown = ""
        var count = 0
        for character in value {
            if count == quoted { return shown + "…" }
            shown.append(character.unicodeScalars.contains(where: isControl) ? "?" : character)
            count += 1
        }
        return shown
    }

    /// C0 controls other than tab and newline, DEL, and C1 controls: what a terminal may act on.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
    }

    /// The first dozen of `names`, comma-separated, and "…" if there are more.
    static func list(_ names: [String]) -> String {
        names.count <= 12 ? names.joined(separator: ", ") : names.prefix(12).joined(separator: ", ") + ", …"
    }

    /// "512 KB", "1.5 MB".
    static func describe(bytes: Int) -> String {
        if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
        let tenths = bytes * 10 / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
