extension TablePlanner {
    /// Fresh deals (each followed by the swap search) tried at most while some repeat is left.
    static let restarts = 4
    /// Then rounds of shaking the best seating (`swapsPerKick` random swaps) and searching again:
    /// on rosters of 30–120 this lowers the repeats left far more than further deals do.
    static let kicks = 60
    static let swapsPerKick = 3
    /// A bound on all that, in seats and mates looked at (see `Seating.descend`). A day of
    /// 500 people at tables of 6 after two or three mixed rounds needs under 50,000; only earlier
    /// "tables" of a hundred reach it, and stop after 50–100 ms instead of a second or more.
    static let workLimit = 4_000_000

    /// The swap search from up to `restarts` seeded deals, keeping the best; then `kicks` rounds
    /// of shaking the best and searching again; then, on tiny rosters (unless `exhaustive` is off,
    /// for tests of the swap search alone), the exact optimum.
    static func plan(_ problem: Problem, seed: UInt64, exhaustive: Bool = true) -> Seating {
        var random = SeededRandom(seed: seed)
        let firstOrder = Seating.dealOrder(problem, random: &random)
        var best = Seating(dealing: firstOrder, problem)
        guard problem.tableCount > 1 else { return best }
        var work = 0
        best.descend(problem, work: &work)
        var tried = 1
        while best.repeats > 0 && tried < restarts && work < workLimit {
            var next = Seating(dealing: Seating.dealOrder(problem, random: &random), problem)
            next.descend(problem, work: &work)
            if next.repeats < best.repeats { best = next }
            tried += 1
        }
        var current = best
        tried = 0
        while best.repeats > 0 && tried < kicks && work < workLimit {
            var next = current
            next.kick(swapsPerKick, problem, random: &random)
            next.descend(problem, work: &work)
            if next.repeats <= current.repeats { current = next }
            if current.repeats < best.repeats { best = current }
            tried += 1
        }
        if exhaustive, let exact = ExhaustiveSearch.seating(problem, order: firstOrder, fewerThan: best.repeats) {
            best = Seating(tableOf: exact, problem)
        }
        return best
    }
}
