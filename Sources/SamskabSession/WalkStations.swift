extension SessionState {
    /// The gallery walks over `item` whose route sends a pair to a table a plan of `tableCount`
    /// tables does not have. A new table plan with fewer tables clears them (undo brings them
    /// back with the old plan): a route to a table that is gone cannot be walked, and the walk
    /// is planned again over the new tables (`samskab pairs --reshuffle`).
    func walksLost(visiting item: Int, tableCount: Int) -> [Int] {
        pairPlans.keys.sorted().filter { gallery in
            guard self.gallery(item: gallery)?.visitsItem == item, let walk = pairPlans[gallery] else { return false }
            return walk.visits.contains { round in round.contains { station in station.map { $0 > tableCount } ?? false } }
        }
    }
}
