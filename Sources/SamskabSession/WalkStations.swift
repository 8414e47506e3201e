extension SessionState {
    /// A station's board on a walk: the notes of the visited discussion written at that table,
    /// by question (general last), oldest first — what a station kiosk and a phone show.
    public func boardNotes(visited item: Int, table: Int) -> [Note] {
        visibleNotes(item: item).filter { $0.group == String(table) }
            .sorted { ($0.question ?? Int.max, $0.sequence) < ($1.question ?? Int.max, $1.sequence) }
    }

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
