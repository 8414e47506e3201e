extension TablePlanner {
    /// For tiny rosters, where trying every seating is cheap, the swap search's local optimum is
    /// replaced by the true one: depth first over the seats, each to a table that has room for it
    /// within its department's spread, pruned as soon as the repeats reach the best known.
    struct ExhaustiveSearch {
        /// Ways to split the seats into tables, at most (counted without the department rule, which only prunes).
        static let seatingLimit = 20_000.0
        /// A hard stop on the work, whatever the estimate said.
        static let stepLimit = 1_000_000

        private let problem: Problem
        private let order: [Int]
        private var tableOf: [Int]
        private var sizes: [Int]
        private var departmentCounts: [Int]
        /// Per department: tables holding `most` of it, which only `count mod tables` of them may.
        private var tablesAtMost: [Int]
        private var tablesUsed = 0
        private var repeats = 0
        private var bestRepeats: Int
        private var best: [Int]?
        private var steps = 0

        /// A seating (the table of each seat) with the fewest repeats possible, when that is fewer
        /// than `bound`; nil when there is none or the roster is too large to try.
        static func seating(_ problem: Problem, order: [Int], fewerThan bound: Int) -> [Int]? {
            guard bound > 0, problem.tableCount > 1, seatingCount(problem) <= seatingLimit else { return nil }
            var search = ExhaustiveSearch(problem: problem, order: order, bound: bound)
            search.place(0)
            return search.best
        }

        /// seats! / (capacity!^tables · tables!): the splits into unlabelled tables of `capacity`.
        static func seatingCount(_ problem: Problem) -> Double {
            var count = 1.0
            var remaining = problem.seatCount
            for table in 1...problem.tableCount {
                for chosen in 1...problem.capacity { count *= Double(remaining - problem.capacity + chosen) / Double(chosen) }
                count /= Double(table)
                remaining -= problem.capacity
            }
            return count
        }

        private init(problem: Problem, order: [Int], bound: Int) {
            self.problem = problem
            self.order = order
            tableOf = Array(repeating: -1, count: problem.seatCount)
            sizes = Array(repeating: 0, count: problem.tableCount)
            departmentCounts = Array(repeating: 0, count: problem.tableCount * problem.departmentCount)
            tablesAtMost = Array(repeating: 0, count: problem.departmentCount)
            bestRepeats = bound
        }

        private mutating func place(_ position: Int) {
            guard steps < Self.stepLimit else { return }
            steps += 1
            guard position < order.count else {
                bestRepeats = repeats
                best = tableOf
                return
            }
            let seat = order[position]
            let department = problem.departmentOf[seat]
            // Tables are interchangeable, so of the empty ones only the first is tried.
            for table in 0..<min(tablesUsed + 1, problem.tableCount) where fits(department, at: table) {
                let added = problem.mates[seat].count(where: { tableOf[$0] == table })
                guard repeats + added < bestRepeats else { continue }
                let index = table * problem.departmentCount + department
                let reachesMost = problem.most[department] > problem.fewest[department]
                    && departmentCounts[index] + 1 == problem.most[department]
                let opensTable = table == tablesUsed
                tableOf[seat] = table
                sizes[table] += 1
                departmentCounts[index] += 1
                if reachesMost { tablesAtMost[department] += 1 }
                if opensTable { tablesUsed += 1 }
                repeats += added
                place(position + 1)
                repeats -= added
                if opensTable { tablesUsed -= 1 }
                if reachesMost { tablesAtMost[department] -= 1 }
                departmentCounts[index] -= 1
                sizes[table] -= 1
                tableOf[seat] = -1
            }
        }

        /// Room at the table, and the department stays within its spread: never more than `most`,
        /// and `most` at no more tables than the remainder allows (so no table ends below `fewest`).
        private func fits(_ department: Int, at table: Int) -> Bool {
            let count = departmentCounts[table * problem.departmentCount + department]
            let fewest = problem.fewest[department], most = problem.most[department]
            guard sizes[table] < problem.capacity, count < most else { return false }
            return most == fewest || count + 1 < most
                || tablesAtMost[department] < problem.seatsByDepartment[department].count % problem.tableCount
        }
    }
}
