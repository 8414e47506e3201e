import SamskabModel

/// How a board's notes are put in columns.
public enum Arrangement: Sendable, Equatable, CaseIterable {
    /// A column per question (or sentence starter), then one for notes that answer none.
    case byQuestion
    /// A column per table (the notes' group), tables in number order, notes without a table first.
    case byTable
}

/// Which notes of an item stand in which column: the one rule for the wall, the kiosk and every
/// export, for any item. A note merged into a key point stands with that key point, not again
/// in its own column; withdrawn notes are never on a board.
public struct BoardModel: Sendable {
    public enum ColumnKind: Sendable, Equatable {
        /// 1-based number and the question's text.
        case question(Int, String)
        /// Notes that answer none of several questions (or a question the item does not have).
        case general
        /// A table by name; nil for notes without one.
        case table(String?)
    }

    public struct Column: Sendable {
        public var kind: ColumnKind
        public var notes: [Note]

        public init(kind: ColumnKind, notes: [Note]) {
            self.kind = kind
            self.notes = notes
        }

        /// The question this column collects, if it is a question's.
        public var question: Int? {
            if case .question(let number, _) = kind { return number }
            return nil
        }
    }

    public var item: Int
    public var arrangement: Arrangement
    public var columns: [Column]
    /// Notes of this item merged into a key point: they stand with it, not in a column.
    public var mergedAway: [Note] = []

    public init(item: Int, arrangement: Arrangement, columns: [Column]) {
        self.item = item
        self.arrangement = arrangement
        self.columns = columns
    }

    /// The board of `item`; `matching` keeps only the notes it accepts (a search).
    public init(_ state: SessionState, item: Int, arrangement: Arrangement = .byQuestion,
                matching: ((Note) -> Bool)? = nil) {
        self.item = item
        self.arrangement = arrangement
        let merged = Set(state.keyPoints.values.flatMap(\.merged))
        var notes = state.visibleNotes(item: item)
        if let matching { notes = notes.filter(matching) }
        mergedAway = notes.filter { merged.contains($0.id) }
        notes.removeAll { merged.contains($0.id) }
        let questions = state.workshop.program.indices.contains(item) ? state.workshop.program[item].questions : []
        switch arrangement {
        case .byQuestion:
            var columns = questions.enumerated().map { index, text in
                Column(kind: .question(index + 1, text),
                       notes: notes.filter { Self.answers($0, question: index + 1, of: questions.count) })
            }
            let general = notes.filter { note in
                !(1...max(1, questions.count)).contains { Self.answers(note, question: $0, of: questions.count) }
            }
            if !general.isEmpty {
                columns.append(Column(kind: .general, notes: general))
            }
            self.columns = columns
        case .byTable:
            self.columns = Self.byTable(notes, state: state, item: item, everyTable: true)
                .map { Column(kind: .table($0.table), notes: $0.notes) }
        }
        gatherClusters(state)
        if state.votings[item]?.target == .notes, let counts = state.shownVoteCounts(item: item) {
            orderByVotes(counts, state: state)
        }
    }

    /// A cluster's notes stand together where its first note stands (in that note's column),
    /// in the order they were put in; a column of other notes emptied by that goes.
    private mutating func gatherClusters(_ state: SessionState) {
        let clusters = state.clusters(item: item)
        guard !clusters.isEmpty else { return }
        var clusterOf: [String: String] = [:]
        for cluster in clusters { for note in cluster.notes { clusterOf[note] = cluster.id } }
        var home: [String: (column: Int, sequence: Int)] = [:]
        var shown: [String: Note] = [:]
        for (index, column) in columns.enumerated() {
            for note in column.notes {
                guard let id = clusterOf[note.id] else { continue }
                shown[note.id] = note
                if let known = home[id], known.sequence < note.sequence { continue }
                home[id] = (index, note.sequence)
            }
        }
        guard !shown.isEmpty else { return }
        let members = Dictionary(uniqueKeysWithValues: clusters.map { cluster in (cluster.id, cluster.notes.compactMap { shown[$0] }) })
        for index in columns.indices {
            var placed: [Note] = []
            for note in columns[index].notes {
                guard let id = clusterOf[note.id] else {
                    placed.append(note)
                    continue
                }
                if home[id]?.column == index, home[id]?.sequence == note.sequence { placed += members[id] ?? [] }
            }
            columns[index].notes = placed
        }
        columns.removeAll { $0.kind == .general && $0.notes.isEmpty }
    }

    /// Revealed votes: each column most votes first (a cluster as one), ties in board order.
    private mutating func orderByVotes(_ counts: [String: Int], state: SessionState) {
        for index in columns.indices {
            let units = Self.units(columns[index].notes, state: state)
            let ranked = units.enumerated().sorted { a, b in
                let (left, right) = (counts[a.element.ballot] ?? 0, counts[b.element.ballot] ?? 0)
                return left != right ? left > right : a.offset < b.offset
            }
            columns[index].notes = ranked.flatMap(\.element.notes)
        }
    }

    /// One thing on a board: a note, or a cluster with its notes (shown as one stack).
    public enum Unit: Sendable, Equatable {
        case note(Note)
        case cluster(Cluster, [Note])

        public var notes: [Note] {
            switch self {
            case .note(let note): [note]
            case .cluster(_, let notes): notes
            }
        }

        /// What a dot on it counts for: the note, or the cluster.
        public var ballot: String {
            switch self {
            case .note(let note): note.id
            case .cluster(let cluster, _): cluster.id
            }
        }
    }

    /// A column's notes as the units the board shows: notes of one cluster next to each other are one.
    public static func units(_ notes: [Note], state: SessionState) -> [Unit] {
        var units: [Unit] = []
        for note in notes {
            guard let cluster = state.cluster(of: note.id) else {
                units.append(.note(note))
                continue
            }
            if case .cluster(let last, let members)? = units.last, last.id == cluster.id {
                units[units.count - 1] = .cluster(last, members + [note])
            } else {
                units.append(.cluster(cluster, [note]))
            }
        }
        return units
    }

    /// With one question, a note that names none answers it.
    public static func answers(_ note: Note, question: Int, of count: Int) -> Bool {
        note.question == question || (count == 1 && question == 1 && note.question == nil)
    }

    /// Notes grouped by table: those without a table first, then the item's tables in number
    /// order (every table of its plan when `everyTable`, so the wall shows where to write), then
    /// groups written by hand that are no table of the plan, in number order (Bord 2 before Bord 10).
    /// Each group's notes oldest first; groups are named as people see them.
    public static func byTable(_ notes: [Note], state: SessionState, item: Int,
                               everyTable: Bool = false) -> [(table: String?, notes: [Note])] {
        var byGroup: [String?: [Note]] = [:]
        for note in notes { byGroup[note.group, default: []].append(note) }
        let plan = state.tablePlans[item]
        var result: [(table: String?, notes: [Note])] = []
        if let loose = byGroup.removeValue(forKey: nil) { result.append((nil, loose)) }
        for table in plan?.tables ?? [] {
            let notes = byGroup.removeValue(forKey: String(table.number)) ?? []
            if everyTable || !notes.isEmpty { result.append((table.name, notes)) }
        }
        let others = byGroup.keys.compactMap { $0 }.sorted(by: TableOrder.precedes)
        for group in others {
            let notes = byGroup[group] ?? []
            result.append((notes.first.flatMap { state.groupName(of: $0) } ?? group, notes))
        }
        return result
    }

    /// (column, row) of a note, if it is on the board.
    public func position(of id: String) -> (column: Int, row: Int)? { Self.position(of: id, in: columns.map(\.notes)) }

    /// The newest note on the board (highest sequence), marked ★ on the wall.
    public var newestID: String? { Self.newest(in: columns.map(\.notes)) }

    /// Where a note stands among columns of notes (shared by the boards the screens lay out).
    public static func position(of id: String, in columns: [[Note]]) -> (column: Int, row: Int)? {
        for (columnIndex, notes) in columns.enumerated() {
            if let row = notes.firstIndex(where: { $0.id == id }) { return (columnIndex, row) }
        }
        return nil
    }

    public static func newest(in columns: [[Note]]) -> String? {
        columns.joined().max { $0.sequence < $1.sequence }?.id
    }
}

/// Table names in the order people count them: numbers inside names compare as numbers.
public enum TableOrder {
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let (left, right) = (chunks(lhs), chunks(rhs))
        for (a, b) in zip(left, right) where a != b {
            switch (a, b) {
            case (.number(let x, let xText), .number(let y, let yText)): return x != y ? x < y : xText < yText
            case (.number, .text): return true
            case (.text, .number): return false
            case (.text(let x), .text(let y)): return DanishOrder.key(x) != DanishOrder.key(y) ? DanishOrder.key(x) < DanishOrder.key(y) : x < y
            }
        }
        return left.count < right.count
    }

    private enum Chunk: Equatable {
        /// The value (saturating: a name with 40 digits still sorts) and the digits as written.
        case number(Int, String)
        case text(String)
    }

    private static func chunks(_ name: String) -> [Chunk] {
        var result: [Chunk] = []
        var current = ""
        var inDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if inDigits {
                var value = 0
                for digit in current.unicodeScalars {
                    let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
                    let (sum, overflowB) = times.addingReportingOverflow(Int(digit.value) - 48)
                    value = overflowA || overflowB ? Int.max : sum
                    if value == Int.max { break }
                }
                result.append(.number(value, current))
            } else {
                result.append(.text(current))
            }
            current = ""
        }
        for scalar in name.unicodeScalars {
            let digit = ("0"..."9").contains(scalar)
            if digit != inDigits { flush(); inDigits = digit }
            current.unicodeScalars.append(scalar)
        }
        flush()
        return result
    }
}
