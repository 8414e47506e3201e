import SamskabModel
import SamskabSession

/// The gallery walk as the wall and the stations read it from the engine's plan: each pair with
/// its people and where it stands now and next. Nothing here decides; it only looks up.
struct WalkRoute {
    struct Pair: Equatable {
        /// 1-based, as on the wall ("Par 3").
        var number: Int
        var names: [String]
        /// The table number now and next; nil: the reflection (or, for next, the end).
        var now: Int?
        var next: Int?
        var nextIsEnd: Bool
    }

    let gallery: Gallery
    let plan: PairPlan
    /// The stations: the visited discussion's tables.
    let stations: [Table]

    init?(_ state: SessionState, item: Int) {
        guard let gallery = state.gallery(item: item), let plan = state.pairPlans[item] else { return nil }
        self.gallery = gallery
        self.plan = plan
        stations = state.tablePlans[gallery.visitsItem]?.tables ?? []
    }

    /// The pairs (empty groups skipped) in a 0-based round.
    func pairs(round: Int, state: SessionState) -> [Pair] {
        plan.groups.enumerated().compactMap { index, members in
            guard !members.isEmpty else { return nil }
            return Pair(number: index + 1, names: members.compactMap { state.participants[$0]?.name },
                        now: plan.station(group: index, round: round), next: plan.station(group: index, round: round + 1),
                        nextIsEnd: round + 1 >= plan.visits.count)
        }
    }

    /// A station's name: the visited plan's name for the table, else "Bord N" (the engine's).
    func stationName(_ number: Int, state: SessionState) -> String {
        state.stationName(number, visited: gallery.visitsItem)
    }

    /// What stands in a pair's "now" or "next" place: a table, the reflection, or the end.
    func place(_ number: Int?, isEnd: Bool = false, state: SessionState, strings: Strings) -> String {
        if let number { return stationName(number, state: state) }
        return isEnd ? strings.walkEnd : strings.reflectionStation
    }
}
