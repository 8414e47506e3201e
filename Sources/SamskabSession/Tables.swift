import Foundation
import SamskabModel
import SamskabPlanning

/// Who sits where in one discussion: tables in number order (`Bord 1…`, or named after a
/// department), each with the ids of the people at it.
public struct TablePlan: Sendable, Equatable {
    public var tables: [Table]
    /// The seed a mixed plan was drawn from (hex), recorded so every terminal and rerun agrees.
    public var seed: String?

    public init(tables: [Table], seed: String?) {
        self.tables = tables
        self.seed = seed
    }

    /// The table a person sits at, if any.
    public func table(of participant: String) -> Table? {
        tables.first { $0.members.contains(participant) }
    }

    public func table(number: Int) -> Table? {
        tables.indices.contains(number - 1) ? tables[number - 1] : nil
    }

    public var seatedCount: Int { tables.reduce(0) { $0 + $1.members.count } }
}

public struct Table: Sendable, Equatable {
    /// 1-based; the order everywhere.
    public var number: Int
    public var name: String
    /// The department a department table is for.
    public var department: String?
    public var members: [String]

    public init(number: Int, name: String, department: String? = nil, members: [String]) {
        self.number = number
        self.name = name
        self.department = department
        self.members = members
    }
}

extension SessionState {
    /// The grouping of an item that seats people at tables; nil where nobody sits at tables.
    public func grouping(item: Int) -> Grouping? {
        guard workshop.program.indices.contains(item), case .discussion(let discussion) = workshop.program[item].content else {
            return nil
        }
        return discussion.grouping
    }

    /// The people in the room: everyone not marked absent, in roster order.
    public var presentParticipants: [Participant] { participants.values.filter { !$0.absent } }

    /// A table's default name: "Bord 3" / "Table 3".
    public func numberedTableName(_ number: Int) -> String {
        (workshop.language == .danish ? "Bord " : "Table ") + String(number)
    }

    /// What people see for a note's table: the plan's name for it (on a gallery walk, its pair's:
    /// "Par 3"), else the group as written.
    public func groupName(of note: Note) -> String? {
        guard let group = note.group else { return nil }
        guard let number = Int(group) else { return group }
        if tablePlans[note.item] == nil, pairPlans[note.item] != nil {
            return (workshop.language == .danish ? "Par " : "Pair ") + String(number)
        }
        return tablePlans[note.item]?.table(number: number)?.name ?? numberedTableName(number)
    }

    /// A table of an item's plan given as a number ("3"), a name ("Børn og Unge") or "Bord 3"/"Table 3".
    public func resolveTable(_ text: String, item: Int) throws(SessionError) -> Int {
        guard let plan = tablePlans[item] else {
            throw SessionError("item \(item + 1) has no table plan yet; make one with `samskab groups`",
                               danish: "punkt \(item + 1) har ingen bordplan endnu; lav en med `samskab groups`")
        }
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        let number = Int(wanted)
            ?? plan.tables.first { $0.name.lowercased() == wanted }?.number
            ?? ["bord ", "table "].lazy.compactMap { prefix in
                wanted.hasPrefix(prefix) ? Int(wanted.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)) : nil
            }.first
        if let number, plan.table(number: number) != nil { return number }
        let names = plan.tables.map(\.name).joined(separator: ", ")
        throw SessionError("item \(item + 1) has no table '\(text)'; its tables are: \(names)",
                           danish: "punkt \(item + 1) har intet bord '\(text)'; bordene er: \(names)")
    }

    /// For each person, the people they sat with at a mixed table of an item before `item`.
    func earlierMates(before item: Int) -> [String: Set<String>] {
        var mates: [String: Set<String>] = [:]
        for (planned, plan) in tablePlans where planned < item && grouping(item: planned) == .mixed {
            for table in plan.tables {
                for person in table.members {
                    mates[person, default: []].formUnion(table.members.filter { $0 != person })
                }
            }
        }
        return mates
    }

    /// The day's table size: that of its mixed discussions (a `group_size` on another grouping is
    /// only a warning in `check`), else the item's own (the default 6).
    func dayGroupSize(item: Int) -> Int {
        for candidate in workshop.program {
            if case .discussion(let discussion) = candidate.content, discussion.grouping == .mixed { return discussion.groupSize }
        }
        if case .discussion(let discussion) = workshop.program[item].content { return discussion.groupSize }
        return Discussion.defaultGroupSize
    }

    /// A new plan for `item` from the people present, by its grouping; nil when it seats nobody.
    func makePlan(item: Int, seed: UInt64) -> PlannedTables? {
        guard let grouping = grouping(item: item), case .discussion(let discussion) = workshop.program[item].content else {
            return nil
        }
        let people = presentParticipants.map { Seatable(id: $0.id, department: $0.department) }
        guard !people.isEmpty else { return nil }
        var tables: [PlannedTables.Entry] = []
        var seats: [PlannedTables.Seat] = []
        func add(name: String, department: String?, members: [String]) {
            tables.append(PlannedTables.Entry(name: name, department: department))
            seats += members.map { PlannedTables.Seat(participant: $0, table: tables.count) }
        }
        switch grouping {
        case .mixed:
            let mixed = TablePlanner.mixed(people: people, groupSize: discussion.groupSize,
                                           earlierMates: earlierMates(before: item), seed: seed)
            for members in mixed { add(name: numberedTableName(tables.count + 1), department: nil, members: members) }
            return PlannedTables(seed: Self.hex(seed), tables: tables, seats: seats)
        case .department:
            let order = workshop.departments.map(\.code)
            for (code, split) in TablePlanner.byDepartment(people: people, departmentOrder: order, groupSize: dayGroupSize(item: item)) {
                let base = code.flatMap { workshop.department(code: $0)?.name }
                    ?? (workshop.language == .danish ? "Uden afdeling" : "No department")
                for (index, members) in split.enumerated() {
                    add(name: split.count > 1 ? "\(base) \(index + 1)" : base, department: code, members: members)
                }
            }
        case .room:
            add(name: workshop.language == .danish ? "Hele rummet" : "Whole room", department: nil, members: people.map(\.id))
        }
        return PlannedTables(seed: nil, tables: tables, seats: seats)
    }

    /// Where a person arriving now sits: a seat in each plan of the current and later items.
    func seatsForArrival(of person: Participant) -> [ItemSeat] {
        let seatable = Seatable(id: person.id, department: person.department)
        return tablePlans.keys.sorted().filter { $0 >= position }.compactMap { item -> ItemSeat? in
            guard let plan = tablePlans[item], plan.table(of: person.id) == nil else { return nil }
            let tables: [Table]
            if grouping(item: item) == .department {
                // Their department's tables; none there: no seat (the facilitator can move them).
                tables = plan.tables.filter { $0.department == person.department }
            } else {
                tables = plan.tables
            }
            let seated = tables.map { table in
                table.members.map { Seatable(id: $0, department: participants[$0]?.department) }
            }
            guard let index = TablePlanner.smallestFitting(for: seatable, tables: seated) else { return nil }
            return ItemSeat(item: item, table: tables[index].number)
        }
    }

    static func hex(_ seed: UInt64) -> String {
        let digits = String(seed, radix: 16)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }
}

/// A seat in one item's plan, for a person who joins or arrives.
public struct ItemSeat: Sendable, Equatable {
    /// 0-based program index.
    public var item: Int
    /// 1-based table number.
    public var table: Int

    public init(item: Int, table: Int) {
        self.item = item
        self.table = table
    }
}

extension SessionState {
    /// The notes of an item written at a table of its plan: a new plan moves people, and these
    /// notes keep the table they were written at (said before a reshuffle).
    public func notesAtTables(item: Int) -> Int {
        guard tablePlans[item] != nil else { return 0 }
        return visibleNotes(item: item).count { $0.group != nil }
    }
}
