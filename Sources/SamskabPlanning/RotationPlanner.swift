import SamskabModel

/// The fernisering's route: in each round every pair (or trio) stands at one station — a table's
/// board of the visited discussion — and no group sees a board twice; a group stands at a board a
/// member helped make only where it has seen every other board. Within that, a station holds at
/// most ⌈groups ÷ stations⌉ groups a round (its share), more only where that spares a group its
/// own board, and then as few more as can be. When there are more rounds than boards a pair can
/// usefully see, the last rounds are for the reflection.
///
/// How: a route is a flow — each group sends one visit to each of `visitingRounds` different
/// stations (an own station costs 2), each station takes its share of visits a round over all
/// rounds at no cost and any beyond it at 1 each — so the cheapest flow (successive shortest
/// paths, a blocking flow at a time) has the fewest own visits any route can have, and then the
/// fewest beyond the shares; an own visit while another board is unseen would be dearer than
/// the swap. Any such flow can be split into rounds: give each station as many places as its
/// visits need (its share, or more) taking its visits in turn (at most one per round each);
/// every group and every place then has at most `visitingRounds` visits, and a bipartite graph
/// of that degree colours its edges with that many colours (König), one colour a round.
public enum RotationPlanner {
    /// More rounds than this are cut to this many (the rest would all be reflection rounds).
    public static let maximumRounds = DayLimits.rounds

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
    ///   - rounds: the item's minutes ÷ the station minutes; none when 0 or less, at most `maximumRounds`.
    public static func plan(groups: [[String]], stations: [[String]], rounds: Int, seed: UInt64) -> Rotation {
        let roundCount = min(max(0, rounds), maximumRounds)
        let reflection = Array(repeating: Int?.none, count: groups.count)
        guard !stations.isEmpty, !groups.isEmpty, roundCount > 0 else {
            return Rotation(visits: Array(repeating: reflection, count: roundCount), visitingRounds: 0)
        }
        var stationsOf: [String: [Int]] = [:]
        for (index, members) in stations.enumerated() {
            for id in members { stationsOf[id, default: []].append(index) }
        }
        let own = groups.map { Set($0.flatMap { stationsOf[$0] ?? [] }) }
        let visiting = visitingRounds(rounds: roundCount, stationCount: stations.count, own: own, groups: groups)
        let capacity = (groups.count - 1) / stations.count + 1
        var random = SeededRandom(seed: seed)
        var groupOrder = Array(groups.indices), stationOrder = Array(stations.indices)
        random.shuffle(&groupOrder)
        random.shuffle(&stationOrder)
        var flow = Flow(own: own, stationCount: stations.count, visiting: visiting, capacity: capacity,
                        groupOrder: groupOrder, stationOrder: stationOrder)
        flow.run()
        let routes = flow.routes()
        // Places per station: its share, or as many as the visits sent beyond it need.
        var load = Array(repeating: 0, count: stations.count)
        for route in routes { for station in route { load[station] += 1 } }
        let places = max(capacity, load.map { ($0 + visiting - 1) / max(1, visiting) }.max() ?? 0)
        let byRound = routes.allSatisfy({ $0.count == visiting })
            ? colour(routes, stationCount: stations.count, capacity: places, visiting: visiting, groupOrder: groupOrder)
            : nil
        // A round-robin (group g at station g + r) keeps every rule but the own boards: the way out
        // should the flow or the colouring ever come up short, which the argument above rules out.
        let stationOf = byRound ?? groups.indices.map { group in (0..<visiting).map { (group + $0) % stations.count } }
        var roundOrder = Array(0..<visiting)
        random.shuffle(&roundOrder)
        var visits = roundOrder.map { round in groups.indices.map { Int?.some(stationOf[$0][round]) } }
        visits += Array(repeating: reflection, count: roundCount - visiting)
        return Rotation(visits: visits, visitingRounds: visiting)
    }

    /// As many rounds as a pair has boards it did not make (a trio may have to see its own once);
    /// at least one round at the stations when there are any.
    static func visitingRounds(rounds: Int, stationCount: Int, own: [Set<Int>], groups: [[String]]) -> Int {
        let pairsOwn = zip(groups, own).filter { $0.0.count <= 2 }.map { $0.1.count }
        let mostOwn = pairsOwn.max() ?? own.map(\.count).max() ?? 0
        // Never more visits than one list of the journal holds (DayLimits.listEntries).
        return DayLimits.roundsAtBoards(rounds: max(1, rounds), boards: stationCount - mostOwn, groups: groups.count)
    }

    /// The visits of the flow, one colour per round: `result[group][round]` = station.
    static func colour(_ routes: [[Int]], stationCount: Int, capacity: Int, visiting: Int, groupOrder: [Int]) -> [[Int]]? {
        // Each station's visits taken in turn by its places: station s has places s × capacity ..< (s + 1) × capacity.
        var taken = Array(repeating: 0, count: stationCount)
        var edges: [(group: Int, place: Int)] = []
        for group in groupOrder {
            for station in routes[group] {
                edges.append((group, station * capacity + taken[station] % capacity))
                taken[station] += 1
            }
        }
        let none = -1
        var atGroup = Array(repeating: Array(repeating: none, count: visiting), count: routes.count)
        var atPlace = Array(repeating: Array(repeating: none, count: visiting), count: stationCount * capacity)
        for (group, place) in edges {
            guard let free = atGroup[group].firstIndex(of: none), let other = atPlace[place].firstIndex(of: none) else { return nil }
            if atPlace[place][free] != none {
                // Swap colours free and other along the path from the place that alternates them;
                // it cannot reach the group (free is free there), and afterwards free is free at the place.
                var path: [(group: Int, place: Int, colour: Int)] = []
                var current = place
                while true {
                    let next = atPlace[current][free]
                    if next == none { break }
                    path.append((next, current, free))
                    let back = atGroup[next][other]
                    if back == none { break }
                    path.append((next, back, other))
                    current = back
                }
                for step in path {
                    atGroup[step.group][step.colour] = none
                    atPlace[step.place][step.colour] = none
                }
                for step in path {
                    let swapped = step.colour == free ? other : free
                    atGroup[step.group][swapped] = step.place
                    atPlace[step.place][swapped] = step.group
                }
                guard atPlace[place][free] == none else { return nil }
            }
            atGroup[group][free] = place
            atPlace[place][free] = group
        }
        var result: [[Int]] = []
        for places in atGroup {
            guard !places.contains(none) else { return nil }
            result.append(places.map { $0 / capacity })
        }
        return result
    }

    /// The cheapest flow: source → group (visiting), group → station (1; cost 2 for an own
    /// station), station → sink (capacity × visiting, and beyond that at cost 1 each). Primal–dual: shortest distances by
    /// Bellman–Ford in its queue form, then a blocking flow (Dinic) along edges on shortest paths.
    struct Flow {
        var target: [Int] = []
        var room: [Int] = []
        var cost: [Int] = []
        var edges: [[Int]]
        let groupCount: Int
        let stationCount: Int
        var source: Int { 0 }
        var sink: Int { groupCount + stationCount + 1 }

        init(own: [Set<Int>], stationCount: Int, visiting: Int, capacity: Int, groupOrder: [Int], stationOrder: [Int]) {
            groupCount = own.count
            self.stationCount = stationCount
            edges = Array(repeating: [], count: own.count + stationCount + 2)
            for (position, group) in groupOrder.enumerated() {
                add(source, 1 + group, visiting, 0)
                // Each group tries the stations from another place in the order, which spreads the visits.
                let start = position % max(1, stationOrder.count)
                for station in stationOrder[start...] + stationOrder[..<start] {
                    add(1 + group, 1 + groupCount + station, 1, own[group].contains(station) ? 2 : 0)
                }
            }
            let (most, overflow) = capacity.multipliedReportingOverflow(by: visiting)
            let (total, tooMany) = own.count.multipliedReportingOverflow(by: visiting)
            for station in stationOrder {
                add(1 + groupCount + station, sink, overflow ? Int.max / 2 : most, 0)
                // Beyond the share: only to spare a group its own board (an own visit costs more).
                add(1 + groupCount + station, sink, tooMany ? Int.max / 2 : total, 1)
            }
        }

        private mutating func add(_ from: Int, _ to: Int, _ capacity: Int, _ price: Int) {
            edges[from].append(target.count)
            target.append(to)
            room.append(capacity)
            cost.append(price)
            edges[to].append(target.count)
            target.append(from)
            room.append(0)
            cost.append(-price)
        }

        mutating func run() {
            while true {
                let distance = distances()
                guard distance[sink] != Int.max else { return }
                while true {
                    let level = levels(distance)
                    guard level[sink] >= 0 else { break }
                    var next = Array(repeating: 0, count: edges.count)
                    while push(source, Int.max, distance, level, &next) > 0 {}
                }
            }
        }

        private func distances() -> [Int] {
            var distance = Array(repeating: Int.max, count: edges.count)
            var waiting = Array(repeating: false, count: edges.count)
            var queue = [source]
            var head = 0
            distance[source] = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                waiting[node] = false
                for edge in edges[node] where room[edge] > 0 {
                    let to = target[edge], through = distance[node] + cost[edge]
                    if through < distance[to] {
                        distance[to] = through
                        if !waiting[to] {
                            waiting[to] = true
                            queue.append(to)
                        }
                    }
                }
                // The queue only grows by nodes whose distance fell; it is compacted now and then.
                if head > 4096 && head * 2 > queue.count {
                    queue.removeFirst(head)
                    head = 0
                }
            }
            return distance
        }

        private func tight(_ edge: Int, from node: Int, _ distance: [Int]) -> Bool {
            room[edge] > 0 && distance[node] != Int.max && distance[node] + cost[edge] == distance[target[edge]]
        }

        /// Breadth-first steps from the source along edges on shortest paths (-1: not reached).
        private func levels(_ distance: [Int]) -> [Int] {
            var level = Array(repeating: -1, count: edges.count)
            level[source] = 0
            var queue = [source]
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for edge in edges[node] where level[target[edge]] < 0 && tight(edge, from: node, distance) {
                    level[target[edge]] = level[node] + 1
                    queue.append(target[edge])
                }
            }
            return level
        }

        private mutating func push(_ node: Int, _ limit: Int, _ distance: [Int], _ level: [Int], _ next: inout [Int]) -> Int {
            if node == sink { return limit }
            while next[node] < edges[node].count {
                let edge = edges[node][next[node]]
                let to = target[edge]
                if level[to] == level[node] + 1 && tight(edge, from: node, distance) {
                    let pushed = push(to, min(limit, room[edge]), distance, level, &next)
                    if pushed > 0 {
                        room[edge] -= pushed
                        room[edge ^ 1] += pushed
                        return pushed
                    }
                }
                next[node] += 1
            }
            return 0
        }

        /// Each group's stations: those its group → station edges carry.
        func routes() -> [[Int]] {
            (0..<groupCount).map { group in
                edges[1 + group].compactMap { edge in
                    let station = target[edge] - 1 - groupCount
                    return edge % 2 == 0 && (0..<stationCount).contains(station) && room[edge] == 0 ? station : nil
                }
            }
        }
    }
}
