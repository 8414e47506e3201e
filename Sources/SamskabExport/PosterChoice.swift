import SamskabSession

/// Which discussions' boards get posters. Asked for an item: that discussion, or the one a gallery
/// walk visits. Otherwise the discussion the gallery walk visits — the current item's walk, else
/// the first walk of the day — and on a day without a walk, every discussion with a table plan.
/// An item given, and the current walk, are resolved by the session's one rule for "which item".
public enum PosterChoice {
    public struct Refusal: Error, Sendable, Equatable {
        public var message: String
    }

    /// 0-based discussions; `item` is 1-based, as typed, and resolved by the session's one rule
    /// for "which item" (a walk means the discussion it visits).
    public static func discussions(item: Int?, in state: SessionState) throws(Refusal) -> [Int] {
        let program = state.workshop.program
        if item != nil || state.gallery(item: state.position) != nil {
            let index: Int
            do { index = try state.resolveItem(number: item, as: .boards) } catch { throw Refusal(message: error.message) }
            return [try withTables(index, in: state)]
        }
        // Away from a walk: the first walk's discussion, else every discussion with tables.
        if let walk = program.indices.lazy.compactMap({ state.gallery(item: $0) }).first {
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
        guard state.tablePlans[item] != nil else {
            throw Refusal(message: "item \(item + 1), '\(state.workshop.program[item].title)', has no table plan yet; "
                          + "make one with `samskab groups --item \(item + 1)`")
        }
        return item
    }
}
