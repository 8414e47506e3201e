import Foundation

/// Names in the order of the workshop's language, as ICU collates them (checked against
/// Foundation's locale-aware comparison in the tests), but as keys compared with `<`: a roster
/// of 500 is sorted every frame at a kiosk, which ICU's comparison takes 20 ms to do.
///
/// Danish: Æ, Ø, Å after Z; "Aa" is Å (Aagaard); Ä is Æ, Ö is Ø, Ü is Y; other accents only
/// break ties (René after Rene). English: every accent only breaks ties; Æ is "ae", Ø is O, Å is A.
public enum NameOrder {
    public static func key(_ name: String, language: Language) -> String {
        var primary = String.UnicodeScalarView()
        let lowered = name.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        var scalars = Array(lowered)
        if language == .danish {
            // "aa" is å (also inside a name: Vestergaard).
            var merged: [Unicode.Scalar] = []
            merged.reserveCapacity(scalars.count)
            var index = 0
            while index < scalars.count {
                if scalars[index] == "a", index + 1 < scalars.count, scalars[index + 1] == "a",
                   index + 2 >= scalars.count || !isCombining(scalars[index + 2]) {
                    merged.append("å")
                    index += 2
                    continue
                }
                merged.append(scalars[index])
                index += 1
            }
            scalars = merged
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            var marks: [Unicode.Scalar] = []
            var next = index + 1
            while next < scalars.count, isCombining(scalars[next]) {
                marks.append(scalars[next])
                next += 1
            }
            switch language {
            case .danish: appendDanish(scalar, marks: marks, to: &primary)
            case .english: appendEnglish(scalar, marks: marks, to: &primary)
            }
            index = next
        }
        return String(primary)
    }

    /// The names sorted in the language's order; equal keys keep their spelling's order.
    public static func sorted(_ names: [String], language: Language) -> [String] {
        names.map { (key($0, language: language), $0) }.sorted { $0 < $1 }.map(\.1)
    }

    // Letters after z, in Danish order; chosen above every ASCII letter and below nothing a name has.
    private static let danishAE: Unicode.Scalar = "\u{7B}"
    private static let danishOE: Unicode.Scalar = "\u{7C}"
    private static let danishAA: Unicode.Scalar = "\u{7D}"

    private static func appendDanish(_ base: Unicode.Scalar, marks: [Unicode.Scalar], to key: inout String.UnicodeScalarView) {
        let umlaut = marks.contains("\u{308}")
        let ring = marks.contains("\u{30A}")
        switch base {
        case "æ": key.append(danishAE)
        case "ø": key.append(danishOE)
        case "a" where ring: key.append(danishAA)
        case "a" where umlaut: key.append(danishAE)
        case "o" where umlaut: key.append(danishOE)
        case "u" where umlaut: key.append("y")
        case "å": key.append(danishAA)  // "aa", merged above
        case "œ": key.append(danishOE)
        case "ß": key.append(contentsOf: "ss".unicodeScalars)
        case "đ": key.append("d")
        case "ł": key.append("l")
        default: key.append(base)
        }
    }

    private static func appendEnglish(_ base: Unicode.Scalar, marks: [Unicode.Scalar], to key: inout String.UnicodeScalarView) {
        switch base {
        case "æ": key.append(contentsOf: "ae".unicodeScalars)
        case "ø": key.append("o")
        case "œ": key.append(contentsOf: "oe".unicodeScalars)
        case "ß": key.append(contentsOf: "ss".unicodeScalars)
        case "đ": key.append("d")
        case "ł": key.append("l")
        default: key.append(base)
        }
    }

    static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        (0x300...0x36F).contains(scalar.value) || (0x1AB0...0x1AFF).contains(scalar.value)
            || (0x1DC0...0x1DFF).contains(scalar.value) || (0x20D0...0x20FF).contains(scalar.value)
            || (0xFE20...0xFE2F).contains(scalar.value)
    }
}

/// How a name is matched when someone types it: without case, accents or the Danish letters, so
/// `soren` finds Søren, `ase` Åse, `rene` René, `aero` and `aro` Ærø, `aagaard` and `agard` Aagaard.
/// Only for matching: the exact spelling still ranks first (see NameSearch).
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        var letters: [Unicode.Scalar] = []
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if NameOrder.isCombining(scalar) { continue }
            switch scalar {
            case "æ": letters.append(contentsOf: ["a", "e"])
            case "ø": letters.append("o")
            case "œ": letters.append(contentsOf: ["o", "e"])
            case "ß": letters.append(contentsOf: ["s", "s"])
            case "đ": letters.append("d")
            case "ł": letters.append("l")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": letters.append("-")
            default: letters.append(scalar)
            }
        }
        // The ways Danish letters are written without them: "aa" for å, "ae" for æ, "oe" for ø.
        var folded = String.UnicodeScalarView()
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            if index + 1 < letters.count {
                let pair = (letter, letters[index + 1])
                if pair == ("a", "a") || pair == ("a", "e") || pair == ("o", "e") {
                    folded.append(letter)
                    index += 2
                    continue
                }
            }
            folded.append(letter)
            index += 1
        }
        return String(folded)
    }
}
