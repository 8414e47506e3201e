/// What a command needs of the item it names.
public enum ItemRole: Sendable, Equatable {
    /// Any item of the program.
    case any
    /// A discussion at tables.
    case discussion
    /// A gallery walk (fernisering).
    case walk
    /// Boards to look at: a discussion at tables, or the discussion a gallery walk visits.
    case boards
}

/// "Which item": the one rule the engine, the command line, the exports and the screens use.
/// An item is given as a number or not at all, and then it is the current item; either way it
/// must be what the command needs (a discussion, a walk, boards), or the refusal names the items
/// that would be.
extension SessionState {
    /// The 0-based item a 1-based number typed by a person names (nil: the current item).
    public func resolveItem(number: Int?, as role: ItemRole) throws(SessionError) -> Int {
        guard let number else { return try check(position, as: role, given: false) }
        guard number >= 1, number <= workshop.program.count else { throw noSuchItem(String(number)) }
        return try check(number - 1, as: role, given: true)
    }

    /// The 0-based item a command carries (nil: the current item).
    public func resolveItem(index: Int?, as role: ItemRole) throws(SessionError) -> Int {
        guard let index else { return try check(position, as: role, given: false) }
        guard workshop.program.indices.contains(index) else {
            // Said as the person counts, without overflowing at the largest index.
            throw noSuchItem(index < Int.max ? String(index + 1) : String(UInt(index) + 1))
        }
        return try check(index, as: role, given: true)
    }

    private func noSuchItem(_ number: String) -> SessionError {
        let count = workshop.program.count
        return SessionError("there is no item \(number); the program has items 1–\(count)",
                            danish: "der er intet punkt \(number); programmet har punkt 1–\(count)")
    }

    private func check(_ index: Int, as role: ItemRole, given: Bool) throws(SessionError) -> Int {
        let title = workshop.program[index].title
        let which = given ? "item \(index + 1), '\(title)'," : "the current item, \(index + 1), '\(title)',"
        let hvilket = given ? "punkt \(index + 1), '\(title)'," : "det aktuelle punkt, \(index + 1), '\(title)',"
        switch role {
        case .any:
            return index
        case .discussion:
            if grouping(item: index) != nil { return index }
            let (english, danish) = Self.list(discussionItems, english: "the discussions are items",
                                              danish: "drøftelserne er punkt")
            throw SessionError("\(which) is not a discussion, so it has no tables\(english)",
                               danish: "\(hvilket) er ikke en drøftelse, så det har ingen borde\(danish)")
        case .walk:
            if gallery(item: index) != nil { return index }
            let (english, danish) = Self.list(walkItems, english: "the gallery walks are items",
                                              danish: "ferniseringerne er punkt")
            throw SessionError("\(which) is not a gallery walk (fernisering), so it has no pairs\(english)",
                               danish: "\(hvilket) er ikke en fernisering, så det har ingen par\(danish)")
        case .boards:
            let visited = gallery(item: index)?.visitsItem ?? index
            if grouping(item: visited) != nil { return visited }
            let (english, danish) = Self.list(discussionItems + walkItems, english: "the items with boards are",
                                              danish: "punkterne med borde er")
            throw SessionError("\(which) is neither a discussion at tables nor a gallery walk, so it has no boards\(english)",
                               danish: "\(hvilket) er hverken en drøftelse ved borde eller en fernisering, så det har ingen borde\(danish)")
        }
    }

    /// The 0-based discussions at tables.
    public var discussionItems: [Int] { workshop.program.indices.filter { grouping(item: $0) != nil } }
    /// The 0-based gallery walks.
    public var walkItems: [Int] { workshop.program.indices.filter { gallery(item: $0) != nil } }

    /// "; the discussions are items 3, 9, 12", or nothing where there are none.
    private static func list(_ items: [Int], english: String, danish: String) -> (String, String) {
        guard !items.isEmpty else { return ("", "") }
        let numbers = items.sorted().map { String($0 + 1) }.joined(separator: ", ")
        return ("; \(english) \(numbers)", "; \(danish) \(numbers)")
    }
}
