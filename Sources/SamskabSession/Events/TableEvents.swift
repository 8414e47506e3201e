import SamskabModel
import SamskabPlanning
import SamskabJournalLine

/// A table plan as an event carries it: the tables in number order and every seat. Written by
/// `tables.planned` and, when a discussion opens without a plan, by `phase.moved`. The seats are
/// recorded, not only the seed, so a later samskab with a better planner replays the same day.
public struct PlannedTables: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var department: String?
    }

    public struct Seat: Sendable, Equatable {
        public var participant: String
        /// 1-based table number.
        public var table: Int
    }

    public var seed: String?
    public var tables: [Entry]
    public var seats: [Seat]

    /// More tables than any room has; bounded where read.
    static let largestTableCount = DayLimits.tables

    func encode(to line: inout JournalLineWriter) {
        line.field("seed", seed)
        line.field("tables", rows: tables.map { [("name", .string($0.name))] + ($0.department.map { [("department", .string($0))] } ?? []) })
        line.field("seats", rows: seats.map { [("participant", .string($0.participant)), ("table", .integer($0.table))] })
    }

    /// nil when the line carries no plan.
    init?(from line: JournalLineReader) throws(JournalLineError) {
        let tableRows = try line.rows("tables")
        guard !tableRows.isEmpty else { return nil }
        guard tableRows.count <= Self.largestTableCount else {
            throw JournalLineError("'tables' has \(tableRows.count) tables; at most \(Self.largestTableCount)")
        }
        seed = try line.text("seed")
        var tables: [Entry] = []
        for row in tableRows {
            tables.append(Entry(name: try row.requiredText("name", in: "tables"), department: try row.text("department", in: "tables")))
        }
        self.tables = tables
        var seats: [Seat] = []
        for row in try line.rows("seats") {
            seats.append(Seat(participant: try row.requiredText("participant", in: "seats"),
                              table: try row.number("table", in: "seats", 1...Self.largestTableCount)))
        }
        self.seats = seats
    }

    init(seed: String?, tables: [Entry], seats: [Seat]) {
        self.seed = seed
        self.tables = tables
        self.seats = seats
    }

    /// The plan, once every seat is checked against the state.
    func plan(for item: Int, in state: SessionState) throws(SessionError) -> TablePlan {
        guard state.grouping(item: item) != nil else {
            throw SessionError("item \(item + 1) is not a discussion, so it has no tables",
                               danish: "punkt \(item + 1) er ikke en drøftelse, så det har ingen borde")
        }
        var result = TablePlan(tables: [], seed: seed)
        for (index, entry) in tables.enumerated() {
            try TableRenamed.checkName(entry.name)
            if tables[..<index].contains(where: { $0.name.lowercased() == entry.name.lowercased() }) {
                throw SessionError("two tables are named '\(entry.name)'", danish: "to borde hedder '\(entry.name)'")
            }
            result.tables.append(Table(number: index + 1, name: entry.name,
                                       department: try state.knownDepartment(entry.department), members: []))
        }
        var seated: Set<String> = []
        for seat in seats {
            try state.checkSeatable(seat.participant)
            guard seated.insert(seat.participant).inserted else {
                throw SessionError("\(seat.participant) has two seats in the plan", danish: "\(seat.participant) har to pladser i planen")
            }
            guard result.tables.indices.contains(seat.table - 1) else {
                throw SessionError("a seat is at table \(seat.table), but the plan has \(tables.count)",
                                   danish: "en plads er ved bord \(seat.table), men planen har \(tables.count)")
            }
            result.tables[seat.table - 1].members.append(seat.participant)
        }
        return result
    }
}

/// A table plan made for a discussion (when asked, or reshuffled); it replaces the item's plan.
public struct TablesPlanned: EventPayload {
    public static let type = "tables.planned"
    public static let examples = [
        TablesPlanned(item: 2, plan: PlannedTables(seed: "00000000075bcd15",
                                                   tables: [.init(name: "Bord 1"), .init(name: "Bord 2")],
                                                   seats: [.init(participant: "r1", table: 1), .init(participant: "r2", table: 2)])),
        TablesPlanned(item: 4, plan: PlannedTables(seed: nil, tables: [.init(name: "Børn og Unge", department: "MBU")],
                                                   seats: [.init(participant: "r1", table: 1)])),
    ]

    /// 0-based program index.
    public var item: Int
    public var plan: PlannedTables

    public init(item: Int, plan: PlannedTables) {
        self.item = item
        self.plan = plan
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        plan.encode(to: &line)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        plan = try line.need(try PlannedTables(from: line), "tables")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkItem(item)
        let made = try plan.plan(for: item, in: state)
        // A walk over fewer tables than its route visits is cleared (issue 22), to be planned again.
        let lost = state.walksLost(visiting: item, tableCount: made.tables.count)
        return state.recording([.tablePlan(item)] + lost.map { .pairPlan($0) },
                               undoable: record.actor == .facilitator) { state in
            state.tablePlans[item] = made
            for gallery in lost { state.pairPlans[gallery] = nil }
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "bordplan for punkt \(item + 1)" : "table plan for item \(item + 1)"
    }
}

/// One person moved to another table of an item's plan.
public struct TableSeated: EventPayload {
    public static let type = "table.seated"
    public static let examples = [TableSeated(item: 2, participant: "r3", table: 2)]

    public var item: Int
    public var participant: String
    public var table: Int

    public init(item: Int, participant: String, table: Int) {
        self.item = item
        self.participant = participant
        self.table = table
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        line.field("participant", participant)
        line.field("table", table)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        participant = try line.requiredText("participant")
        table = try line.need(try line.bounded("table", 1...PlannedTables.largestTableCount), "table")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var plan = try state.checkPlan(item)
        let person = try state.checkSeatable(participant)
        let target = try state.checkTable(table, in: plan, item: item)
        if plan.table(of: participant)?.number == table {
            throw SessionError("\(person.name) already sits at \(target.name)", danish: "\(person.name) sidder allerede ved \(target.name)")
        }
        plan.seat(participant, at: table)
        return state.recording([.tablePlan(item)], undoable: record.actor == .facilitator) { state in
            state.tablePlans[item] = plan
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "flyt \(participant) til bord \(table)" : "move \(participant) to table \(table)"
    }
}

/// A table of an item's plan gets a name of the facilitator's choosing.
public struct TableRenamed: EventPayload {
    public static let type = "table.renamed"
    public static let examples = [TableRenamed(item: 2, table: 1, name: "Vinduesbordet")]

    public var item: Int
    public var table: Int
    public var name: String

    public init(item: Int, table: Int, name: String) {
        self.item = item
        self.table = table
        self.name = name
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        line.field("table", table)
        line.field("name", name)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        table = try line.need(try line.bounded("table", 1...PlannedTables.largestTableCount), "table")
        name = try line.requiredText("name")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var plan = try state.checkPlan(item)
        let old = try state.checkTable(table, in: plan, item: item)
        try Self.checkName(name)
        if old.name == name {
            throw SessionError("table \(table) is already named '\(name)'", danish: "bord \(table) hedder allerede '\(name)'")
        }
        if let clash = plan.tables.first(where: { $0.number != table && $0.name.lowercased() == name.lowercased() }) {
            throw SessionError("table \(clash.number) is already named '\(clash.name)'",
                               danish: "bord \(clash.number) hedder allerede '\(clash.name)'")
        }
        plan.tables[table - 1].name = name
        return state.recording([.tablePlan(item)], undoable: record.actor == .facilitator) { state in
            state.tablePlans[item] = plan
        }
    }

    /// A table's name, as any journal line must have it: one line, not empty, not too long.
    static func checkName(_ name: String) throws(SessionError) {
        if name.isEmpty || name.count > NoteText.maximumNameLength || name.contains(where: \.isNewline) {
            throw SessionError("a table's name must be one line of 1–\(NoteText.maximumNameLength) characters",
                               danish: "et bords navn skal være én linje på 1–\(NoteText.maximumNameLength) tegn")
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "omdøb bord \(table) til \(name)" : "rename table \(table) to \(name)"
    }
}

extension PlannedTables.Entry {
    init(name: String) {
        self.init(name: name, department: nil)
    }
}

extension TablePlan {
    /// Takes the person from their table (if any) and seats them at the end of `number`.
    mutating func seat(_ participant: String, at number: Int) {
        unseat(participant)
        tables[number - 1].members.append(participant)
    }

    mutating func unseat(_ participant: String) {
        for index in tables.indices { tables[index].members.removeAll { $0 == participant } }
    }
}

extension SessionState {
    func checkPlan(_ item: Int) throws(SessionError) -> TablePlan {
        try checkItem(item)
        guard let plan = tablePlans[item] else {
            throw SessionError("item \(item + 1) has no table plan", danish: "punkt \(item + 1) har ingen bordplan")
        }
        return plan
    }

    func checkTable(_ number: Int, in plan: TablePlan, item: Int) throws(SessionError) -> Table {
        guard let table = plan.table(number: number) else {
            throw SessionError("item \(item + 1) has no table \(number); its tables are 1–\(plan.tables.count)",
                               danish: "punkt \(item + 1) har intet bord \(number); bordene er 1–\(plan.tables.count)")
        }
        return table
    }

    /// A person who can be given a seat: on the roster and in the room.
    @discardableResult
    func checkSeatable(_ id: String) throws(SessionError) -> Participant {
        let person = try checkParticipant(id)
        if person.absent {
            throw SessionError("\(person.name) is marked absent", danish: "\(person.name) er meldt fraværende")
        }
        return person
    }

    /// Seats a person who joins or arrives; every seat checked before the first change.
    func seated(_ id: String, at seats: [ItemSeat]) throws(SessionError) -> [Int: TablePlan] {
        var plans: [Int: TablePlan] = [:]
        for seat in seats {
            guard plans[seat.item] == nil else {
                throw SessionError("two seats at item \(seat.item + 1)", danish: "to pladser ved punkt \(seat.item + 1)")
            }
            var plan = try checkPlan(seat.item)
            _ = try checkTable(seat.table, in: plan, item: seat.item)
            if plan.table(of: id) != nil {
                throw SessionError("\(id) already has a seat at item \(seat.item + 1)",
                                   danish: "\(id) har allerede en plads ved punkt \(seat.item + 1)")
            }
            plan.seat(id, at: seat.table)
            plans[seat.item] = plan
        }
        return plans
    }
}

extension [ItemSeat] {
    func encode(to line: inout JournalLineWriter) {
        line.field("seats", rows: map { [("item", .integer($0.item + 1)), ("table", .integer($0.table))] })
    }

    init(from line: JournalLineReader) throws(JournalLineError) {
        var seats: [ItemSeat] = []
        for row in try line.rows("seats") {
            let item = try row.number("item", in: "seats", 1...JournalLineReader.largestCount)
            seats.append(ItemSeat(item: item - 1, table: try row.number("table", in: "seats", 1...PlannedTables.largestTableCount)))
        }
        self = seats
    }
}

extension JournalObject {
    func requiredText(_ key: String, in list: String) throws(JournalLineError) -> String {
        guard let text = try text(key, in: list) else { throw JournalLineError("each of '\(list)' needs '\(key)'") }
        return text
    }

    func text(_ key: String, in list: String) throws(JournalLineError) -> String? {
        switch self[key] {
        case nil, .null?: return nil
        case .string(let text)?: return TextHygiene.cleanOnRead(text)
        default: throw JournalLineError("'\(key)' in '\(list)' must be text")
        }
    }

    func number(_ key: String, in list: String, _ range: ClosedRange<Int>) throws(JournalLineError) -> Int {
        guard case .integer(let value)? = self[key] else { throw JournalLineError("each of '\(list)' needs a whole number '\(key)'") }
        guard range.contains(value) else {
            throw JournalLineError("'\(key)' in '\(list)' must be from \(range.lowerBound) to \(range.upperBound), not \(value)")
        }
        return value
    }
}
