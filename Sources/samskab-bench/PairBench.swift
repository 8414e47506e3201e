import SamskabSession
import SamskabPlanning

/// How long the fernisering's planning takes on a large day: 500 people in 12 departments (one
/// holding a quarter of the room) after a discussion at mixed tables of 6 (84 stations), some of
/// them not seated then; the pairs, then a route of 10 rounds. Each run uses another seed.
enum PairBench {
    static let runs = 101
    static let rounds = 10

    static func run() -> Int32 {
        let people = (0..<500).map { Seatable(id: "p\($0)", department: $0 % 4 == 0 ? "D0" : "D\(1 + $0 % 11)") }
        // Every 25th came late: not at the tables of the discussion.
        let seated = people.indices.filter { $0 % 25 != 24 }.map { people[$0] }
        let tables = TablePlanner.mixed(people: seated, groupSize: 6, earlierMates: [:], seed: 2019)
        var tableOf: [String: Int] = [:]
        for (table, ids) in tables.enumerated() { for id in ids { tableOf[id] = table + 1 } }
        let departmentOf = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
        var samples = Samples()
        var sameDepartment = 0, sameTable = 0, ownVisits = 0, mostAtAStation = 0, visiting = Int.max
        for run in 0..<runs {
            var groups: [[String]] = []
            var rotation = RotationPlanner.Rotation(visits: [], visitingRounds: 0)
            samples.add(Stopwatch.measure {
                groups = PairPlanner.pairs(people: people, tableOf: tableOf, seed: UInt64(run))
                rotation = RotationPlanner.plan(groups: groups, stations: tables, rounds: rounds, seed: UInt64(run))
            })
            let seatedGroups = groups.map { $0.compactMap { departmentOf[$0] } }
            sameDepartment = max(sameDepartment, PairPlanner.sameDepartmentGroups(seatedGroups))
            sameTable = max(sameTable, PairPlanner.sameTablePairs(seatedGroups, tableOf: tableOf))
            visiting = min(visiting, rotation.visitingRounds)
            for round in rotation.visits {
                var load: [Int: Int] = [:]
                for (group, station) in round.enumerated() {
                    guard let station else { continue }
                    load[station, default: 0] += 1
                    if groups[group].contains(where: { tableOf[$0] == station + 1 }) { ownVisits += 1 }
                }
                mostAtAStation = max(mostAtAStation, load.values.max() ?? 0)
            }
        }
        print("| fernisering: 500 people, 12 departments, \(tables.count) stations, \(rounds) rounds, \(runs) seeds | median | p99 | same department / same table (most) | own visits (all runs) | most at a station | visiting rounds |")
        print("|---|---|---|---|---|---|---|")
        print("| PairPlanner.pairs + RotationPlanner.plan | \(milliseconds(samples.median)) ms | \(milliseconds(samples.p99)) ms | \(sameDepartment) / \(sameTable) | \(ownVisits) | \(mostAtAStation) | \(visiting) |")
        hardCase()
        return 0
    }

    /// The pair planner's worst case: table-mates it cannot all keep apart, so it tries all its
    /// deals — 500 people, 70 % of them in one department, after a discussion at two tables.
    static func hardCase() {
        let people = (0..<500).map { Seatable(id: "p\($0)", department: $0 % 10 < 7 ? "D0" : "D\(1 + $0 % 3)") }
        let tableOf = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($0.element.id, $0.offset % 2) })
        let byId = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
        var samples = Samples()
        var sameTable = 0
        for run in 0..<21 {
            var groups: [[String]] = []
            samples.add(Stopwatch.measure { groups = PairPlanner.pairs(people: people, tableOf: tableOf, seed: UInt64(run)) })
            sameTable = max(sameTable, PairPlanner.sameTablePairs(groups.map { $0.compactMap { byId[$0] } }, tableOf: tableOf))
        }
        print("| PairPlanner.pairs, 500 people, 70 % in one department, 2 tables, 21 seeds | \(milliseconds(samples.median)) ms | \(milliseconds(samples.p99)) ms | – / \(sameTable) | | | |")
    }
}
