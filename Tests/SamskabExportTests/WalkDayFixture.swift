import SamskabModel
@testable import SamskabSession
import SamskabExport

/// TableDayFixture's day with the fernisering walked between the second mixed discussion and the
/// discussion by department: nine pairs fixed by hand over the three boards of "Ledelse af
/// samskabelse" (its table 3 renamed "Hjørnebordet"), two of them from one table and so seeing two
/// boards, one made a trio by a late arrival, one emptied when both its people leave; comments on
/// notes (signed by a person, by a pair only, anonymously, one hostile, one on a note merged into a
/// key point) and on two whole boards (one over two lines), each from a pair whose route passes
/// that board; +1s, two pairs giving one to both the key point and its near-duplicate (shown as 3,
/// not 5, where the two stand together); two reflection answers. The walk is fixed here, not drawn by
/// the planner, so a better planner changes no golden.
enum WalkDayFixture {
    static let gallery = 9
    static let visited = 8

    static let pairs = [
        ["Helle Bach Lauridsen", "Lene Søgaard"],      // tables 1 and 2
        ["Åse Østergaard", "Dorthe Lind"],             // both at table 1: two boards
        ["Søren Ærbø", "Jørgen Æbelø"],
        ["Rasmus Ahlquist", "Birgitte Lund"],
        ["Øjvind Ågesen", "Bo Kjær"],                  // Sofie Brandt joins: a trio
        ["Mette Frederiksen Holm", "Karl Mørk"],
        ["Anders Vinther", "Nanna Bak"],
        ["Brian Kjærulff", "Kirsten Ødum"],            // both at table 2: two boards
        ["Ida Holm", "Ole Frost Ørum"],                // both leave: emptied
    ]

    /// `visits[round][pair]`: six rounds of five minutes, two at the boards (none gets more than three pairs).
    static let visits: [[Int?]] = [[3, 3, 2, 2, 1, 1, 1, 3, 2], [nil, 2, nil, nil, nil, nil, nil, 1, nil]]
        + Array(repeating: Array(repeating: nil, count: 9), count: 4)

    static func day() throws -> EngineDay {
        var day = try TableDayFixture.untilTheWalk()
        let trust = try note("Tillid frem for kontrol", in: day)
        let mandate = try note("Giv medarbejderne mandat", in: day)
        let stories = try note("Fortæl historierne om det, der lykkes", in: day)
        let nearDuplicate = try day.note("Tillid før kontrol", by: day.someone(atTable: 1, index: 1), question: 1)
        try day.submit(.mergeIntoKeyPoint(note: nearDuplicate, keyPoint: trust))
        try day.submit(.renameTable(table: "3", name: "Hjørnebordet", item: nil))

        try day.submit(.movePhase(.item(gallery)))
        try day.record(Event(PairsPlanned(item: gallery, plan: PlannedPairs(
            seed: nil, groups: pairs.map { $0.map(day.person) }, visits: visits))))
        try day.submit(.addParticipant(name: "Sofie Brandt", department: "MTM"))
        try day.record(Event(PairJoined(item: gallery, participant: day.person("Sofie Brandt"), pair: 5)))
        for name in ["Ida Holm", "Ole Frost Ørum"] { try day.submit(.markAbsent(participant: day.person(name))) }

        try comment(on: .note(mandate), "Godt set — det gælder også hos os", by: "Helle Bach Lauridsen", in: &day)
        try day.record(Event(CommentAdded(target: .note(trust), text: "Hvordan måler I tilliden?", authorID: nil,
                                          gallery: gallery, pair: 7)), by: .participant)
        try comment(on: .note(nearDuplicate), "Det samme står her to gange", by: "Mette Frederiksen Holm", in: &day)
        try comment(on: .note(stories), "=1+1 <b>fed</b> *kursiv* | ikke en tabel", by: nil, in: &day)
        try comment(on: .board(item: visited, table: 2), "Hele bordet peger på fortællingerne", by: nil, in: &day)
        try comment(on: .board(item: visited, table: 1), "Mandat og tillid hænger sammen\nanden linje", by: "Bo Kjær", in: &day)
        for (note, pairs) in [(trust, [5, 6, 7]), (nearDuplicate, [5, 6]), (stories, [3])] {
            for pair in pairs { try plusOne(note, from: pair, in: &day) }
        }

        try day.note("Vi skal dele fortællingerne på tværs af afdelingerne", by: "Helle Bach Lauridsen")
        try day.note("Tillid kræver, at vi kender hinanden")
        for name in ["Ida Holm", "Ole Frost Ørum"] { try day.submit(.markPresent(participant: day.person(name))) }
        try TableDayFixture.afterTheWalk(&day)
        return day
    }

    static func summary() throws -> DaySummary {
        DaySummary(try day().state, utcOffsetSeconds: ExportFixture.offset)
    }

    /// The id of the visible note with this text.
    static func note(_ text: String, in day: EngineDay) throws -> String {
        guard let found = day.state.notes.values.first(where: { $0.text == text && !$0.withdrawn }) else { throw Missing(what: text) }
        return found.id
    }

    static func comment(on target: CommentTarget, _ text: String, by name: String?, in day: inout EngineDay) throws {
        let author: AuthorChoice = name.map { .person(id: day.person($0)) } ?? .anonymous
        try day.submit(.addComment(target: target, text: text, author: author), by: .participant(id: name.map(day.person)))
    }

    /// A +1 from a pair, given by its first member.
    static func plusOne(_ note: String, from pair: Int, in day: inout EngineDay) throws {
        let giver = day.person(pairs[pair - 1][0])
        try day.submit(.plusOne(note: note, participant: giver), by: .participant(id: giver))
    }

    struct Missing: Error {
        var what: String
    }
}
