import Foundation

/// "Did you mean …?" for misspelt keys and names.
enum Suggestion {
    /// Danish words a facilitator may reach for, mapped to the format's keys.
    static let danishKeys: [String: String] = [
        "titel": "title", "undertitel": "subtitle", "forum": "subtitle", "dato": "date", "sted": "place",
        "sprog": "language", "start": "start", "starttid": "start", "afdelinger": "departments",
        "deltagere": "roster", "program": "program", "programmet": "program", "næste_skridt": "next_steps",
        "kode": "code", "navn": "name", "afdeling": "department", "type": "kind", "slags": "kind",
        "taler": "speaker", "oplægsholder": "speaker", "minutter": "minutes", "varighed": "minutes",
        "noter": "notes", "spørgsmål": "questions", "gruppering": "grouping", "gruppestørrelse": "group_size",
        "anonym": "anonymous", "besøger": "visits", "refleksion": "question", "prikker": "dots",
        "sætningsstartere": "prompts", "tekst": "text", "ansvarlig": "owner", "frist": "due",
        "duration": "minutes", "length": "minutes", "groupsize": "group_size", "nextsteps": "next_steps",
    ]

    /// The closest of `candidates` to `word`, if it is close enough to be a likely slip.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        if let translated = danishKeys[lowered], candidates.contains(translated) { return translated }
        if let exact = candidates.first(where: { $0.lowercased() == lowered }) { return exact }
        let normalised = lowered.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let spaced = candidates.first(where: { $0 == normalised }) { return spaced }
        let scored = candidates.map { (candidate: $0, distance: distance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let tolerance = max(1, min(3, (best.candidate.count + 1) / 3))
        return best.distance <= tolerance ? best.candidate : nil
    }

    /// Optimal string alignment distance (Levenshtein plus swapped neighbours).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// `; did you mean 'x'?` or a list of what is allowed.
    static func hint(for word: String, among candidates: [String], listLabel: String = "allowed here") -> String {
        if let match = closest(to: word, in: candidates) { return "; did you mean '\(match)'?" }
        return "; \(listLabel): " + candidates.joined(separator: ", ")
    }
}
