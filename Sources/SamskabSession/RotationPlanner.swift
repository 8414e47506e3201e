/// The fernisering's route: in each round every pair (or trio) stands at one station — a table's
/// board of the visited discussion — with no station holding more than ⌈groups ÷ stations⌉, no
/// group seeing a board twice or a board its members made, wherever the numbers allow. When there
/// are more rounds than boards a group can usefully see, the last rounds are for the reflection.
public enum RotationPlanner {
    public struct Rotation: Sendable, Equatable {
        /// `visits[round][group]`: the 0-based station, or nil in a reflection round.
        public var visits: [[Int?]]
        /// Rounds at the stations; the rounds after them are for the reflection question.
        public var visitingRounds: Int

        public init(visits: [[Int?]], visitingRounds: Int) {
            self.visits = visits
            self.visitingRounds = visitingRounds
        }
    }

    /// - Parameters:
    ///   - groups: the pairs and trios, as ids.
    ///   - stations: the members of each station's table in the visited discussion.
    ///   - rounds: the item's minutes ÷ the station minutes.
    public static func plan(groups: [[String]], stations: [[String]], rounds: Int, seed: UInt64) -> Rotation {
        let roundCount = max(0, rounds)
        guard !stations.isEmpty, !groups.isEmpty else {
            return Rotation(visits: Array(repeating: Array(repeating: nil, count: groups.count), count: roundCount), visitingRounds: 0)
        }
        var stationOf: [String: Int] = [:]
        for (index, members) in stations.enumerated() { for id in members { stationOf[id] = index } }
        let own = groups.map { Set($0.compactMap { stationOf[$0] }) }
        let visiting = visitingRounds(rounds: roundCount, stationCount: stations.count, own: own, groups: groups)
        let capacity = (groups.count + stations.count - 1) / stations.count
        var random = SeededRandom(seed: seed)
        var stationOrder = Array(stations.indices)
        random.shuffle(&stationOrder)
        var tieOrder = Array(groups.indices)
        random.shuffle(&tieOrder)
        var visited = Array(repeating: Set<Int>(), count: groups.count)
        var visits: [[Int?]] = []
        for _ in 0..<visiting {
            // The most constrained groups choose first; rotating the station order spreads the load.
            let order = tieOrder.sorted { left, right in
                fresh(left, own, visited, stations.count) < fresh(right, own, visited, stations.count)
            }
            var round = Round(groupCount: groups.count, stationCount: stations.count, capacity: capacity, stationOrder: stationOrder)
            for tier in 0..<3 {
                for group in order where round.station[group] == nil {
                    var seen = Set<Int>()
                    _ = round.place(group, tier: tier, seen: &seen) { group, station in
                        Self.tier(of: station, group: group, own: own, visited: visited)
                    }
                }
            }
            for group in groups.indices { if let station = round.station[group] { visited[group].insert(station) } }
            visits.append(round.station)
            stationOrder.append(stationOrder.removeFirst())
        }
        for _ in visiting..<roundCount { visits.append(Array(repeating: nil, count: groups.count)) }
        return Rotation(visits: visits, visitingRounds: visiting)
    }

    /// As many rounds as a pair has boards it did not make (a trio may have to see its own once);
    /// at least one round at the stations when there are any.
    static func visitingRounds(rounds: Int, stationCount: Int, own: [Set<Int>], groups: [[String]]) -> Int {
        let pairsOwn = zip(groups, own).filter { $0.0.count <= 2 }.map { $0.1.count }
        let mostOwn = pairsOwn.max() ?? own.map(\.count).max() ?? 0
        return min(rounds, max(1, stationCount - mostOwn))
    }

    /// 0: a board new to the group and not its own; 1: new but its own; 2: seen before.
    static func tier(of station: Int, group: Int, own: [Set<Int>], visited: [Set<Int>]) -> Int {
        if visited[group].contains(station) { return 2 }
        return own[group].contains(station) ? 1 : 0
    }

    private static func fresh(_ group: Int, _ own: [Set<Int>], _ visited: [Set<Int>], _ stationCount: Int) -> Int {
        (0..<stationCount).filter { !own[group].contains($0) && !visited[group].contains($0) }.count
    }

    /// One round's assignment: groups to stations with a capacity, by augmenting paths (a group
    /// already placed may move to make room, but only to a station of a tier it accepts).
    struct Round {
        var station: [Int?]
        var load: [Int]
        var members: [[Int]]
        let capacity: Int
        let stationOrder: [Int]

        init(groupCount: Int, stationCount: Int, capacity: Int, stationOrder: [Int]) {
            station = Array(repeating: nil, count: groupCount)
            load = Array(repeating: 0, count: stationCount)
            members = Array(repeating: [], count: stationCount)
            self.capacity = capacity
            self.stationOrder = stationOrder
        }

        mutating func place(_ group: Int, tier: Int, seen: inout Set<Int>, tierOf: (Int, Int) -> Int) -> Bool {
            for candidate in stationOrder where tierOf(group, candidate) <= tier && !seen.contains(candidate) {
                seen.insert(candidate)
                if load[candidate] < capacity {
                    assign(group, to: candidate)
                    return true
                }
                // Full: move someone standing there to another station they accept at this tier.
                for other in members[candidate] where tierOf(other, candidate) <= tier {
                    unassign(other)
                    if place(other, tier: min(tier, tierOf(other, candidate)), seen: &seen, tierOf: tierOf) {
                        assign(group, to: candidate)
                        return true
                    }
                    assign(other, to: candidate)
                }
            }
            return false
        }

        private mutating func assign(_ group: Int, to candidate: Int) {
            station[group] = candidate
            load[candidate] += 1
            members[candidate].append(group)
        }

        private mutating func unassign(_ group: Int) {
            guard let current = station[group] else { return }
            station[group] = nil
            load[current] -= 1
            members[current].removeAll { $0 == group }
        }
    }
}
