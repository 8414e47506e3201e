/// Danish letters in ASCII as Danes write them without the keys: æ → ae, ø → oe, å → aa.
public enum Transliteration {
    static let letters: [Character: String] = [
        "æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa",
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "é": "e", "è": "e", "É": "E",
    ]

    public static func danish(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if let stand = letters[character] { out += stand } else { out.append(character) }
        }
        return out
    }
}
