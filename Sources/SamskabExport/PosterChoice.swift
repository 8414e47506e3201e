import SamskabSession

/// Which discussions' boards get posters. Asked for an item: that discussion, or the one a gallery
/// walk visits. Otherwise the discussion the gallery walk visits — the current item's walk, else
/// the first walk of the day — and on a day without a walk, every discussion with a table plan.
public enum PosterChoice {
    public struct Refusal: Error, Sendable, Equatable {
        public var message: String
    }

    /// 0-based discussions; `item` is 1-based, as typed.
    public static func discussions(item: Int?, in state: SessionState) throws(Refusal) -> [Int] {
        let program = state.workshop.program
        if let item {
            guard program.indices.contains(item - 1) else {
                throw Refusal(message: "there is no item \(item); the program has items 1–\(program.count)")
            }
            return [try withTables(state.gallery(item: item - 1)?.visitsItem ?? item - 1, in: state)]
        }
        if let walk = state.gallery(item: state.position) ?? program.indices.lazy.compactMap({ state.gallery(item: $0) }).first {
            return [try withTables(walk.visitsItem, in: state)]
        }
        let planned = program.indices.filter { state.tablePlans[$0] != nil }
        guard !planned.isEmpty else {
            throw Refusal(message: "no discussion has a table plan yet, so there are no boards to print; "
                          + "a plan is made when a discussion opens, or with `samskab groups --item N`")
        }
        return planned
    }

    /// The discussion itself, once it is known to have tables.
    static func withTables(_ item: Int, in state: SessionState) throws(Refusal) -> Int {
        guard state.grouping(item: item) != nil else {
            throw Refusal(message: "item \(item + 1), '\(state.workshop.program[item].title)', is neither a discussion at tables "
                          + "nor a gallery walk, so it has no boards to print")
        }
        guard state.tablePlans[item] != nil else {
            throw Refusal(message: "item \(item + 1), '\(state.workshop.program[item].title)', has no table plan yet; "
                          + "make one with `samskab groups --item \(item + 1)`")
        }
        return item
    }
}
