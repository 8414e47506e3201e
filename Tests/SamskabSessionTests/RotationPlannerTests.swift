import PropertyBased
import Testing
@testable import SamskabSession
@testable import SamskabPlanning

/// The fernisering's route against the product's rules. With G groups, S stations and `rounds`:
///   - rounds ≤ 0 give no rounds; otherwise there are `rounds` rows (up to `RotationPlanner.maximumRounds`);
///   - visiting rounds V = min(rounds, max(1, S − the most own stations of a pair)), where a group's own
///     stations are those whose table one of its members sat at, and only when no group has two
///     or fewer members the most of any group; V = 0 without groups or stations;
///   - in each of the first V rounds every group is at exactly one station; the rows after them
///     are reflection rounds, all nil;
///   - no group sees a station twice — always possible, as V ≤ S;
///   - a group stands at its own station only where it sees every other station too;
///   - no station holds more than ⌈G ÷ S⌉ groups a round, unless that spares an own visit: then
///     the rotation has fewer own visits than any rotation that keeps to ⌈G ÷ S⌉;
///   - own-station visits: at most the fewest any rotation keeping to ⌈G ÷ S⌉ allows. A rotation is a flow
///     (source → group, V each; group → station, 1 each, cost 1 when it is the group's own;
///     station → sink, ⌈G ÷ S⌉ × V each), so the cheapest such flow bounds it from below;
///     `RotationPlannerReference` computes that by plain successive shortest paths, and the
///     planner must meet it (and, on tiny rooms, a search over every rotation agrees).
struct RotationPlannerTests {
    @Test func rotationKeepsTheRulesOnRandomRooms() async {
        var withOwnVisits = 0, withReflection = 0, compared = 0, rerouted = 0
        await propertyCheck(count: 120, input: Gen.int(in: 2...120), Gen.int(in: 1...12), Gen.int(in: 3...8), Gen.int(in: 1...10), Gen.uint64(in: 0...UInt64.max)) {
            count, departments, groupSize, rounds, seed in
            let room = PairPlannerRoom(count: count, departments: departments, groupSize: groupSize, seed: seed)
            let groups = PairPlanner.pairs(people: room.people, tableOf: room.tableOf, seed: seed)
            let rotation = RotationPlanner.plan(groups: groups, stations: room.tables, rounds: rounds, seed: seed)
            let broken = RotationPlannerRules.broken(rotation, groups: groups, stations: room.tables, rounds: rounds)
            #expect(broken.isEmpty, "\(broken) for \(groups.count) groups at \(room.tables.count) stations, \(rounds) rounds")
            #expect(RotationPlanner.plan(groups: groups, stations: room.tables, rounds: rounds, seed: seed) == rotation, "the same inputs gave another route")
            if RotationPlannerRules.ownVisits(rotation, groups: groups, stations: room.tables) > 0 { withOwnVisits += 1 }
            if rotation.visitingRounds < rounds { withReflection += 1 }
            if groups.count >= 6 && rotation.visitingRounds >= 2 {
                compared += 1
                if RotationPlanner.plan(groups: groups, stations: room.tables, rounds: rounds, seed: seed &+ 1) != rotation { rerouted += 1 }
            }
        }
        #expect(withReflection >= 10, "only \(withReflection) rotations with a reflection round")
        #expect(rerouted * 10 >= compared * 9, "only \(rerouted) of \(compared) routes changed with the seed")
    }

    /// Groups the pair planner would not make — table-mates together, trios from three tables,
    /// people who sat nowhere, a lone person — at few stations, so own visits are often forced.
    @Test func rotationKeepsTheRulesForAnyGroups() async {
        var forced = 0, beyondShare = 0
        await propertyCheck(count: 200, input: Gen.int(in: 1...40), Gen.int(in: 1...9), Gen.int(in: -2...12), Gen.uint64(in: 0...UInt64.max)) {
            count, stationCount, rounds, seed in
            let (groups, stations) = RotationPlannerRules.randomRoom(groupCount: count, stationCount: stationCount, seed: seed)
            let rotation = RotationPlanner.plan(groups: groups, stations: stations, rounds: rounds, seed: seed)
            let broken = RotationPlannerRules.broken(rotation, groups: groups, stations: stations, rounds: rounds)
            #expect(broken.isEmpty, "\(broken) for \(groups) at \(stations), \(rounds) rounds: \(rotation.visits)")
            if RotationPlannerRules.ownVisits(rotation, groups: groups, stations: stations) > 0 { forced += 1 }
            if !stations.isEmpty, RotationPlannerRules.mostAtAStation(rotation) > (groups.count - 1) / stations.count + 1 { beyondShare += 1 }
        }
        #expect(forced >= 20, "only \(forced) rooms forced an own visit")
        #expect(beyondShare >= 1, "no room sent a pair beyond a board's share to spare it its own board")
    }

    /// Every rotation of a tiny room, tried: the planner's own visits are the fewest there are.
    @Test func ownVisitsAreTheFewestOnTinyRooms() async {
        await propertyCheck(count: 150, input: Gen.int(in: 1...4), Gen.int(in: 1...4), Gen.int(in: 1...4), Gen.uint64(in: 0...UInt64.max)) {
            count, stationCount, rounds, seed in
            let (groups, stations) = RotationPlannerRules.randomRoom(groupCount: count, stationCount: stationCount, seed: seed)
            let rotation = RotationPlanner.plan(groups: groups, stations: stations, rounds: rounds, seed: seed)
            #expect(RotationPlannerRules.broken(rotation, groups: groups, stations: stations, rounds: rounds).isEmpty)
            let own = RotationPlannerRules.ownStations(groups: groups, stations: stations)
            let share = (groups.count - 1) / stations.count + 1
            let fewest = RotationPlannerExhaustive.fewestOwnVisits(own: own, stationCount: stations.count,
                                                                   visiting: rotation.visitingRounds, capacity: share)
            let visits = RotationPlannerRules.ownVisits(rotation, groups: groups, stations: stations)
            // Keeping to the share, the fewest there are; beyond it, fewer still.
            #expect(RotationPlannerRules.mostAtAStation(rotation) > share ? visits < fewest : visits == fewest,
                    "\(groups) at \(stations): \(rotation.visits)")
            #expect(RotationPlannerReference.fewestOwnVisits(own: own, stationCount: stations.count, visiting: rotation.visitingRounds,
                                                             capacity: (groups.count - 1) / stations.count + 1) == fewest)
        }
    }

    @Test func seedDay() {
        let day = PairPlannerRoom.seedDay
        for seed in UInt64(0)..<10 {
            let groups = PairPlanner.pairs(people: day.people, tableOf: day.tableOf, seed: seed)
            let rotation = RotationPlanner.plan(groups: groups, stations: day.tables, rounds: 30 / 5, seed: seed)
            #expect(RotationPlannerRules.broken(rotation, groups: groups, stations: day.tables, rounds: 6).isEmpty)
            #expect(rotation.visits.count == 6 && rotation.visitingRounds == 5)
            #expect(rotation.visits[5].allSatisfy { $0 == nil })
            #expect(RotationPlannerRules.ownVisits(rotation, groups: groups, stations: day.tables) == 0)
            #expect(RotationPlannerRules.mostAtAStation(rotation) <= 3)
            // Every pair sees the five boards it did not make.
            let own = RotationPlannerRules.ownStations(groups: groups, stations: day.tables)
            for group in groups.indices {
                #expect(Set(rotation.visits.prefix(5).compactMap { $0[group] }) == Set(0..<7).subtracting(own[group]))
            }
        }
    }

    @Test func fewOrNoStations() {
        let groups = [["a", "b"], ["c", "d"], ["e", "f", "g"]]
        // Two stations: the pairs each sat at one of them, so one round, and a reflection round.
        let two = RotationPlanner.plan(groups: groups, stations: [["a", "c"], ["b", "e"]], rounds: 3, seed: 5)
        #expect(RotationPlannerRules.broken(two, groups: groups, stations: [["a", "c"], ["b", "e"]], rounds: 3).isEmpty)
        #expect(two.visitingRounds == 1 && two.visits.count == 3)
        // The first pair sat at both stations, so it sees one of its own; the others need not.
        #expect(RotationPlannerRules.ownVisits(two, groups: groups, stations: [["a", "c"], ["b", "e"]]) == 1)
        // Two stations nobody sat at: two rounds, each group at both.
        let fresh = RotationPlanner.plan(groups: groups, stations: [["x"], ["y"]], rounds: 4, seed: 5)
        #expect(fresh.visitingRounds == 2 && fresh.visits.count == 4)
        #expect(RotationPlannerRules.broken(fresh, groups: groups, stations: [["x"], ["y"]], rounds: 4).isEmpty)
        // One station: everyone there for one round, then reflection.
        let one = RotationPlanner.plan(groups: groups, stations: [["a", "b", "c"]], rounds: 2, seed: 1)
        #expect(one.visits == [[0, 0, 0], [nil, nil, nil]] && one.visitingRounds == 1)
        // No stations, no groups: reflection only.
        #expect(RotationPlanner.plan(groups: groups, stations: [], rounds: 2, seed: 1) == .init(visits: [[nil, nil, nil], [nil, nil, nil]], visitingRounds: 0))
        #expect(RotationPlanner.plan(groups: [], stations: [["a"]], rounds: 2, seed: 1) == .init(visits: [[], []], visitingRounds: 0))
        // One person alone at one station.
        #expect(RotationPlanner.plan(groups: [["a"]], stations: [["a"]], rounds: 1, seed: 1) == .init(visits: [[0]], visitingRounds: 1))
    }

    @Test func anyNumberOfRounds() {
        let groups = [["a", "b"], ["c", "d"]], stations = [["a"], ["c"], ["x"]]
        for rounds in [0, -1, Int.min] {
            #expect(RotationPlanner.plan(groups: groups, stations: stations, rounds: rounds, seed: 3) == .init(visits: [], visitingRounds: 0))
        }
        for rounds in [1, 2, 3, 50, RotationPlanner.maximumRounds + 1, Int.max] {
            let rotation = RotationPlanner.plan(groups: groups, stations: stations, rounds: rounds, seed: 3)
            #expect(RotationPlannerRules.broken(rotation, groups: groups, stations: stations, rounds: rounds).isEmpty, "\(rounds) rounds")
            #expect(rotation.visitingRounds == min(rounds, 2))
        }
        // Ids at two stations (a table plan edited by hand) count as sitting at both.
        let twice = RotationPlanner.plan(groups: [["a", "z"]], stations: [["a"], ["a"], ["y"]], rounds: 3, seed: 1)
        #expect(twice.visitingRounds == 1 && twice.visits.first == [2])
    }

    @Test func largeRoomsAreQuick() {
        let people = (0..<500).map { Seatable(id: "p\($0)", department: "D\($0 % 12)") }
        let tables = TablePlanner.mixed(people: people, groupSize: 6, earlierMates: [:], seed: 8)
        let room = PairPlannerRoom(people: people, tables: tables)
        let groups = PairPlanner.pairs(people: people, tableOf: room.tableOf, seed: 8)
        #expect(PairPlannerRules.broken(groups, room: room).isEmpty)
        #expect(PairPlannerRules.score(groups, room: room).sameTable == 0)
        let rotation = RotationPlanner.plan(groups: groups, stations: tables, rounds: 10, seed: 8)
        #expect(RotationPlannerRules.broken(rotation, groups: groups, stations: tables, rounds: 10).isEmpty)
        #expect(rotation.visitingRounds == 10 && RotationPlannerRules.ownVisits(rotation, groups: groups, stations: tables) == 0)
    }
}

enum RotationPlannerRules {
    static func ownStations(groups: [[String]], stations: [[String]]) -> [Set<Int>] {
        groups.map { group in Set(stations.indices.filter { station in group.contains { stations[station].contains($0) } }) }
    }

    static func ownVisits(_ rotation: RotationPlanner.Rotation, groups: [[String]], stations: [[String]]) -> Int {
        let own = ownStations(groups: groups, stations: stations)
        return rotation.visits.reduce(0) { total, round in
            total + round.indices.count { group in round[group].map { own[group].contains($0) } ?? false }
        }
    }

    static func mostAtAStation(_ rotation: RotationPlanner.Rotation) -> Int {
        rotation.visits.map { round in Dictionary(round.compactMap { $0 }.map { ($0, 1) }, uniquingKeysWith: +).values.max() ?? 0 }.max() ?? 0
    }

    static func broken(_ rotation: RotationPlanner.Rotation, groups: [[String]], stations: [[String]], rounds: Int) -> [String] {
        var broken: [String] = []
        let rows = min(max(0, rounds), RotationPlanner.maximumRounds)
        if rotation.visits.count != rows { broken.append("\(rotation.visits.count) rounds for \(rounds)") }
        if !rotation.visits.allSatisfy({ $0.count == groups.count }) { broken.append("a round without every group") }
        let own = ownStations(groups: groups, stations: stations)
        let pairsOwn = zip(groups, own).filter { $0.0.count <= 2 }.map { $0.1.count }
        let mostOwn = pairsOwn.max() ?? own.map(\.count).max() ?? 0
        let visiting = groups.isEmpty || stations.isEmpty || rows == 0 ? 0 : min(rows, max(1, stations.count - mostOwn))
        if rotation.visitingRounds != visiting { broken.append("\(rotation.visitingRounds) visiting rounds, not \(visiting)") }
        for (index, round) in rotation.visits.enumerated() {
            if index < rotation.visitingRounds {
                if !round.allSatisfy({ $0.map { stations.indices.contains($0) } ?? false }) { broken.append("round \(index): a group without a station") }
            } else if !round.allSatisfy({ $0 == nil }) {
                broken.append("reflection round \(index) with a station")
            }
        }
        for group in groups.indices {
            let seen = rotation.visits.compactMap { $0.indices.contains(group) ? $0[group] : nil }
            if Set(seen).count != seen.count { broken.append("group \(group) sees a station twice: \(seen)") }
            let unseen = Set(stations.indices).subtracting(own[group]).subtracting(seen)
            if seen.contains(where: { own[group].contains($0) }) && !unseen.isEmpty {
                broken.append("group \(group) at its own station while \(unseen.sorted()) is unseen")
            }
        }
        // The reference is slow: run it only where the planner left an own visit or went beyond a share.
        let share = stations.isEmpty ? 0 : (groups.count + stations.count - 1) / stations.count
        let beyond = !stations.isEmpty && mostAtAStation(rotation) > share
        if rotation.visitingRounds > 0 && (ownVisits(rotation, groups: groups, stations: stations) > 0 || beyond) {
            let fewest = RotationPlannerReference.fewestOwnVisits(own: own, stationCount: stations.count, visiting: rotation.visitingRounds,
                                                                  capacity: share)
            let visits = ownVisits(rotation, groups: groups, stations: stations)
            if visits > fewest { broken.append("\(visits) own-table visits where \(fewest) would do") }
            if beyond && visits == fewest { broken.append("\(mostAtAStation(rotation)) at a station, sparing no own visit") }
        }
        return broken
    }

    /// People p0… at `stationCount` tables (a fifth of them at none), in random groups of 1–3.
    static func randomRoom(groupCount: Int, stationCount: Int, seed: UInt64) -> (groups: [[String]], stations: [[String]]) {
        var random = SeededRandom(seed: seed)
        var next = 0
        var groups: [[String]] = []
        for _ in 0..<groupCount {
            let size = [1, 2, 2, 2, 3][random.below(5)]
            groups.append((0..<size).map { _ in next += 1; return "p\(next)" })
        }
        var stations = Array(repeating: [String](), count: stationCount)
        for id in groups.joined() where random.below(5) != 0 { stations[random.below(stationCount)].append(id) }
        return (groups, stations)
    }
}

/// The cheapest flow of `visiting` station visits per group (see the top), by successive shortest
/// paths found with Bellman–Ford (in its queue form), one visit at a time: slow and plain, a reference.
enum RotationPlannerReference {
    static func fewestOwnVisits(own: [Set<Int>], stationCount: Int, visiting: Int, capacity: Int) -> Int {
        let groupCount = own.count, sink = groupCount + stationCount + 1
        var target: [Int] = [], room: [Int] = [], cost: [Int] = []
        var edges = Array(repeating: [Int](), count: sink + 1)
        func add(_ from: Int, _ to: Int, _ capacity: Int, _ price: Int) {
            edges[from].append(target.count)
            target.append(to); room.append(capacity); cost.append(price)
            edges[to].append(target.count)
            target.append(from); room.append(0); cost.append(-price)
        }
        for group in 0..<groupCount {
            add(0, 1 + group, visiting, 0)
            for station in 0..<stationCount { add(1 + group, 1 + groupCount + station, 1, own[group].contains(station) ? 1 : 0) }
        }
        for station in 0..<stationCount { add(1 + groupCount + station, sink, capacity * visiting, 0) }
        var total = 0
        for _ in 0..<(groupCount * visiting) {
            var distance = Array(repeating: Int.max, count: sink + 1), via = Array(repeating: -1, count: sink + 1)
            distance[0] = 0
            var queue = [0], waiting = Array(repeating: false, count: sink + 1)
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                waiting[node] = false
                for edge in edges[node] where room[edge] > 0 && distance[node] + cost[edge] < distance[target[edge]] {
                    distance[target[edge]] = distance[node] + cost[edge]
                    via[target[edge]] = edge
                    if !waiting[target[edge]] {
                        waiting[target[edge]] = true
                        queue.append(target[edge])
                    }
                }
            }
            guard distance[sink] != .max else { return -1 }
            var node = sink
            while node != 0 {
                let edge = via[node]
                room[edge] -= 1
                room[edge ^ 1] += 1
                node = target[edge ^ 1]
            }
            total += distance[sink]
        }
        return total
    }
}

/// Every rotation of a tiny room (no repeats, the load bound), for the fewest own visits.
struct RotationPlannerExhaustive {
    let own: [Set<Int>]
    let stationCount: Int
    let visiting: Int
    let capacity: Int
    var seen: [Set<Int>]
    var load: [[Int]]
    var fewest = Int.max

    static func fewestOwnVisits(own: [Set<Int>], stationCount: Int, visiting: Int, capacity: Int) -> Int {
        var search = RotationPlannerExhaustive(own: own, stationCount: stationCount, visiting: visiting, capacity: capacity,
                                               seen: Array(repeating: [], count: own.count),
                                               load: Array(repeating: Array(repeating: 0, count: stationCount), count: visiting))
        search.place(round: 0, group: 0, visits: 0)
        return search.fewest
    }

    private mutating func place(round: Int, group: Int, visits: Int) {
        guard visits < fewest else { return }
        guard round < visiting else {
            fewest = visits
            return
        }
        guard group < own.count else { return place(round: round + 1, group: 0, visits: visits) }
        for station in 0..<stationCount where !seen[group].contains(station) && load[round][station] < capacity {
            seen[group].insert(station)
            load[round][station] += 1
            place(round: round, group: group + 1, visits: visits + (own[group].contains(station) ? 1 : 0))
            load[round][station] -= 1
            seen[group].remove(station)
        }
    }
}
