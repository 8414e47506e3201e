import SamskabModel

/// Finding yourself on the roster: the one rule the kiosk, `--author`/`--voter` on the command
/// line and any later front end use.
///
/// What was typed is matched against each name as the whole name, then as the start of the first
/// name, then as the start of any later word, then anywhere in it; each of those first with the
/// exact spelling (case aside), then with accents and the Danish letters folded (`soren` finds
/// Søren). People marked absent come last, and ties go in the workshop's order of names.
public enum NameSearch {
    public enum Fit: Int, Sendable, Comparable {
        case wholeName = 0, firstName, word, inside

        public static func < (a: Fit, b: Fit) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Match: Sendable, Equatable {
        public var person: Participant
        public var fit: Fit
        /// Matched only once accents and the Danish letters were folded.
        public var folded: Bool
    }

    /// Everyone matching `typed`, best first; with nothing typed, everyone (absent people last).
    public static func find(_ typed: String, in state: SessionState) -> [Match] {
        let query = typed.trimmingWhitespace.lowercased()
        let foldedQuery = NameFolding.fold(query)
        let language = state.workshop.language
        var matches: [(match: Match, key: String)] = []
        for person in state.participants.values {
            let match: Match
            if query.isEmpty {
                match = Match(person: person, fit: .wholeName, folded: false)
            } else if let fit = fit(of: query, in: person.name.lowercased()) {
                match = Match(person: person, fit: fit, folded: false)
            } else if !foldedQuery.isEmpty, let fit = fit(of: foldedQuery, in: NameFolding.fold(person.name)) {
                match = Match(person: person, fit: fit, folded: true)
            } else {
                continue
            }
            matches.append((match, NameOrder.key(person.name, language: language)))
        }
        matches.sort { a, b in
            let left = (a.match.person.absent ? 1 : 0, a.match.fit.rawValue, a.match.folded ? 1 : 0)
            let right = (b.match.person.absent ? 1 : 0, b.match.fit.rawValue, b.match.folded ? 1 : 0)
            if left != right { return left < right }
            return (a.key, a.match.person.name, a.match.person.id) < (b.key, b.match.person.name, b.match.person.id)
        }
        return matches.map(\.match)
    }

    /// How `query` fits `name` (both lower-cased, or both folded), if at all.
    static func fit(of query: String, in name: String) -> Fit? {
        if name == query { return .wholeName }
        if name.hasPrefix(query) { return .firstName }
        guard let range = name.range(of: query) else { return nil }
        // The start of a later word: after a space or a hyphen (Anne-Marie, Hjort-Nielsen).
        var start = range.lowerBound
        while true {
            if start > name.startIndex {
                let before = name[name.index(before: start)]
                if before == " " || before == "-" { return .word }
            }
            guard let next = name.range(of: query, range: name.index(after: start)..<name.endIndex) else { return .inside }
            start = next.lowerBound
        }
    }

    /// The people a name typed in full can only mean: the same name, case aside, or else the same
    /// name folded (`Soren Kjaer` for Søren Kjær); with a department, only its people.
    public static func sameName(_ typed: String, department: String?, in state: SessionState) -> [Participant] {
        let name = typed.trimmingWhitespace
        let inDepartment = { (person: Participant) in department == nil || person.department == department }
        let exact = state.participants(named: name).filter(inDepartment)
        if !exact.isEmpty { return exact }
        let folded = NameFolding.fold(name)
        return state.participants.values.filter { inDepartment($0) && NameFolding.fold($0.name) == folded }
    }

    /// "Søren Kjær (MBU), Søren Kjærgaard (MSO)": the closest names, for "did you mean …".
    public static func suggestions(for typed: String, in state: SessionState, limit: Int = 3) -> String {
        find(typed, in: state).prefix(limit).map { match in
            match.person.department.map { "\(match.person.name) (\($0))" } ?? match.person.name
        }.joined(separator: ", ")
    }
}

extension SessionState {
    /// A person as a command names them: an id (`r3`, `p14`) or a name, typed as people type it
    /// (`soren kjaer` finds Søren Kjær); with a department, among its people. A name that fits
    /// several is refused with their ids; one that fits nobody, with the closest names.
    public func resolvePerson(_ reference: String, department: String? = nil) throws(SessionError) -> Participant {
        if let person = participants[reference] { return person }
        let typed = reference.trimmingWhitespace
        let code = try knownDepartment(department)
        let found = NameSearch.sameName(typed, department: code, in: self)
        if found.count == 1, let person = found.first { return person }
        if found.count > 1 {
            let ids = found.map { "\($0.id) (\($0.department ?? "-"))" }.joined(separator: ", ")
            throw SessionError("several people are called \(typed): \(ids); give the department or the id",
                               danish: "flere hedder \(typed): \(ids); angiv afdelingen eller id'et")
        }
        if Self.looksLikeID(typed) {
            throw SessionError("there is no participant \(typed)", danish: "der er ingen deltager \(typed)")
        }
        let near = NameSearch.suggestions(for: typed, in: self)
        let where_ = code.map { " in \($0)" } ?? ""
        let danishWhere = code.map { " i \($0)" } ?? ""
        if near.isEmpty {
            throw SessionError("there is nobody called '\(typed)'\(where_) on the roster",
                               danish: "der er ingen, der hedder '\(typed)'\(danishWhere), på listen")
        }
        throw SessionError("there is nobody called '\(typed)'\(where_) on the roster; did you mean \(near)?",
                           danish: "der er ingen, der hedder '\(typed)'\(danishWhere), på listen; mente du \(near)?")
    }

    /// `r3`, `p14`: how people's ids look.
    static func looksLikeID(_ text: String) -> Bool {
        guard let first = text.first, first == "r" || first == "p", text.count > 1 else { return false }
        return text.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Refuses a new person whose name, folded, is someone's in the same department: the same
    /// person typed without accents, or twice.
    func checkNotAlreadyHere(_ name: String, department: String?) throws(SessionError) {
        let folded = NameFolding.fold(name.trimmingWhitespace)
        guard let same = participants.values.first(where: {
            $0.department == department && NameFolding.fold($0.name) == folded
        }) else { return }
        let who = same.department.map { "\(same.name) (\($0))" } ?? same.name
        throw SessionError("\(who) is already on the roster; did you mean \(same.name)? Choose the name from the list",
                           danish: "\(who) er allerede på listen; mente du \(same.name)? Vælg navnet på listen")
    }
}

extension NameSearch {
    /// Words that mean "no name" rather than a name ("anonym", "anonymous", "ukendt" …).
    public static let noNameWords = ["anonym", "anonymt", "anonyme", "anonymous", "anon", "ukendt", "unknown"]

    /// A name that is one of those words, punctuation aside.
    public static func meansNoName(_ name: String) -> Bool {
        let word = name.trimmingWhitespace.lowercased().filter { $0.isLetter }
        return noNameWords.contains(word)
    }

    /// What is typed into a name search looks like the start of one of those words ("anon"):
    /// the list offers writing anonymously first.
    public static func searchMeansNoName(_ typed: String) -> Bool {
        let typed = typed.trimmingWhitespace.lowercased()
        return typed.count >= 4 && noNameWords.contains { $0.hasPrefix(typed) }
    }

    /// A name given to join as that only means "no name", with nobody on the roster of that name:
    /// anonymity is a choice of its own, not a person called Anonym.
    public static func isNoNameChoice(_ name: String, in state: SessionState) -> Bool {
        meansNoName(name) && state.participants(named: name).isEmpty
    }

    /// People on the roster of (nearly) the name given to join as — the whole name or the first
    /// name — to offer before adding a new person. Nobody for an empty name.
    public static func closeNames(_ name: String, in state: SessionState) -> [Match] {
        guard !name.trimmingWhitespace.isEmpty else { return [] }
        return find(name, in: state).filter { $0.fit <= .firstName }
    }
}
