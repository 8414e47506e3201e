import PropertyBased
import Testing
@testable import SamskabSession
@testable import SamskabPlanning

/// The fernisering's pairs against the product's rules, over random rooms.
///
/// What "as cross-department as the room allows" means, exactly. A person is *alone* when nobody
/// in their group is from another department (people without a department count as one
/// department). Plans are compared lexicographically on
///   1. alone: people walking with nobody from another department,
///   2. trios,
///   3. groups with two members of one department (`PairPlanner.sameDepartmentGroups`),
///   4. pairs of members who sat at the same table (`PairPlanner.sameTablePairs`),
/// over every split of the room into groups of 2 and 3 (one group of 1 only when there is one
/// person). Items 1–3 depend only on the department sizes. With n ≥ 2 people, L in the largest
/// department and R = n − L in all the others:
///   - L ≤ R: nobody alone, one trio when n is odd (of three departments), no same-department group;
///   - R < L ≤ 2R: nobody alone: every other-department person walks with one or two of the
///     largest department — L − R trios (2 + 1) and 2R − L pairs (1 + 1); L − R same-department groups;
///   - L = 2R + 1 (R ≥ 1): two alone (one same-department pair), R − 1 trios, R same-department groups
///     (one left over would otherwise make a fourth in a trio);
///   - L ≥ 2R + 2: L − 2R alone, in pairs and one trio when L − 2R is odd; R + (L − 2R) mod 2
///     trios; R + ⌊(L − 2R) / 2⌋ same-department groups.
/// (The maximum cross-department matching, min(⌊n/2⌋, R), alone would undercount: with L = R + 1
/// and n odd it says every group can cross, but the odd one out must join a pair that already
/// holds one of their department.) So more than one trio happens only when a department holds
/// more than half the room, and a trio then always gives one more person someone from another
/// department, never merely fewer groups. `PairPlannerFloor` computes these; the brute force
/// below confirms them for every department split of up to 10 people. The planner must reach 1–3
/// always, and 4 exactly for n ≤ 10 (brute force) and far below random pairing for larger rooms.
struct PairPlannerTests {
    @Test func pairsKeepTheRulesOnRandomRooms() async {
        var compared = 0, reshuffled = 0, dominated = 0, withTrios = 0
        var plannerSameTable = 0, randomSameTable = 0
        await propertyCheck(count: 200, input: Gen.int(in: 2...120), Gen.int(in: 1...12), Gen.int(in: 3...8), Gen.uint64(in: 0...UInt64.max)) {
            count, departments, groupSize, seed in
            let room = PairPlannerRoom(count: count, departments: departments, groupSize: groupSize, seed: seed)
            let groups = PairPlanner.pairs(people: room.people, tableOf: room.tableOf, seed: seed)
            let broken = PairPlannerRules.broken(groups, room: room)
            #expect(broken.isEmpty, "\(broken) for \(room.sizes) in \(groups)")
            let disagreeing = PairPlannerRules.countsDisagreeing(groups, room: room)
            #expect(disagreeing.isEmpty, "\(disagreeing)")
            // The same inputs in a table dictionary built otherwise (so iterated in another order).
            var rebuilt = [String: Int](minimumCapacity: 4 * room.tableOf.count)
            for (id, table) in room.tableOf.sorted(by: { $0.key > $1.key }) { rebuilt[id] = table }
            #expect(PairPlanner.pairs(people: room.people, tableOf: rebuilt, seed: seed) == groups, "the same inputs gave other pairs")
            if count >= 10 {
                compared += 1
                let other = PairPlanner.pairs(people: room.people, tableOf: room.tableOf, seed: seed &+ 1)
                if Set(other.map(Set.init)) != Set(groups.map(Set.init)) { reshuffled += 1 }
            }
            if PairPlannerFloor(room.sizes).trios > 1 { dominated += 1 }
            if groups.contains(where: { $0.count == 3 }) { withTrios += 1 }
            if count > 10 {
                plannerSameTable += PairPlannerRules.score(groups, room: room).sameTable
                var random = SeededRandom(seed: ~seed)
                for _ in 0..<10 { randomSameTable += PairPlannerRules.score(PairPlannerRules.randomPairs(room.people, random: &random), room: room).sameTable }
            }
        }
        #expect(reshuffled * 10 >= compared * 9, "only \(reshuffled) of \(compared) rooms got other pairs from another seed")
        // The generator must reach the interesting rooms: dominant departments, trios.
        #expect(dominated >= 20 && withTrios >= 60, "\(dominated) rooms with a dominant department, \(withTrios) with a trio")
        // Far below random: random pairs put about (table size − 1) / 2 table-mates together per room.
        #expect(plannerSameTable * 20 <= randomSameTable / 10, "\(plannerSameTable) same-table pairs against \(Double(randomSameTable) / 10) at random")
    }

    /// Every department split of 1–10 people (with two table plans each): the planner's plan is as
    /// good as the best of all splits into groups, on all four counts; and the closed form agrees.
    @Test func pairsAreTheBestPossibleOnSmallRooms() {
        var withSameTable = 0, rooms = 0
        for count in 1...10 {
            for sizes in PairPlannerRoom.splits(of: count) {
                for variant in 0..<2 {
                    let seed = UInt64(count * 1000 + variant) &* 0x9E37_79B9
                    let room = PairPlannerRoom(sizes: sizes, groupSize: 2 + variant + count / 4, seed: seed)
                    let groups = PairPlanner.pairs(people: room.people, tableOf: room.tableOf, seed: seed)
                    let broken = PairPlannerRules.broken(groups, room: room)
                    #expect(broken.isEmpty, "\(broken) for \(sizes) in \(groups)")
                    let best = PairPlannerBruteForce.best(room)
                    let floor = PairPlannerFloor(sizes)
                    #expect(PairPlannerScore(alone: floor.alone, trios: floor.trios, sameDepartment: floor.sameDepartment, sameTable: best.sameTable) == best,
                            "the closed form \(floor) for \(sizes), brute force \(best)")
                    #expect(PairPlannerRules.score(groups, room: room) == best, "\(groups) for \(sizes) with tables \(room.tableOf)")
                    rooms += 1
                    if best.sameTable > 0 { withSameTable += 1 }
                }
            }
        }
        #expect(rooms == 276)
        #expect(withSameTable >= 10, "only \(withSameTable) rooms could not avoid every table-mate")
    }

    /// Random small rooms with more of them missing from the tables and more tables.
    @Test func pairsAreTheBestPossibleOnRandomSmallRooms() async {
        await propertyCheck(count: 150, input: Gen.int(in: 2...10), Gen.int(in: 1...5), Gen.int(in: 2...4), Gen.uint64(in: 0...UInt64.max)) {
            count, departments, groupSize, seed in
            let room = PairPlannerRoom(count: count, departments: departments, groupSize: groupSize, seed: seed)
            let groups = PairPlanner.pairs(people: room.people, tableOf: room.tableOf, seed: seed)
            #expect(PairPlannerRules.broken(groups, room: room).isEmpty)
            #expect(PairPlannerRules.score(groups, room: room) == PairPlannerBruteForce.best(room), "\(groups) for \(room.people) at \(room.tableOf)")
        }
    }

    @Test func seedDay() {
        let day = PairPlannerRoom.seedDay
        #expect(day.tables.count == 7)
        for seed in UInt64(0)..<20 {
            let groups = PairPlanner.pairs(people: day.people, tableOf: day.tableOf, seed: seed)
            #expect(groups.count == 20 && groups.allSatisfy { $0.count == 2 })
            #expect(PairPlannerRules.broken(groups, room: day).isEmpty)
            let score = PairPlannerRules.score(groups, room: day)
            #expect(score == PairPlannerScore(alone: 0, trios: 0, sameDepartment: 0, sameTable: 0), "seed \(seed): \(score)")
            let seated = groups.map { $0.compactMap { id in day.people.first { $0.id == id } } }
            #expect(PairPlanner.sameDepartmentGroups(seated) == 0 && PairPlanner.sameTablePairs(seated, tableOf: day.tableOf) == 0)
            #expect(PairPlanner.peopleWithoutOtherDepartment(seated) == 0)
        }
    }

    @Test func smallAndOddRooms() {
        let a = Seatable(id: "a", department: "A"), b = Seatable(id: "b", department: "A"), c = Seatable(id: "c", department: "A")
        #expect(PairPlanner.pairs(people: [], tableOf: [:], seed: 1) == [])
        #expect(PairPlanner.pairs(people: [a], tableOf: ["a": 1], seed: 1) == [["a"]])
        #expect(PairPlanner.pairs(people: [a, b], tableOf: [:], seed: 1).map { $0.sorted() } == [["a", "b"]])
        // Three of one department: one trio (not a pair and one alone).
        #expect(PairPlanner.pairs(people: [a, b, c], tableOf: [:], seed: 1).map { $0.sorted() } == [["a", "b", "c"]])
        // Three departments, three people: one trio across.
        let three = [a, Seatable(id: "m", department: "M"), Seatable(id: "n", department: nil)]
        #expect(PairPlanner.pairs(people: three, tableOf: [:], seed: 4).map { $0.sorted() } == [["a", "m", "n"]])
        // A repeated id or an unknown table does not trap; everyone is placed once per entry.
        let twice = [a, a, b, Seatable(id: "m", department: "M")]
        #expect(PairPlanner.pairs(people: twice, tableOf: ["a": 1, "zz": 3], seed: 9).joined().count == 4)
        // Nobody without a department: they count as one department among themselves.
        let none = (0..<4).map { Seatable(id: "x\($0)", department: nil) } + [Seatable(id: "m", department: "M")]
        let groups = PairPlanner.pairs(people: none, tableOf: [:], seed: 2)
        #expect(groups.map(\.count).sorted() == [2, 3])
        #expect(groups.first { $0.count == 3 }?.contains("m") == true)
    }

    @Test func aLateArrivalJoinsTheBestPair() {
        func seat(_ id: String, _ department: String?) -> Seatable { Seatable(id: id, department: department) }
        let groups = [[seat("a1", "A"), seat("b1", "B")], [seat("c1", "C"), seat("d1", "D")], [seat("a2", "A"), seat("a3", "A")],
                      [seat("e1", "E"), seat("f1", "F"), seat("g1", "G")]]
        let tables = ["c1": 1, "late": 1]
        // A pair of one department first: the arrival gives both of them someone from elsewhere.
        #expect(PairPlanner.trio(for: seat("late", "B"), groups: groups, tableOf: tables) == 2)
        // Then a pair without the arrival's department, then without their table, then the first.
        #expect(PairPlanner.trio(for: seat("late", "A"), groups: groups, tableOf: tables) == 1)
        #expect(PairPlanner.trio(for: seat("late", "A"), groups: Array(groups[0...1]), tableOf: tables) == 1)
        #expect(PairPlanner.trio(for: seat("late", "C"), groups: Array(groups[0...1]), tableOf: tables) == 0)
        #expect(PairPlanner.trio(for: seat("late", "Z"), groups: Array(groups[0...1]), tableOf: tables) == 0)
        // Never a fourth in a trio while a pair is left; nothing to join: nil.
        #expect(PairPlanner.trio(for: seat("late", "A"), groups: [groups[3], groups[0]], tableOf: [:]) == 1)
        #expect(PairPlanner.trio(for: seat("late", "A"), groups: [], tableOf: [:]) == nil)
    }
}

// MARK: - Helpers (named after the planner so they do not meet another test file's)

/// A room for the gallery walk: people in departments of skewed sizes (often one holding half or
/// more, sometimes nearly all; a few without a department); the visited discussion's tables from
/// `TablePlanner.mixed` over those who were there then — some have left since and some came
/// late, so they are missing from the tables.
struct PairPlannerRoom {
    var people: [Seatable]
    var tables: [[String]]
    var tableOf: [String: Int]

    var sizes: [Int] {
        var count: [String: Int] = [:]
        for person in people { count[person.department ?? "", default: 0] += 1 }
        return count.values.sorted(by: >)
    }

    init(count: Int, departments: Int, groupSize: Int, seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let skew = random.below(4)
        // 0: uniform; 1: one department about half; 2: one holding 55–98 %; 3: two large ones.
        let share = skew == 2 ? 55 + random.below(44) : 50
        let roster: [Seatable] = (0..<count).map { index in
            let department: String? = switch (skew, random.below(100)) {
            case (_, 0..<4): nil
            case (1, 4..<54), (2, 4..<(4 + share)): "D0"
            case (3, 4..<40): "D0"
            case (3, 40..<70): "D1"
            default: "D\(random.below(departments))"
            }
            return Self.person(index, department)
        }
        let late = Set((0..<random.below(count / 6 + 1)).map { _ in random.below(count) })
        let left = (0..<random.below(count / 8 + 1)).map { Seatable(id: "gone\($0)", department: "D\(random.below(departments))") }
        let seated = roster.indices.filter { !late.contains($0) }.map { roster[$0] } + left
        people = roster
        tables = TablePlanner.mixed(people: seated, groupSize: groupSize, earlierMates: [:], seed: random.next())
        tableOf = Self.tableOf(tables)
    }

    /// A room with the given department sizes, seated at tables of `groupSize`, a few missing.
    init(sizes: [Int], groupSize: Int, seed: UInt64) {
        var random = SeededRandom(seed: seed)
        var roster = sizes.enumerated().flatMap { department, size in
            (0..<size).map { Seatable(id: "d\(department)p\($0)", department: department == 3 ? nil : "D\(department)") }
        }
        random.shuffle(&roster)
        let seated = roster.filter { _ in random.below(8) != 0 }
        people = roster
        tables = TablePlanner.mixed(people: seated, groupSize: groupSize, earlierMates: [:], seed: random.next())
        tableOf = Self.tableOf(tables)
    }

    init(people: [Seatable], tables: [[String]]) {
        self.people = people
        self.tables = tables
        tableOf = Self.tableOf(tables)
    }

    /// The seed's day: 40 people in BA 4, MBU 12, MKB 5, MSB 7, MSO 8, MTM 4, at mixed tables of 6.
    static let seedDay: PairPlannerRoom = {
        let departments = [("BA", 4), ("MBU", 12), ("MKB", 5), ("MSB", 7), ("MSO", 8), ("MTM", 4)]
        let people = departments.flatMap { code, size in (1...size).map { Seatable(id: "\(code)\($0)", department: code) } }
        return PairPlannerRoom(people: people, tables: TablePlanner.mixed(people: people, groupSize: 6, earlierMates: [:], seed: 2019))
    }()

    static func person(_ index: Int, _ department: String?) -> Seatable { Seatable(id: "p\(index)", department: department) }

    static func tableOf(_ tables: [[String]]) -> [String: Int] {
        var tableOf: [String: Int] = [:]
        for (table, ids) in tables.enumerated() { for id in ids { tableOf[id] = table + 1 } }
        return tableOf
    }

    /// Every way to split `count` people into departments (sizes in falling order).
    static func splits(of count: Int, largest: Int? = nil) -> [[Int]] {
        guard count > 0 else { return [[]] }
        return (1...min(count, largest ?? count)).reversed().flatMap { first in
            splits(of: count - first, largest: first).map { [first] + $0 }
        }
    }
}

struct PairPlannerScore: Comparable, CustomStringConvertible {
    var alone: Int
    var trios: Int
    var sameDepartment: Int
    var sameTable: Int

    static func < (left: Self, right: Self) -> Bool {
        (left.alone, left.trios, left.sameDepartment, left.sameTable) < (right.alone, right.trios, right.sameDepartment, right.sameTable)
    }

    var description: String { "alone \(alone), trios \(trios), same department \(sameDepartment), same table \(sameTable)" }
}

/// The fewest alone, trios and same-department groups for department sizes (see the top).
struct PairPlannerFloor: CustomStringConvertible {
    var alone = 0, trios = 0, sameDepartment = 0

    init(_ sizes: [Int]) {
        let n = sizes.reduce(0, +)
        guard n >= 2 else {
            alone = n
            return
        }
        let largest = sizes.max() ?? 0, rest = n - largest
        if largest <= rest {
            trios = n % 2
        } else if largest <= 2 * rest {
            trios = largest - rest
            sameDepartment = largest - rest
        } else if largest == 2 * rest + 1 {
            (alone, trios, sameDepartment) = (2, rest - 1, rest)
        } else {
            let left = largest - 2 * rest
            (alone, trios, sameDepartment) = (left, rest + left % 2, rest + left / 2)
        }
    }

    var description: String { "alone \(alone), trios \(trios), same department \(sameDepartment)" }
}

enum PairPlannerRules {
    /// What `groups` breaks for the room: everyone exactly once, sizes, and counts 1–3 at their floor.
    static func broken(_ groups: [[String]], room: PairPlannerRoom) -> [String] {
        var broken: [String] = []
        if groups.joined().sorted() != room.people.map(\.id).sorted() { broken.append("not everyone exactly once") }
        let sizes = groups.map(\.count)
        if room.people.count == 1 ? sizes != [1] : !sizes.allSatisfy({ $0 == 2 || $0 == 3 }) { broken.append("sizes \(sizes)") }
        let score = score(groups, room: room), floor = PairPlannerFloor(room.sizes)
        if score.alone != floor.alone { broken.append("\(score.alone) alone, \(floor.alone) unavoidable") }
        if score.trios != floor.trios { broken.append("\(score.trios) trios, \(floor.trios) needed") }
        if score.sameDepartment != floor.sameDepartment { broken.append("\(score.sameDepartment) same-department groups, \(floor.sameDepartment) unavoidable") }
        return broken
    }

    /// Where the planner's own counts (`unavoidable`, `peopleWithoutOtherDepartment`,
    /// `sameDepartmentGroups`, `sameTablePairs`) disagree with these tests'.
    static func countsDisagreeing(_ groups: [[String]], room: PairPlannerRoom) -> [String] {
        var disagreeing: [String] = []
        let floor = PairPlannerFloor(room.sizes), score = score(groups, room: room)
        let unavoidable = PairPlanner.unavoidable(for: room.people)
        if unavoidable != PairPlanner.Unavoidable(withoutOtherDepartment: floor.alone, trios: floor.trios, sameDepartmentGroups: floor.sameDepartment) {
            disagreeing.append("unavoidable \(unavoidable), not \(floor)")
        }
        let seated: [[Seatable]] = groups.map { group in group.compactMap { id in room.people.first { $0.id == id } } }
        if PairPlanner.peopleWithoutOtherDepartment(seated) != score.alone { disagreeing.append("without another department") }
        if PairPlanner.sameDepartmentGroups(seated) != score.sameDepartment { disagreeing.append("same-department groups") }
        if PairPlanner.sameTablePairs(seated, tableOf: room.tableOf) != score.sameTable { disagreeing.append("same-table pairs") }
        return disagreeing
    }

    static func score(_ groups: [[String]], room: PairPlannerRoom) -> PairPlannerScore {
        let departmentOf = Dictionary(room.people.map { ($0.id, $0.department ?? "") }, uniquingKeysWith: { first, _ in first })
        var score = PairPlannerScore(alone: 0, trios: 0, sameDepartment: 0, sameTable: 0)
        for group in groups {
            let departments = group.map { departmentOf[$0] ?? "" }
            if group.count == 3 { score.trios += 1 }
            if Set(departments).count < group.count { score.sameDepartment += 1 }
            if Set(departments).count == 1 { score.alone += group.count }
            for i in group.indices {
                for j in group.indices where j > i {
                    if let one = room.tableOf[group[i]], let other = room.tableOf[group[j]], one == other { score.sameTable += 1 }
                }
            }
        }
        return score
    }

    /// Random pairs, blind to departments and tables (a trio for the odd one out).
    static func randomPairs(_ people: [Seatable], random: inout SeededRandom) -> [[String]] {
        var ids = people.map(\.id)
        random.shuffle(&ids)
        var groups = stride(from: 0, to: ids.count - 1, by: 2).map { [ids[$0], ids[$0 + 1]] }
        if ids.count % 2 == 1, let last = ids.last { groups[groups.count - 1].append(last) }
        return groups
    }
}

/// The best score over every split of a small room into groups of 2 and 3, scored as it goes
/// (and cut off where a partial split already scores no better than the best).
struct PairPlannerBruteForce {
    let department: [Int]
    let table: [Int?]
    var taken: [Bool]
    var best: PairPlannerScore?

    static func best(_ room: PairPlannerRoom) -> PairPlannerScore {
        guard room.people.count >= 2 else { return PairPlannerRules.score(room.people.map { [$0.id] }, room: room) }
        let codes = Array(Set(room.people.map { $0.department ?? "" }))
        var search = PairPlannerBruteForce(department: room.people.map { codes.firstIndex(of: $0.department ?? "") ?? 0 },
                                           table: room.people.map { room.tableOf[$0.id] },
                                           taken: Array(repeating: false, count: room.people.count))
        search.split(PairPlannerScore(alone: 0, trios: 0, sameDepartment: 0, sameTable: 0))
        return search.best ?? PairPlannerScore(alone: .max, trios: 0, sameDepartment: 0, sameTable: 0)
    }

    private func adding(_ group: [Int], to score: PairPlannerScore) -> PairPlannerScore {
        var score = score
        var pairs = 0, samePairs = 0
        for i in group.indices {
            for j in group.indices where j > i {
                pairs += 1
                if department[group[i]] == department[group[j]] { samePairs += 1 }
                if let one = table[group[i]], let other = table[group[j]], one == other { score.sameTable += 1 }
            }
        }
        if group.count == 3 { score.trios += 1 }
        if samePairs > 0 { score.sameDepartment += 1 }
        if samePairs == pairs { score.alone += group.count }
        return score
    }

    private mutating func split(_ score: PairPlannerScore) {
        // Every count only grows as groups are added: a partial split no better than the best is done.
        if let best, !(score < best) { return }
        guard let first = taken.firstIndex(of: false) else {
            if best.map({ score < $0 }) ?? true { best = score }
            return
        }
        taken[first] = true
        for second in taken.indices where second > first && !taken[second] {
            taken[second] = true
            split(adding([first, second], to: score))
            for third in taken.indices where third > second && !taken[third] {
                taken[third] = true
                split(adding([first, second, third], to: score))
                taken[third] = false
            }
            taken[second] = false
        }
        taken[first] = false
    }
}
