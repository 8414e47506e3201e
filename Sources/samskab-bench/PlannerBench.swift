import SamskabSession
import SamskabPlanning

/// How long the table planner takes on a large day: 500 people in 12 departments (one holding a
/// quarter of the room) at tables of 6, planned for a third mixed round after two earlier ones
/// the planner made itself. Each run uses another seed.
enum PlannerBench {
    static let groupSize = 6
    static let runs = 101

    static func run() -> Int32 {
        let people = (0..<500).map { Seatable(id: "p\($0)", department: $0 % 4 == 0 ? "D0" : "D\(1 + $0 % 11)") }
        var mates: [String: Set<String>] = [:]
        for round in 0..<2 {
            let plan = TablePlanner.mixed(people: people, groupSize: groupSize, earlierMates: mates, seed: UInt64(1000 + round))
            for table in plan {
                for person in table { mates[person, default: []].formUnion(table.filter { $0 != person }) }
            }
        }
        var samples = Samples()
        var repeats: [Int] = []
        for run in 0..<runs {
            var plan: [[String]] = []
            samples.add(Stopwatch.measure {
                plan = TablePlanner.mixed(people: people, groupSize: groupSize, earlierMates: mates, seed: UInt64(run))
            })
            repeats.append(TablePlanner.repeats(plan, earlierMates: mates))
        }
        print("| table planner: 500 people, 12 departments, tables of \(groupSize), third mixed round, \(runs) seeds | median | p99 | repeats (most) |")
        print("|---|---|---|---|")
        print("| TablePlanner.mixed | \(milliseconds(samples.median)) ms | \(milliseconds(samples.p99)) ms | \(repeats.max() ?? 0) |")
        return 0
    }
}
