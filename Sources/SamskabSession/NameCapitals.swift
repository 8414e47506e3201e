/// A new name typed all in small letters (`zoe`, `anne-marie kjær`) is written as a name is
/// spelled (`Zoe`, `Anne-Marie Kjær`) before it goes on the roster and the wall. A name with any
/// capital in it is left exactly as typed: `McDonald`, `de Wit` and `ØSTERGAARD` are the
/// person's own choice.
public enum NameCapitals {
    public static func spelled(_ name: String) -> String {
        guard !name.contains(where: { $0.isUppercase }) else { return name }
        var result = ""
        result.reserveCapacity(name.utf8.count)
        var atWordStart = true
        for character in name {
            if atWordStart && character.isLowercase {
                result += character.uppercased()
            } else {
                result.append(character)
            }
            // A word starts after a space or a hyphen; an apostrophe does not start one (`d'angelo` → `D'angelo`).
            atWordStart = character.isWhitespace || character == "-"
        }
        return result
    }
}
