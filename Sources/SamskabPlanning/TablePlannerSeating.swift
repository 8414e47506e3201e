extension TablePlanner {
    /// One seating of a `Problem`, keeping up to date what the swap search asks about it.
    struct Seating {
        private(set) var tableOf: [Int]
        private(set) var repeats = 0
        private var members: [[Int]]
        /// How many of each department sit at each table: `[table * departmentCount + department]`.
        private var departmentCounts: [Int]
        /// How many earlier mates each seat has at its own table.
        private var matesHere: [Int]

        /// Seats `order` round-robin: the k-th seat of the order to table k mod T. Any run of c
        /// consecutive k meets every residue floor(c/T) or ceil(c/T) times, so when `order` keeps
        /// each department together (where the runs wrap past the last table does not matter)
        /// every department — the empty seats too, hence the sizes — is spread evenly.
        init(dealing order: [Int], _ problem: Problem) {
            var tableOf = Array(repeating: 0, count: problem.seatCount)
            for (position, seat) in order.enumerated() { tableOf[seat] = position % problem.tableCount }
            self.init(tableOf: tableOf, problem)
        }

        init(tableOf: [Int], _ problem: Problem) {
            self.tableOf = tableOf
            members = Array(repeating: [], count: problem.tableCount)
            departmentCounts = Array(repeating: 0, count: problem.tableCount * problem.departmentCount)
            matesHere = Array(repeating: 0, count: problem.seatCount)
            for seat in 0..<problem.seatCount {
                let table = tableOf[seat]
                members[table].append(seat)
                departmentCounts[table * problem.departmentCount + problem.departmentOf[seat]] += 1
                matesHere[seat] = problem.mates[seat].count(where: { tableOf[$0] == table })
                repeats += matesHere[seat]
            }
            repeats /= 2
        }

        /// A seed-shuffled order that keeps each department together, empty seats last.
        static func dealOrder(_ problem: Problem, random: inout SeededRandom) -> [Int] {
            var departments = Array(problem.seatsByDepartment.indices)
            let emptySeats = problem.seatCount > problem.personCount ? departments.popLast() : nil
            random.shuffle(&departments)
            var order: [Int] = []
            for department in departments + (emptySeats.map { [$0] } ?? []) {
                var seats = problem.seatsByDepartment[department]
                random.shuffle(&seats)
                order += seats
            }
            return order
        }

        /// The tables as people's input positions, each table and the list in input order.
        func tables(_ problem: Problem) -> [[Int]] {
            members.map { $0.filter { $0 < problem.personCount }.sorted() }
                .filter { !$0.isEmpty }
                .sorted { $0[0] < $1[0] }
        }

        /// Swaps two people (or a person and an empty seat) at different tables while that keeps
        /// every department's spread and lowers the repeats, until no such swap is left. Only
        /// people with a repeat at their table are moved: a swap can only help if one of the two has one.
        /// `work` grows by the seats and mates looked at, a measure of time that is the same on every machine.
        mutating func descend(_ problem: Problem, work: inout Int) {
            var scratch = Scratch(problem)
            var improved = true
            while improved && repeats > 0 {
                improved = false
                for mover in 0..<problem.personCount where matesHere[mover] > 0 {
                    work += problem.seatCount + problem.mates[mover].count
                        + members[tableOf[mover]].reduce(0) { $0 + problem.mates[$1].count }
                    guard let partner = bestSwap(for: mover, problem, &scratch) else { continue }
                    swap(mover, partner, problem)
                    improved = true
                }
            }
        }

        /// Shakes a local optimum: swaps a few people who have a repeat with random partners
        /// elsewhere (within the spread), whatever that does to the repeats, for `descend` to go on from.
        mutating func kick(_ swaps: Int, _ problem: Problem, random: inout SeededRandom) {
            for _ in 0..<swaps {
                let troubled = (0..<problem.personCount).filter { matesHere[$0] > 0 }
                guard !troubled.isEmpty else { return }
                let mover = troubled[random.below(troubled.count)]
                // A few tries at a partner the spread allows; a department-bound mover may have none.
                for _ in 0..<20 {
                    let partner = random.below(problem.seatCount)
                    guard tableOf[partner] != tableOf[mover], keepsSpread(mover, partner, problem) else { continue }
                    swap(mover, partner, problem)
                    break
                }
            }
        }

        /// Zeroed work arrays, reused across movers.
        private struct Scratch {
            var moverMatesAt: [Int]
            var isMoverMate: [Bool]
            var matesAtMoverTable: [Int]

            init(_ problem: Problem) {
                moverMatesAt = Array(repeating: 0, count: problem.tableCount)
                isMoverMate = Array(repeating: false, count: problem.seatCount)
                matesAtMoverTable = Array(repeating: 0, count: problem.seatCount)
            }
        }

        /// The partner whose swap with `mover` lowers the repeats most (the lowest seat of equals), if any.
        private func bestSwap(for mover: Int, _ problem: Problem, _ scratch: inout Scratch) -> Int? {
            let here = tableOf[mover]
            for mate in problem.mates[mover] {
                scratch.moverMatesAt[tableOf[mate]] += 1
                scratch.isMoverMate[mate] = true
            }
            for neighbour in members[here] {
                for seat in problem.mates[neighbour] { scratch.matesAtMoverTable[seat] += 1 }
            }
            var bestChange = 0
            var bestPartner: Int?
            for partner in 0..<problem.seatCount where tableOf[partner] != here {
                let link = scratch.isMoverMate[partner] ? 1 : 0
                // After the swap the two are still apart, so a link between them never counts.
                let change = (scratch.moverMatesAt[tableOf[partner]] - link) + (scratch.matesAtMoverTable[partner] - link)
                    - matesHere[mover] - matesHere[partner]
                if change < bestChange && keepsSpread(mover, partner, problem) {
                    bestChange = change
                    bestPartner = partner
                }
            }
            for mate in problem.mates[mover] {
                scratch.moverMatesAt[tableOf[mate]] = 0
                scratch.isMoverMate[mate] = false
            }
            for neighbour in members[here] {
                for seat in problem.mates[neighbour] { scratch.matesAtMoverTable[seat] = 0 }
            }
            return bestPartner
        }

        /// Whether swapping keeps both departments within floor…ceil at both tables.
        private func keepsSpread(_ mover: Int, _ partner: Int, _ problem: Problem) -> Bool {
            let moving = problem.departmentOf[mover], coming = problem.departmentOf[partner]
            if moving == coming { return true }
            let here = tableOf[mover] * problem.departmentCount, there = tableOf[partner] * problem.departmentCount
            return departmentCounts[here + moving] > problem.fewest[moving]
                && departmentCounts[there + moving] < problem.most[moving]
                && departmentCounts[there + coming] > problem.fewest[coming]
                && departmentCounts[here + coming] < problem.most[coming]
        }

        private mutating func swap(_ one: Int, _ other: Int, _ problem: Problem) {
            let oneTable = tableOf[one], otherTable = tableOf[other]
            move(one, to: otherTable, problem)
            move(other, to: oneTable, problem)
        }

        /// Moves one seat, keeping the counts right; a swap is two moves (the table is one over in between).
        private mutating func move(_ seat: Int, to table: Int, _ problem: Problem) {
            let from = tableOf[seat]
            var matesThere = 0
            for mate in problem.mates[seat] {
                if tableOf[mate] == from {
                    matesHere[mate] -= 1
                } else if tableOf[mate] == table {
                    matesHere[mate] += 1
                    matesThere += 1
                }
            }
            repeats += matesThere - matesHere[seat]
            matesHere[seat] = matesThere
            tableOf[seat] = table
            let department = problem.departmentOf[seat]
            departmentCounts[from * problem.departmentCount + department] -= 1
            departmentCounts[table * problem.departmentCount + department] += 1
            if let index = members[from].firstIndex(of: seat) { members[from].remove(at: index) }
            members[table].append(seat)
        }
    }
}
