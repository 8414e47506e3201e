import SamskabModel
import Testing
@testable import SamskabSession

/// Clusters through the engine and the fold: one cluster per note, names unique per item,
/// taking out, renaming, merging, a cluster voted on as one, a cluster made a key point, and undo.
struct ClusterRulesTests {
    static func day(_ texts: [String] = ["Tillid", "Mere tillid", "Tid", "Tid til at lytte", "Mod"]) throws -> (TableRulesTests.Day, [String]) {
        var day = TableRulesTests.Day()
        try day.submit(.movePhase(.item(1)))
        var ids: [String] = []
        for text in texts {
            let record = try day.submit(.addNote(NoteRequest(text: text)), by: .participant(id: nil))
            ids.append(SessionState.noteID(sequence: record.sequence))
        }
        return (day, ids)
    }

    @Test func aNoteIsInOneClusterAndANameIsOneClusterPerItem() throws {
        var (day, notes) = try Self.day()
        let made = try day.submit(.cluster(notes: [notes[0], notes[1]], name: "Tillid"))
        let id = SessionState.clusterID(sequence: made.sequence)
        #expect(day.state.clusters[id]?.notes == [notes[0], notes[1]])
        #expect(throws: SessionError("note \(notes[1]) is in the cluster 'Tillid'; take it out there first")) {
            try day.submit(.cluster(notes: [notes[1], notes[2]], name: "Tid"))
        }
        // The same name (any case) puts more notes into the cluster of that name.
        try day.submit(.cluster(notes: [notes[1], notes[4]], name: "TILLID"))
        #expect(day.state.clusters[id]?.notes == [notes[0], notes[1], notes[4]])
        #expect(throws: SessionError("those notes are already in the cluster 'Tillid'")) {
            try day.submit(.cluster(notes: [notes[0]], name: "tillid"))
        }
        let tid = SessionState.clusterID(sequence: try day.submit(.cluster(notes: [notes[2]], name: "Tid")).sequence)
        #expect(throws: SessionError("item 2 already has a cluster named 'Tillid'")) {
            try day.submit(.renameCluster(cluster: tid, name: "tillid"))
        }
        #expect(throws: SessionError("a cluster needs a name")) { try day.submit(.cluster(notes: [notes[3]], name: "  ")) }
        #expect(throws: SessionError("there is no note n999")) { try day.submit(.cluster(notes: ["n999"], name: "X")) }
        #expect(throws: SessionError("only the facilitator can do that")) {
            try day.submit(.cluster(notes: [notes[3]], name: "X"), by: .participant(id: nil))
        }
    }

    @Test func takingOutRenamingAndMergingAreUndoable() throws {
        var (day, notes) = try Self.day()
        let a = SessionState.clusterID(sequence: try day.submit(.cluster(notes: [notes[0], notes[1]], name: "Tillid")).sequence)
        let b = SessionState.clusterID(sequence: try day.submit(.cluster(notes: [notes[2]], name: "Tid")).sequence)
        let before = day.state.clusters
        try day.submit(.renameCluster(cluster: notes[2], name: "Tid til at lytte"))
        #expect(day.state.clusters[b]?.name == "Tid til at lytte", "a cluster is named by a note in it too")
        try day.submit(.mergeClusters(cluster: "tid til at lytte", into: "Tillid"))
        #expect(day.state.clusters[b] == nil)
        #expect(day.state.clusters[a]?.notes == [notes[0], notes[1], notes[2]], "the merged cluster's notes come last")
        try day.submit(.uncluster(note: notes[0]))
        #expect(day.state.cluster(of: notes[0]) == nil)
        #expect(throws: SessionError("note \(notes[0]) is in no cluster")) { try day.submit(.uncluster(note: notes[0])) }
        try day.submit(.uncluster(note: notes[1]))
        try day.submit(.uncluster(note: notes[2]))
        #expect(day.state.clusters.isEmpty, "a cluster with no notes left is gone")
        for _ in 0..<5 { try day.submit(.undo) }
        #expect(day.state.clusters == before, "undo puts back every cluster, in its place")
    }

    @Test func aClusterIsVotedOnAsOne() throws {
        var (day, notes) = try Self.day()
        let voter = day.person("MBU person 1")
        func vote(_ note: String, _ adding: Bool = true) throws { try day.submit(.vote(note: note, voter: voter, item: nil, adding: adding), by: .participant(id: voter)) }
        // A dot placed before the notes were clustered counts for the cluster once it exists.
        try day.submit(.openVoting(item: nil, on: .notes, dots: 4, maxPerNote: 2))
        try vote(notes[0])
        let cluster = SessionState.clusterID(sequence: try day.submit(.cluster(notes: [notes[0], notes[1]], name: "Tillid")).sequence)
        try vote(notes[1])
        #expect(throws: SessionError("MBU person 1 already has 2 dots on the cluster 'Tillid', the most one note may get")) { try vote(notes[0]) }
        try vote(notes[4])
        #expect(day.state.voteCounts(item: 1) == [cluster: 2, notes[4]: 1])
        #expect(day.state.ballots(item: 1) == [cluster, notes[2], notes[3], notes[4]], "the cluster stands where its first note stood")
        // Taken back through any of its notes.
        try vote(notes[1], false)
        try vote(notes[0], false)
        #expect(throws: SessionError("MBU person 1 has no dot on the cluster 'Tillid'")) { try vote(notes[0], false) }
        #expect(day.state.dotsLeft(voter: voter, item: 1) == 3)
    }

    @Test func revealedVotesRankBallotsWithTiesInBoardOrder() throws {
        var (day, notes) = try Self.day()
        try day.submit(.cluster(notes: [notes[2], notes[3]], name: "Tid"))
        try day.submit(.openVoting(item: nil, on: .notes, dots: 3, maxPerNote: nil))
        let people = ["MBU person 1", "MSO person 1", "BA person 1"].map(day.person)
        for (person, note) in [(people[0], notes[4]), (people[1], notes[4]), (people[2], notes[3]), (people[0], notes[2]), (people[1], notes[1])] {
            try day.submit(.vote(note: note, voter: person, item: nil, adding: true), by: .participant(id: person))
        }
        let ranked = day.state.rankedBallots(item: 1)
        let tid = try #require(day.state.cluster(of: notes[2])).id
        #expect(ranked.map(\.id) == [tid, notes[4], notes[1], notes[0]], "2, 2 in board order, then 1, then 0")
        #expect(ranked.map(\.votes) == [2, 2, 1, 0])
        #expect(day.state.ballotText(tid) == "Tid")
    }

    @Test func mergingClustersCarriesTheirDotsAndUndoGivesThemBack() throws {
        var (day, notes) = try Self.day()
        let voter = day.person("MTM person 1")
        let a = SessionState.clusterID(sequence: try day.submit(.cluster(notes: [notes[0]], name: "A")).sequence)
        let b = SessionState.clusterID(sequence: try day.submit(.cluster(notes: [notes[1]], name: "B")).sequence)
        try day.submit(.openVoting(item: nil, on: .notes, dots: 3, maxPerNote: nil))
        try day.submit(.vote(note: b, voter: voter, item: nil, adding: true), by: .participant(id: voter))
        try day.submit(.mergeClusters(cluster: b, into: a))
        #expect(day.state.voteCounts(item: 1) == [a: 1])
        try day.submit(.undo)
        #expect(day.state.voteCounts(item: 1) == [b: 1])
    }

    @Test func aClusterBecomesOneKeyPointNamedAsIt() throws {
        var (day, notes) = try Self.day()
        try day.submit(.cluster(notes: [notes[2], notes[3], notes[1]], name: "Tid til at lytte"))
        try day.submit(.toggleKeyPoint(note: notes[3]))
        let point = try #require(day.state.keyPoints[notes[2]])
        #expect(point.text == "Tid til at lytte")
        #expect(point.merged == [notes[3], notes[1]])
        #expect(BoardModel(day.state, item: 1).columns.flatMap(\.notes).map(\.id) == [notes[0], notes[2], notes[4]],
                "the merged notes stand with their key point")
        try day.submit(.toggleKeyPoint(note: notes[2]))
        #expect(day.state.keyPoints.isEmpty, "k again unmarks it")
        // A note of the cluster already a key point leads; a second one is refused.
        try day.submit(.toggleKeyPoint(note: notes[0]))
        try day.submit(.uncluster(note: notes[1]))
        try day.submit(.cluster(notes: [notes[0]], name: "Tid til at lytte"))
        try day.submit(.clusterToKeyPoint(cluster: "tid til at lytte"))
        #expect(day.state.keyPoints[notes[0]]?.merged == [notes[2], notes[3]])
        try day.submit(.undo)
        #expect(day.state.keyPoints[notes[0]]?.merged == [], "\(day.state.keyPoints)")
        try day.submit(.uncluster(note: notes[3]))
        try day.submit(.toggleKeyPoint(note: notes[3]))
        try day.submit(.cluster(notes: [notes[3]], name: "Tid til at lytte"))
        #expect(throws: SessionError("notes \(notes[0]) and \(notes[3]) of the cluster are both key points; unmark one first")) {
            try day.submit(.clusterToKeyPoint(cluster: notes[0]))
        }
    }

    @Test func theDefinitionsCapComesWithItsDots() throws {
        let yaml = """
        title: Cap
        program:
          - kind: harvest
            title: Opsamling
            prompts: [Det vigtigste er…]
            dots: 4
            max_per_note: 2
            minutes: 10
        """
        let outcome = WorkshopParser.parse(text: yaml, file: "cap.yaml")
        let workshop = try #require(outcome.workshop, "\(outcome.diagnostics)")
        let tooMany = WorkshopParser.parse(text: yaml.replacingOccurrences(of: "max_per_note: 2", with: "max_per_note: 5"), file: "cap.yaml")
        #expect(tooMany.diagnostics.map(\.description).contains { $0.contains("'max_per_note' (5) in ") && $0.contains("more than the 4 dots") },
                "\(tooMany.diagnostics)")
        var state = SessionState(workshop: workshop)
        let (_, note) = try Engine.decide(.addNote(NoteRequest(text: "Tillid")), by: .facilitator, in: state)
        try state.apply(Fixture.Log.record(note, sequence: 1))
        let (_, event) = try Engine.decide(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil), by: .facilitator, in: state)
        #expect(event.as(VotingOpened.self) == VotingOpened(item: 0, target: .notes, dots: 4, maxPerNote: 2))
        let (_, own) = try Engine.decide(.openVoting(item: nil, on: .notes, dots: 6, maxPerNote: nil), by: .facilitator, in: state)
        #expect(own.as(VotingOpened.self)?.maxPerNote == nil, "dots given by hand come without the definition's cap")
    }
}

/// The name index kept up to date person by person (a day of 500 arrivals replays in
/// milliseconds): the same answers as an index built at once.
struct NameIndexTests {
    @Test func arrivalsOneByOneAreFoundAsIfTheRosterWereReadAtOnce() throws {
        var day = TableRulesTests.Day()
        for (name, department) in [("Bo Ærbø", "MBU"), ("bo Ærbø", "MSO"), ("Åse Vind", "MTM"), ("Kim", nil)] as [(String, String?)] {
            try day.submit(.addParticipant(name: name, department: department), by: .participant(id: nil))
        }
        #expect(day.state.participants(named: "Bo Ærbø").count == 2, "one name in two spellings")
        #expect(day.state.participant(named: "Bo Ærbø") == nil, "two people: the department must be given")
        #expect(day.state.participant(named: "BO ÆRBØ", department: "MSO")?.name == "bo Ærbø")
        #expect(day.state.participant(named: "åse vind")?.department == "MTM")
        #expect(day.state.participant(named: "Kim") != nil)
        // Marked absent: the names are as they were.
        let kim = try #require(day.state.participant(named: "Kim")).id
        try day.submit(.markAbsent(participant: kim))
        #expect(day.state.participant(named: "kim")?.id == kim)
        // Undo of the last arrival rebuilds the index: the same answers as before it.
        try day.submit(.undo)
        try day.submit(.renameParticipant(participant: kim, name: "Kim Holm", department: nil))
        #expect(day.state.participant(named: "Kim") == nil && day.state.participant(named: "kim holm")?.id == kim)
        let rebuilt = try SessionState.fold(day.state.workshop, day.records)
        #expect(rebuilt == day.state, "the index built event by event equals the one a replay builds")
    }
}
