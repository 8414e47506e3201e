/// Pairs for the fernisering: everyone present walks with someone from another department,
/// preferably someone they did not sit with in the visited discussion. A trio takes the odd one
/// out, and whoever cannot be paired across departments (a department of more than half the
/// room); pairs within a department only where nothing else is left. Deterministic from the seed.
public enum PairPlanner {
    public static func pairs(people: [Seatable], tableOf: [String: Int], seed: UInt64) -> [[String]] {
        var random = SeededRandom(seed: seed)
        var shuffled = people
        random.shuffle(&shuffled)
        // Queues of people by department, in the seed's order; a department's rank breaks ties.
        var queues: [String: [Seatable]] = [:]
        var rank: [String: Int] = [:]
        for person in shuffled {
            let key = person.department ?? ""
            if rank[key] == nil { rank[key] = rank.count }
            queues[key, default: []].append(person)
        }
        var groups: [[Seatable]] = []
        // Pairing one of the largest department with one of the next largest, again and again,
        // pairs as many people across departments as a room allows.
        while true {
            let order = queues.keys.filter { !(queues[$0] ?? []).isEmpty }
                .sorted { (queues[$0]?.count ?? 0, -(rank[$1] ?? 0)) > (queues[$1]?.count ?? 0, -(rank[$0] ?? 0)) }
            guard order.count >= 2 else { break }
            guard let first = queues[order[0]]?.removeFirst() else { break }
            var partners = queues[order[1]] ?? []
            let pick = partners.firstIndex { !sameTable(first, $0, tableOf) } ?? 0
            let second = partners.remove(at: pick)
            queues[order[1]] = partners
            groups.append([first, second])
        }
        // Left over: one person, or several of one department.
        var left = queues.values.flatMap { $0 }
        while let person = left.first {
            left.removeFirst()
            if let trio = bestGroup(for: person, in: groups, tableOf: tableOf, onlyPairs: true) {
                groups[trio].append(person)
            } else if let partner = left.first {
                left.removeFirst()
                groups.append([person, partner])
            } else if let any = bestGroup(for: person, in: groups, tableOf: tableOf, onlyPairs: false) {
                groups[any].append(person)
            } else {
                groups.append([person])
            }
        }
        improveTables(&groups, tableOf: tableOf)
        return groups.map { $0.map(\.id) }
    }

    /// The group a person joins to make a trio (a late arrival, or the odd one out): one without
    /// their department, then without their table, then the first; nil when there is none.
    public static func trio(for person: Seatable, groups: [[Seatable]], tableOf: [String: Int]) -> Int? {
        bestGroup(for: person, in: groups, tableOf: tableOf, onlyPairs: true)
            ?? bestGroup(for: person, in: groups, tableOf: tableOf, onlyPairs: false)
    }

    /// Pairs (or trios) whose members share a department; the planner keeps this to what the room forces.
    public static func sameDepartmentGroups(_ groups: [[Seatable]]) -> Int {
        groups.filter { group in Set(group.map { $0.department ?? "" }).count < group.count }.count
    }

    /// Members of one group who sat at the same table of the visited discussion, counted as pairs.
    public static func sameTablePairs(_ groups: [[Seatable]], tableOf: [String: Int]) -> Int {
        groups.reduce(0) { total, group in total + conflicts(group, tableOf) }
    }

    // MARK: - How

    private static func sameTable(_ a: Seatable, _ b: Seatable, _ tableOf: [String: Int]) -> Bool {
        guard let left = tableOf[a.id], let right = tableOf[b.id] else { return false }
        return left == right
    }

    private static func conflicts(_ group: [Seatable], _ tableOf: [String: Int]) -> Int {
        var count = 0
        for i in group.indices {
            for j in group.indices where j > i && sameTable(group[i], group[j], tableOf) { count += 1 }
        }
        return count
    }

    private static func crossesDepartments(_ group: [Seatable]) -> Bool {
        Set(group.map { $0.department ?? "" }).count == group.count
    }

    private static func bestGroup(for person: Seatable, in groups: [[Seatable]], tableOf: [String: Int], onlyPairs: Bool) -> Int? {
        var best: (index: Int, score: (Int, Int, Int))?
        for (index, group) in groups.enumerated() where !onlyPairs || group.count == 2 {
            let departmentClash = group.contains { ($0.department ?? "") == (person.department ?? "") } ? 1 : 0
            if onlyPairs && departmentClash == 1 { continue }
            let tableClash = group.contains { sameTable($0, person, tableOf) } ? 1 : 0
            let score = (departmentClash, tableClash, group.count)
            if let current = best, score >= current.score { continue }
            best = (index, score)
        }
        return best?.index
    }

    /// Swaps members between two groups where both stay across departments and fewer people walk
    /// with a table-mate. Each swap lowers the count, so it ends.
    private static func improveTables(_ groups: inout [[Seatable]], tableOf: [String: Int]) {
        var improved = true
        var passes = 0
        while improved && passes < 20 {
            improved = false
            passes += 1
            for i in groups.indices where conflicts(groups[i], tableOf) > 0 {
                search: for j in groups.indices where j != i {
                    for a in groups[i].indices {
                        for b in groups[j].indices {
                            var left = groups[i], right = groups[j]
                            swap(&left[a], &right[b])
                            let crossedBefore = (crossesDepartments(groups[i]) ? 1 : 0) + (crossesDepartments(groups[j]) ? 1 : 0)
                            let crossedAfter = (crossesDepartments(left) ? 1 : 0) + (crossesDepartments(right) ? 1 : 0)
                            guard crossedAfter >= crossedBefore else { continue }
                            if conflicts(left, tableOf) + conflicts(right, tableOf)
                                < conflicts(groups[i], tableOf) + conflicts(groups[j], tableOf) {
                                groups[i] = left
                                groups[j] = right
                                improved = true
                                break search
                            }
                        }
                    }
                }
            }
        }
    }
}
