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
        // No key or name is this long; the distance table would be as large as the word.
        if word.utf8.count > 64 { return nil }
        let lowered = word.lowercased()
        if let translated = danishKeys[lowered], candidates.contains(translated) { return translated }
        if let exact = candidates.first(where: { $0.lowercased() == lowered }) { return exact }
        let normalised = lowered.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if let spaced = candidates.first(where: { $0 == normalised }) { return spaced }
        // The distance is at least the difference in length, and more than 3 is never close enough.
        let length = lowered.count
        let scored = candidates.filter { abs($0.count - length) <= 3 }
            .map { (candidate: $0, distance: distance(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let tolerance = max(1, min(3, (best.candidate.count + 1) / 3))
        return best.distance <= tolerance ? best.candidate : nil
    }

    /// Optimal string alignment distance (Levenshtein plus swapped neighbours).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // One flat table, row i at i * width.
        let width = b.count + 1
        var table = [Int](repeating: 0, count: (a.count + 1) * width)
        for i in 0...a.count { table[i * width] = i }
        for j in 0...b.count { table[j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1,
                               table[(i - 1) * width + j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, table[(i - 2) * width + j - 2] + 1)
                }
                table[i * width + j] = best
            }
        }
        return table[a.count * width + b.count]
    }

    /// `; did you mean 'x'?` or a list of what is allowed.
    static func hint(for word: String, among candidates: [String], listLabel: String = "allowed here") -> String {
        if let match = closest(to: word, in: candidates) { return "; did you mean '\(match)'?" }
        return "; \(listLabel): " + DefinitionLimits.list(candidates)
    }
}
