import OrderedCollections
import SamskabModel

/// A person the planner can seat.
public struct Seatable: Sendable, Equatable, Hashable {
    public var id: String          // e.g. "r1", "p17"
    public var department: String? // department code, nil = none

    public init(id: String, department: String?) {
        self.id = id
        self.department = department
    }
}

/// Who sits at which table: pure and deterministic (a seed, never the clock or the system's randomness).
public enum TablePlanner {
    /// Mixed tables: ceil(n / groupSize) tables (1 table when n <= groupSize; 0 tables when n == 0),
    /// sizes differing by at most one. Returns tables as lists of ids (each list in a stable order, e.g. the input order).
    /// `earlierMates`: for each person id, the ids they already sat with at an earlier mixed table of the day.
    ///
    /// Every department (people without one count as one) is spread evenly: each table holds
    /// floor(c/T) or ceil(c/T) of a department of c. Within that, the fewest possible pairs of
    /// earlier mates sit together again — as found by a swap search from a few seeded deals,
    /// and exactly the fewest on tiny rosters. Another seed gives another plan. Tables come in
    /// the order of their first person.
    public static func mixed(people: [Seatable], groupSize: Int, earlierMates: [String: Set<String>], seed: UInt64) -> [[String]] {
        let problem = Problem(people: people, groupSize: groupSize, earlierMates: earlierMates)
        guard problem.tableCount > 0 else { return [] }
        let best = plan(problem, seed: seed)
        return best.tables(problem).map { table in table.map { people[$0].id } }
    }

    /// One table per department in `departmentOrder` order (departments with nobody present get no table);
    /// a department with more than 2 * groupSize people is split evenly into ceil(count / groupSize) tables (sizes within one);
    /// people without a department (or with one not in departmentOrder) form a last table (also split the same way).
    /// Returns (department code or nil, tables) in order. Deterministic (keep input order inside tables; no seed needed).
    public static func byDepartment(people: [Seatable], departmentOrder: [String], groupSize: Int) -> [(department: String?, tables: [[String]])] {
        var byCode: OrderedDictionary<String, [String]> = [:]
        for code in departmentOrder where byCode[code] == nil { byCode[code] = [] }
        var others: [String] = []
        for person in people {
            if let code = person.department, byCode[code] != nil {
                byCode[code, default: []].append(person.id)
            } else {
                others.append(person.id)
            }
        }
        let size = departmentGroupSize(counts: byCode.values.map(\.count) + [others.count], groupSize: groupSize)
        var plan: [(department: String?, tables: [[String]])] = byCode.compactMap { code, ids in
            ids.isEmpty ? nil : (code, split(ids, groupSize: size))
        }
        if !others.isEmpty { plan.append((nil, split(others, groupSize: size))) }
        return plan
    }

    /// `groupSize`, or the smallest larger one that keeps the plan within `DayLimits.tables` tables
    /// (found by halving; tables per department only fall as the size grows).
    static func departmentGroupSize(counts: [Int], groupSize: Int) -> Int {
        func tableCount(_ size: Int) -> Int {
            counts.reduce(0) { total, count in
                guard count > 0 else { return total }
                let (twice, overflow) = size.multipliedReportingOverflow(by: 2)
                return total + (overflow || count <= twice ? 1 : (count - 1) / size + 1)
            }
        }
        var low = max(1, groupSize)
        guard tableCount(low) > DayLimits.tables else { return low }
        var high = max(low, counts.max() ?? low)
        // At a size as large as the largest department, each department is one table: the fewest there can be.
        while low < high {
            let middle = low + (high - low) / 2
            if tableCount(middle) > DayLimits.tables { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Up to 2 × groupSize people stay one table; more are cut into ceil(count / groupSize)
    /// consecutive runs whose sizes differ by at most one (the longer runs first).
    static func split(_ ids: [String], groupSize: Int) -> [[String]] {
        let (twice, overflow) = groupSize.multipliedReportingOverflow(by: 2)
        guard !overflow, ids.count > twice else { return [ids] }
        let tableCount = (ids.count - 1) / groupSize + 1
        let shorter = ids.count / tableCount, longer = ids.count % tableCount
        var tables: [[String]] = []
        var start = 0
        for table in 0..<tableCount {
            let end = start + shorter + (table < longer ? 1 : 0)
            tables.append(Array(ids[start..<end]))
            start = end
        }
        return tables
    }

    /// Where a late arrival sits in an existing plan: the table with fewest people; ties broken by fewest people of
    /// the arrival's department, then by lowest index. Returns the 0-based table index; nil when there are no tables.
    /// (An arrival without a department counts the people without one, as `mixed` does.)
    public static func smallestFitting(for person: Seatable, tables: [[Seatable]]) -> Int? {
        tables.indices.min { first, second in
            let one = tables[first], other = tables[second]
            return (one.count, one.count(where: { $0.department == person.department }), first)
                < (other.count, other.count(where: { $0.department == person.department }), second)
        }
    }

    /// How many pairs at the same table sat together earlier (each unordered pair counted once).
    /// A pair counts when either one lists the other in `earlierMates`.
    public static func repeats(_ tables: [[String]], earlierMates: [String: Set<String>]) -> Int {
        var count = 0
        for table in tables {
            let seated = Set(table)
            for id in seated {
                for mate in earlierMates[id] ?? [] where mate != id && seated.contains(mate) {
                    // Counted from the smaller id, or from the larger when only it remembers the pair.
                    if id < mate || earlierMates[mate]?.contains(id) != true { count += 1 }
                }
            }
        }
        return count
    }
}
