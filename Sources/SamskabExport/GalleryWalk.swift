import SamskabModel
import SamskabSession

/// A gallery walk (fernisering) as the exports show it: the pairs and trios by their numbers,
/// and each one's route over the visited discussion's boards, round by round.
public struct GalleryWalk: Sendable {
    public struct Pair: Sendable {
        /// 1-based, as on the wall ("Par 3").
        public var number: Int
        /// Participant ids; empty once everyone in it has left.
        public var members: [String]
        /// The board (the visited table's name) in each round; nil in a round for the reflection question.
        public var route: [String?]

        /// The route as read aloud: boards in order, each run of reflection rounds said once
        /// ("Bord 2 → Bord 3 → refleksion").
        public func stops(reflection: String) -> [String] {
            var stops: [String] = []
            for (round, station) in route.enumerated() {
                if let station {
                    stops.append(station)
                } else if round == 0 || route[round - 1] != nil {
                    stops.append(reflection)
                }
            }
            return stops
        }
    }

    /// Every pair of the plan in number order, empty ones too: they keep their numbers.
    public let pairs: [Pair]
    public let rounds: Int
    /// The first rounds, at the boards; the rest are for the reflection question.
    public let visitingRounds: Int
    public let stationMinutes: Int

    /// The walk of a gallery item; nil where it has no pairs yet.
    public init?(_ state: SessionState, item: Int) {
        guard let gallery = state.gallery(item: item), let plan = state.pairPlans[item] else { return nil }
        pairs = plan.groups.indices.map { group in
            Pair(number: group + 1, members: plan.groups[group],
                 route: plan.visits.indices.map { round in
                     plan.station(group: group, round: round).map { Self.stationName($0, visited: gallery.visitsItem, state: state) }
                 })
        }
        rounds = plan.visits.count
        visitingRounds = plan.visitingRounds
        stationMinutes = gallery.stationMinutes
    }

    /// The pairs someone still walks in.
    public var walkingPairs: [Pair] { pairs.filter { !$0.members.isEmpty } }

    /// A table of the visited discussion by the name people see (as `samskab pairs` names it).
    static func stationName(_ table: Int, visited: Int, state: SessionState) -> String {
        state.stationName(table, visited: visited)
    }
}
