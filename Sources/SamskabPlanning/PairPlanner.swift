/// Pairs for the fernisering: everyone present walks with someone from another department,
/// preferably someone they did not sit with in the visited discussion. Deterministic from the seed.
///
/// What the planner guarantees, in this order (people without a department count as one
/// department; a person is *without another department* when everyone in their group shares
/// theirs):
/// 1. the fewest people without another department the room allows;
/// 2. then the fewest trios: one for the odd one out, more only where a department holds more than
///    half the room, and then each trio gives one more of that department someone from elsewhere;
/// 3. then the fewest groups holding two of one department;
/// 4. then as few table-mates of the visited discussion together as a swap search finds — the
///    fewest possible for rooms of up to `exhaustiveLimit` people.
/// Groups are pairs and trios (one group of one only when one person is present); 1–3 depend
/// only on the department sizes and are given by `unavoidable(for:)`.
public enum PairPlanner {
    /// Rooms up to this size get the best plan of all on every count, by trying every split.
    static let exhaustiveLimit = 12

    public static func pairs(people: [Seatable], tableOf: [String: Int], seed: UInt64) -> [[String]] {
        guard people.count >= 2 else { return people.map { [$0.id] } }
        var random = SeededRandom(seed: seed)
        var order = Array(people.indices)
        var best: (groups: [[Int]], mates: Int)?
        // Another deal from another order while table-mates remain and the last deal did better:
        // the swap search can stop short of the fewest.
        for _ in 0..<attempts {
            random.shuffle(&order)
            let room = Room(people: people, order: order, tableOf: tableOf)
            var groups = room.deal()
            room.improve(&groups)
            if people.count <= exhaustiveLimit, let better = room.best(better: groups) { groups = better }
            let mates = groups.reduce(0) { $0 + room.mates($1) }
            let better = best.map { mates < $0.mates } ?? true
            if better { best = (groups, mates) }
            // Stop at none, or once a deal did no better: table-mates the room forces stay whatever the order.
            if mates == 0 || !better || people.count <= exhaustiveLimit { break }
        }
        return (best?.groups ?? []).map { group in group.map { people[$0].id } }
    }

    /// Deals tried at most, each from another order of the people.
    static let attempts = 8

    /// The fewest people without another department, trios and same-department groups any plan
    /// for these people has (items 1–3 above). With n ≥ 2 people, L in the largest department and
    /// R = n − L in the others:
    /// - L ≤ R: none without, a trio when n is odd (three departments), no same-department group;
    /// - R < L ≤ 2R: none without: L − R trios of two of the largest and one other, 2R − L pairs;
    ///   L − R same-department groups;
    /// - L = 2R + 1 (R ≥ 1): two without (a pair of the largest), R − 1 trios, R same-department groups;
    /// - L ≥ 2R + 2: L − 2R without (pairs, one trio if odd), R + (L − 2R) mod 2 trios,
    ///   R + ⌊(L − 2R) / 2⌋ same-department groups.
    /// One person: one without, nothing else; nobody: all zero.
    public struct Unavoidable: Sendable, Equatable {
        public var withoutOtherDepartment: Int
        public var trios: Int
        public var sameDepartmentGroups: Int

        public init(withoutOtherDepartment: Int, trios: Int, sameDepartmentGroups: Int) {
            self.withoutOtherDepartment = withoutOtherDepartment
            self.trios = trios
            self.sameDepartmentGroups = sameDepartmentGroups
        }
    }

    public static func unavoidable(for people: [Seatable]) -> Unavoidable {
        var sizes: [String: Int] = [:]
        for person in people { sizes[person.department ?? "", default: 0] += 1 }
        return Shape(count: people.count, largest: sizes.values.max() ?? 0).unavoidable
    }

    /// The group a late arrival joins: a pair before a trio (a lone person before either), then the
    /// group where most people gain someone from another department (a pair of one department
    /// before a mixed one), then one without the arrival's department, then with the fewest of
    /// their table-mates, then the first. Nil when there is no group.
    public static func trio(for person: Seatable, groups: [[Seatable]], tableOf: [String: Int]) -> Int? {
        let department = person.department ?? ""
        var best: (index: Int, key: (Int, Int, Int, Int))?
        for (index, group) in groups.enumerated() {
            let size = group.count == 1 ? 0 : group.count == 2 ? 1 : group.isEmpty ? Int.max : group.count
            let gain = without(group) + 1 - without(group + [person])
            let clash = group.contains { ($0.department ?? "") == department } ? 1 : 0
            let mates = group.count(where: { sameTable($0, person, tableOf) })
            let key = (size, -gain, clash, mates)
            if let current = best, key >= current.key { continue }
            best = (index, key)
        }
        return best?.index
    }

    /// Pairs (or trios) whose members share a department; the planner keeps this to what the room forces.
    public static func sameDepartmentGroups(_ groups: [[Seatable]]) -> Int {
        groups.filter { group in Set(group.map { $0.department ?? "" }).count < group.count }.count
    }

    /// People whose group holds nobody from another department (a lone person counts).
    public static func peopleWithoutOtherDepartment(_ groups: [[Seatable]]) -> Int {
        groups.reduce(0) { total, group in total + without(group) }
    }

    /// Members of one group who sat at the same table of the visited discussion, counted as pairs.
    public static func sameTablePairs(_ groups: [[Seatable]], tableOf: [String: Int]) -> Int {
        groups.reduce(0) { total, group in
            var count = 0
            for i in group.indices {
                for j in group.indices where j > i && sameTable(group[i], group[j], tableOf) { count += 1 }
            }
            return total + count
        }
    }

    // MARK: - How

    private static func sameTable(_ a: Seatable, _ b: Seatable, _ tableOf: [String: Int]) -> Bool {
        guard let left = tableOf[a.id], let right = tableOf[b.id] else { return false }
        return left == right
    }

    private static func without(_ group: [Seatable]) -> Int {
        guard let first = group.first else { return 0 }
        return group.allSatisfy({ ($0.department ?? "") == (first.department ?? "") }) ? group.count : 0
    }

    /// The room's shape: how many of the largest department there are against the rest, and
    /// what that forces (see `Unavoidable`).
    struct Shape {
        let count: Int
        let largest: Int
        var rest: Int { count - largest }

        /// Other-department people who walk with two of the largest department.
        var doubled: Int {
            if largest <= rest { return 0 }
            if largest <= 2 * rest { return largest - rest }
            return largest == 2 * rest + 1 ? rest - 1 : rest
        }

        var unavoidable: Unavoidable {
            guard count >= 2 else { return Unavoidable(withoutOtherDepartment: count, trios: 0, sameDepartmentGroups: 0) }
            if largest <= rest { return Unavoidable(withoutOtherDepartment: 0, trios: count % 2, sameDepartmentGroups: 0) }
            // Those of the largest department left once every other person walks with one or two of them.
            let left = largest - rest - doubled
            return Unavoidable(withoutOtherDepartment: left, trios: doubled + left % 2,
                               sameDepartmentGroups: doubled + left / 2)
        }
    }

    /// The people as indices: their department (numbered in the seed's order) and table.
    struct Room {
        let department: [Int]
        let table: [Int?]
        let order: [Int]
        let departmentCount: Int

        init(people: [Seatable], order: [Int], tableOf: [String: Int]) {
            var codes: [String: Int] = [:]
            var department = Array(repeating: 0, count: people.count)
            for index in order {
                let key = people[index].department ?? ""
                let code = codes[key] ?? codes.count
                codes[key] = code
                department[index] = code
            }
            self.department = department
            self.order = order
            departmentCount = codes.count
            table = people.map { tableOf[$0.id] }
        }

        func sameTable(_ a: Int, _ b: Int) -> Bool {
            guard let left = table[a], let right = table[b] else { return false }
            return left == right
        }

        /// Table-mates in a group, counted as pairs.
        func mates(_ group: [Int]) -> Int {
            var count = 0
            for i in group.indices {
                for j in group.indices where j > i && sameTable(group[i], group[j]) { count += 1 }
            }
            return count
        }

        /// (people without another department, whether two share a department).
        func departmentCost(_ group: [Int]) -> (without: Int, same: Int) {
            guard let first = group.first else { return (0, 0) }
            var sameAsFirst = 0, repeated = false
            for (position, member) in group.enumerated() {
                if department[member] == department[first] { sameAsFirst += 1 }
                if group[..<position].contains(where: { department[$0] == department[member] }) { repeated = true }
            }
            return (sameAsFirst == group.count ? group.count : 0, repeated ? 1 : 0)
        }

        /// A plan with the fewest people without another department, trios and same-department
        /// groups (its shape fixed by the department sizes), table-mates kept apart greedily.
        func deal() -> [[Int]] {
            var members = Array(repeating: [Int](), count: departmentCount)
            for index in order { members[department[index]].append(index) }
            guard let largest = members.indices.max(by: { (members[$0].count, $1) < (members[$1].count, $0) }) else { return [] }
            let shape = Shape(count: order.count, largest: members[largest].count)
            return shape.largest <= shape.rest ? dealAcross(members) : dealAround(largest, members, shape: shape)
        }

        /// No department more than half: pairs across (and a trio of three departments for the odd one).
        private func dealAcross(_ members: [[Int]]) -> [[Int]] {
            var pools = members
            var groups: [[Int]] = []
            var remaining = order.count
            func ranked() -> [Int] {
                pools.indices.filter { !pools[$0].isEmpty }.sorted { (pools[$0].count, $1) > (pools[$1].count, $0) }
            }
            if remaining % 2 == 1 {
                // One of each of the three largest departments leaves none more than half the rest.
                var trio: [Int] = []
                for code in ranked().prefix(3) {
                    let pick = pools[code].firstIndex { person in !trio.contains { sameTable($0, person) } } ?? 0
                    trio.append(pools[code].remove(at: pick))
                }
                groups.append(trio)
                remaining -= trio.count
            }
            while remaining >= 2 {
                let departments = ranked()
                guard departments.count >= 2 else { break }
                let first = pools[departments[0]].removeFirst()
                // A department holding half of those left must give the partner, or it would be more than half after.
                let choices = pools[departments[1]].count * 2 == remaining ? [departments[1]] : Array(departments.dropFirst())
                var partner: (code: Int, position: Int)?
                search: for code in choices {
                    for (position, person) in pools[code].enumerated() where !sameTable(first, person) {
                        partner = (code, position)
                        break search
                    }
                }
                let (code, position) = partner ?? (choices[0], 0)
                groups.append([first, pools[code].remove(at: position)])
                remaining -= 2
            }
            // Not reached when the shape holds; whoever is left joins the last group rather than be lost.
            let left = pools.flatMap { $0 }
            if !left.isEmpty {
                if groups.isEmpty { groups.append(left) } else { groups[groups.count - 1] += left }
            }
            return groups
        }

        /// One department more than half: every other person walks with one or two of it (two for
        /// `shape.doubled` of them); the rest of it in pairs, and one trio when they are odd.
        private func dealAround(_ largest: Int, _ members: [[Int]], shape: Shape) -> [[Int]] {
            var pool = members[largest]
            let others = order.filter { department[$0] != largest }
            var groups: [[Int]] = []
            for (position, other) in others.enumerated() {
                var group = [other]
                for _ in 0..<(position < shape.doubled ? 2 : 1) where !pool.isEmpty {
                    let pick = pool.firstIndex { person in !group.contains { sameTable($0, person) } } ?? 0
                    group.append(pool.remove(at: pick))
                }
                groups.append(group)
            }
            while pool.count >= 2 {
                if pool.count == 3 {
                    groups.append(pool)
                    pool = []
                    break
                }
                let first = pool.removeFirst()
                let pick = pool.firstIndex { !sameTable(first, $0) } ?? 0
                groups.append([first, pool.remove(at: pick)])
            }
            // Not reached when the shape holds (one left over never happens); kept rather than lost.
            if !pool.isEmpty {
                if groups.isEmpty { groups.append(pool) } else { groups[groups.count - 1] += pool }
            }
            return groups
        }

        /// Swaps two people between groups wherever that puts fewer table-mates together and leaves
        /// no one more without another department and no more groups with two of one department;
        /// sizes never change, so a plan with the fewest of those keeps them. Each swap lowers
        /// the table-mates together, so it ends. Only someone sitting with a table-mate moves out
        /// of a group: moving anyone else cannot part that pair.
        func improve(_ groups: inout [[Int]]) {
            var count = groups.map(mates)
            var improved = true
            while improved {
                improved = false
                next: for i in groups.indices where count[i] > 0 {
                    for a in groups[i].indices where matesOf(groups[i][a], in: groups[i], apart: a) > 0 {
                        let x = groups[i][a]
                        for j in groups.indices where j != i {
                            for b in groups[j].indices {
                                let y = groups[j][b]
                                let left = count[i] - matesOf(x, in: groups[i], apart: a) + matesOf(y, in: groups[i], apart: a)
                                let right = count[j] - matesOf(y, in: groups[j], apart: b) + matesOf(x, in: groups[j], apart: b)
                                guard left + right < count[i] + count[j] else { continue }
                                if department[x] != department[y] {
                                    // Another department in each group: keep the swap only if the departments fare no worse.
                                    let before = (departmentCost(groups[i]), departmentCost(groups[j]))
                                    var one = groups[i], other = groups[j]
                                    one[a] = y
                                    other[b] = x
                                    let after = (departmentCost(one), departmentCost(other))
                                    guard (after.0.without + after.1.without, after.0.same + after.1.same)
                                        <= (before.0.without + before.1.without, before.0.same + before.1.same) else { continue }
                                }
                                groups[i][a] = y
                                groups[j][b] = x
                                (count[i], count[j]) = (left, right)
                                improved = true
                                continue next
                            }
                        }
                    }
                }
            }
        }

        /// Members of `group` other than the one at `position` who sat at `person`'s table.
        private func matesOf(_ person: Int, in group: [Int], apart position: Int) -> Int {
            guard let seat = table[person] else { return 0 }
            var count = 0
            for (index, member) in group.enumerated() where index != position && table[member] == seat { count += 1 }
            return count
        }

        /// The best plan of all on (without another department, trios, same-department groups,
        /// table-mates), when it beats `plan`; by trying every split into pairs and trios, cutting
        /// off any partial split already no better.
        func best(better plan: [[Int]]) -> [[Int]]? {
            var search = Search(room: self, taken: Array(repeating: false, count: department.count))
            search.bound = plan.reduce(Cost()) { $0.adding($1, room: self) }
            // A plan at the floor of counts 1–3 (as `deal` makes) can only be beaten on table-mates,
            // by a split at that floor too: anything above it on any count is cut off at once.
            var sizes = Array(repeating: 0, count: departmentCount)
            for person in order { sizes[department[person]] += 1 }
            let floor = Shape(count: order.count, largest: sizes.max() ?? 0).unavoidable
            let bound = search.bound
            if (bound.without, bound.trios, bound.same) == (floor.withoutOtherDepartment, floor.trios, floor.sameDepartmentGroups) {
                search.floor = bound
            }
            search.split(Cost())
            return search.best
        }

        struct Cost: Comparable {
            var without = 0, trios = 0, same = 0, mates = 0

            static func < (left: Cost, right: Cost) -> Bool {
                (left.without, left.trios, left.same, left.mates) < (right.without, right.trios, right.same, right.mates)
            }

            func adding(_ group: [Int], room: Room) -> Cost {
                let cost = room.departmentCost(group)
                return Cost(without: without + cost.without, trios: trios + (group.count == 3 ? 1 : 0),
                            same: same + cost.same, mates: mates + room.mates(group))
            }
        }

        struct Search {
            let room: Room
            var taken: [Bool]
            var groups: [[Int]] = []
            var bound = Cost()
            var floor: Cost?
            var best: [[Int]]?

            mutating func split(_ cost: Cost) {
                if let floor {
                    guard cost.without <= floor.without, cost.trios <= floor.trios, cost.same <= floor.same, cost.mates < bound.mates else { return }
                } else {
                    guard cost < bound else { return }
                }
                guard let first = room.order.first(where: { !taken[$0] }) else {
                    bound = cost
                    best = groups
                    return
                }
                taken[first] = true
                let rest = room.order.filter { !taken[$0] }
                for (position, second) in rest.enumerated() {
                    taken[second] = true
                    groups.append([first, second])
                    split(cost.adding([first, second], room: room))
                    groups.removeLast()
                    for third in rest[(position + 1)...] {
                        taken[third] = true
                        groups.append([first, second, third])
                        split(cost.adding([first, second, third], room: room))
                        groups.removeLast()
                        taken[third] = false
                    }
                    taken[second] = false
                }
                taken[first] = false
            }
        }
    }
}
