import OrderedCollections
import SamskabModel

extension TablePlanner {
    /// The mixed-table problem in numbers. Seats 0..<personCount are the people in input order;
    /// the seats after them are empty seats, one at each table that is a person short, so every
    /// table has `capacity` seats and "sizes within one" becomes one more department to spread.
    /// A class, so handing it to the search's inner loops costs one reference, not seven arrays.
    final class Problem {
        let personCount: Int
        let tableCount: Int
        let capacity: Int
        /// Department index of each seat; nil-department people share one index, empty seats have the last.
        let departmentOf: [Int]
        let departmentCount: Int
        /// Each department's seats, departments in order of first appearance (empty seats last).
        let seatsByDepartment: [[Int]]
        /// The fewest and most of each department one table may hold: floor and ceil of count / tables.
        let fewest: [Int]
        let most: [Int]
        /// Earlier mates of each seat: symmetric, sorted, without the seat itself.
        let mates: [[Int]]

        var seatCount: Int { departmentOf.count }

        init(people: [Seatable], groupSize: Int, earlierMates: [String: Set<String>]) {
            personCount = people.count
            // (n - 1) / size + 1 is ceil(n / size) without overflowing for a huge group size.
            // At most DayLimits.tables tables: a plan must fit the journal; more people sit at each instead.
            tableCount = people.isEmpty ? 0 : min(DayLimits.tables, (people.count - 1) / max(1, groupSize) + 1)
            capacity = people.isEmpty ? 0 : (people.count - 1) / tableCount + 1
            let emptySeats = tableCount * capacity - people.count

            var departmentIndex: OrderedDictionary<String?, Int> = [:]
            var departmentOf: [Int] = []
            var seatsByDepartment: [[Int]] = []
            for (seat, person) in people.enumerated() {
                let index: Int
                if let known = departmentIndex[person.department] {
                    index = known
                } else {
                    index = seatsByDepartment.count
                    departmentIndex[person.department] = index
                    seatsByDepartment.append([])
                }
                departmentOf.append(index)
                seatsByDepartment[index].append(seat)
            }
            if emptySeats > 0 {
                departmentOf += Array(repeating: seatsByDepartment.count, count: emptySeats)
                seatsByDepartment.append(Array(people.count..<(people.count + emptySeats)))
            }
            self.departmentOf = departmentOf
            self.seatsByDepartment = seatsByDepartment
            departmentCount = seatsByDepartment.count
            let tables = tableCount
            fewest = seatsByDepartment.map { $0.count / tables }
            most = seatsByDepartment.map { ($0.count + tables - 1) / tables }
            mates = Self.mates(of: people, emptySeats: emptySeats, earlierMates: earlierMates)
        }

        /// Either side's memory is enough to make a pair earlier mates; ids not present are ignored.
        private static func mates(of people: [Seatable], emptySeats: Int, earlierMates: [String: Set<String>]) -> [[Int]] {
            var seatsOfID: [String: [Int]] = [:]
            for (seat, person) in people.enumerated() { seatsOfID[person.id, default: []].append(seat) }
            var mates = Array(repeating: [Int](), count: people.count + emptySeats)
            for (seat, person) in people.enumerated() {
                for mateID in earlierMates[person.id] ?? [] {
                    for mate in seatsOfID[mateID] ?? [] where mate != seat && people[mate].id != person.id {
                        mates[seat].append(mate)
                        mates[mate].append(seat)
                    }
                }
            }
            // Sorted and unique, so the search never depends on Set order (which changes per process).
            return mates.map { Array(Set($0)).sorted() }
        }
    }
}
