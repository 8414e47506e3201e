import SamskabModel
@testable import SamskabSession
import SamskabExport
import Testing

/// The seed's day with table plans, driven through the engine: 18 people at the mixed tables (the
/// first 12 of the roster's 40 and six who join on the day, one of them renamed; the rest of the
/// roster sits only at the department tables), two mixed discussions of three tables (table 2
/// of the first renamed "Vinduesbordet"), one by department, notes written at the tables out of
/// number order (2, 3, 1), one without a table, and a harvest without tables. The plans are fixed
/// here, not drawn by the planner, so a better planner changes no export golden. After the day
/// (`voted`): two clusters in the discussion by department, one across three department tables,
/// a dot voting on its notes (closed and revealed), the first cluster made a key point, and a
/// dot voting on the key points at the opsamling (closed, not revealed) with a tie.
enum TableDayFixture {
    static let joiners = [("Bo Kjær", "MBU"), ("Dorthe Lind", "MSB"), ("Ida Holm", "MSO"),
                          ("Karl Mørk", "MTM"), ("Nanna Bak", "BA"), ("Ole Frost", "MKB")]

    static func day() throws -> EngineDay {
        var day = try untilTheWalk()
        try afterTheWalk(&day)
        try voted(&day)
        return day
    }

    /// Clusters and votings, with the program at the opsamling (item 13).
    static func voted(_ day: inout EngineDay) throws {
        func note(_ text: String, by author: String?) throws -> String {
            let sequence = try day.submit(.addNote(NoteRequest(text: text, author: author.map { .signed(name: $0) } ?? .anonymous,
                                                               question: 1, item: 11)), by: .participant(id: nil))
            return SessionState.noteID(sequence: sequence)
        }
        let notes = day.state.visibleNotes(item: 11).map(\.id) // forældrebestyrelserne, byggesager, kulturnatten
        let sports = try note("Idrætsforeningerne vil gerne være med", by: "Nanna Bak")
        let entrance = try note("Foreningerne mangler én indgang til kommunen", by: "Ida Holm")
        let parents = try note("Forældrene kender børnene bedst", by: "Bo Kjær")
        let floor = try note("Lad borgerne tage ordet på mødet", by: nil)
        try day.submit(.cluster(notes: [notes[2], sports, entrance], name: "Foreningerne"))
        try day.submit(.cluster(notes: [notes[0], parents], name: "Forældrene"))

        // Dots on the notes: a dot on a clustered note counts for its cluster.
        try day.submit(.openVoting(item: 11, on: .notes, dots: 3, maxPerNote: 2))
        let ballots: [(String, [String])] = [
            ("Bo Kjær", [sports, sports, parents]), ("Karl Mørk", [notes[1], notes[1], entrance]),
            ("Ole Frost Ørum", [notes[2], parents, floor]), ("Nanna Bak", [sports, notes[0]]), ("Ida Holm", [entrance]),
        ]
        for (voter, on) in ballots {
            for note in on { try day.submit(.vote(note: note, voter: day.person(voter), item: 11, adding: true)) }
        }
        try day.submit(.closeVoting(item: 11))
        try day.submit(.revealVoting(item: 11))

        // The opsamling: the first cluster becomes a key point, then the key points are voted on.
        try day.submit(.clusterToKeyPoint(cluster: "Foreningerne"))
        let start = try #require(day.state.visibleNotes(item: 12).first).id
        try day.submit(.markKeyPoint(note: start, text: nil, merged: []))
        let points = Array(day.state.keyPoints.keys) // tillid, foreningerne, borgeren: in the order marked
        try day.submit(.openVoting(item: nil, on: .keyPoints, dots: nil, maxPerNote: nil))
        let keyBallots: [(String, [String])] = [
            ("Lene Søgaard", [points[1], points[1], points[2]]), ("Bo Kjær", [points[0], points[1]]),
            ("Karl Mørk", [points[2], points[1]]), ("Åse Østergaard", [points[0]]),
        ]
        for (voter, on) in keyBallots {
            for point in on { try day.submit(.vote(note: point, voter: day.person(voter), item: nil, adding: true)) }
        }
        try day.submit(.closeVoting(item: nil))
    }

    /// The joiners and the two mixed discussions; the program stands at the second (item 9).
    static func untilTheWalk() throws -> EngineDay {
        var day = EngineDay(ExportFixture.workshop)
        for (name, department) in joiners {
            try day.submit(.addParticipant(name: name, department: department))
        }
        try day.submit(.renameParticipant(participant: day.person("Ole Frost"), name: "Ole Frost Ørum", department: nil))

        // Grænsekrydsende samarbejde (mixed, one prompt).
        try day.record(Event(PhaseMoved(item: 2, plan: plan(day, [
            "Bord 1": ["Helle Bach Lauridsen", "Lene Søgaard", "Birgitte Lund", "Anders Vinther", "Rasmus Ahlquist", "Ole Frost Ørum"],
            "Bord 2": ["Brian Kjærulff", "Åse Østergaard", "Øjvind Ågesen", "Bo Kjær", "Ida Holm", "Karl Mørk"],
            "Bord 3": ["Søren Ærbø", "Mette Frederiksen Holm", "Jørgen Æbelø", "Kirsten Ødum", "Dorthe Lind", "Nanna Bak"],
        ]))))
        try day.submit(.renameTable(table: "2", name: "Vinduesbordet", item: nil))
        try day.note("Vi mødes for sjældent på tværs", by: day.someone(atTable: 2))
        try day.note("Fælles mål før fælles møder", by: day.someone(atTable: 3))
        try day.note("Æblegrød på Ærø 🍎 — samskabelse", by: day.someone(atTable: 1))
        try day.note("Skrevet uden bord")
        try day.note("Anonymt fra bord 1", table: "1")
        try day.note("Borgeren skal med fra start", by: day.someone(atTable: 2, index: 1))

        // Ledelse af samskabelse (mixed again: new tables, five questions).
        try day.record(Event(PhaseMoved(item: 8, plan: plan(day, [
            "Bord 1": ["Helle Bach Lauridsen", "Åse Østergaard", "Søren Ærbø", "Rasmus Ahlquist", "Dorthe Lind", "Ida Holm"],
            "Bord 2": ["Lene Søgaard", "Brian Kjærulff", "Øjvind Ågesen", "Mette Frederiksen Holm", "Anders Vinther", "Kirsten Ødum"],
            "Bord 3": ["Jørgen Æbelø", "Birgitte Lund", "Bo Kjær", "Karl Mørk", "Nanna Bak", "Ole Frost Ørum"],
        ]))))
        try day.note("Giv medarbejderne mandat", by: day.someone(atTable: 3), question: 1)
        let trust = try day.note("Tillid frem for kontrol", by: day.someone(atTable: 1), question: 1)
        try day.note("Fortæl historierne om det, der lykkes", by: day.someone(atTable: 2), question: 2)
        try day.submit(.markKeyPoint(note: trust, text: nil, merged: []))
        return day
    }

    /// The discussion by department and the harvest.
    static func afterTheWalk(_ day: inout EngineDay) throws {
        // I magistratsafdelingen (a table per department).
        let byDepartment = Dictionary(grouping: day.state.participants.values) { $0.department ?? "" }
        try day.record(Event(PhaseMoved(item: 11, plan: PlannedTables(
            seed: nil,
            tables: day.state.workshop.departments.map { PlannedTables.Entry(name: $0.name, department: $0.code) },
            seats: day.state.workshop.departments.enumerated().flatMap { number, department in
                (byDepartment[department.code] ?? []).map { PlannedTables.Seat(participant: $0.id, table: number + 1) }
            }))))
        try day.note("Vi samskaber med forældrebestyrelserne", by: "Bo Kjær", question: 1)
        try day.note("Byggesager med grundejerforeninger", by: "Karl Mørk", question: 1)
        try day.note("Kulturnatten med foreningerne", by: "Ole Frost Ørum", question: 1)

        // Opsamling: no tables.
        try day.submit(.movePhase(.item(12)))
        try day.note("At borgeren er med fra start", by: "Lene Søgaard", question: 1)
    }

    /// A plan of numbered tables ("Bord 1": names), seats in the order given.
    static func plan(_ day: EngineDay, _ tables: KeyValuePairs<String, [String]>) -> PlannedTables {
        PlannedTables(seed: nil, tables: tables.map { PlannedTables.Entry(name: $0.key) },
                      seats: tables.enumerated().flatMap { number, table in
                          table.value.map { PlannedTables.Seat(participant: day.person($0), table: number + 1) }
                      })
    }

    static func summary() throws -> DaySummary {
        DaySummary(try day().state, utcOffsetSeconds: ExportFixture.offset)
    }
}
