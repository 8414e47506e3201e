import PropertyBased
import SamskabModel
import Testing
@testable import SamskabSession
@testable import SamskabPlanning

/// Random days of commands from every front end, through the engine and the fold:
/// - a refused command or event changes nothing;
/// - every facilitator action undoes to exactly the state before it and redoes to the state after;
/// - the journal lines of the day, read back, fold to the same state;
/// - a note stands in at most one key point; every author is on the roster.
/// Over all runs (and the fixed-seed days alone would do) every registered event type must have been written at least once, so a new
/// event type the picker cannot make fails here instead of going untested.
struct EngineProperties {
    /// The fixture's day with a gallery walk over its discussion at the end, and a few more people.
    static let workshop: Workshop = {
        var workshop = Fixture.workshop
        // Tables of two, so a handful of people sit at several tables and can be moved between them.
        workshop.program[1] = ProgramItem(title: "Drøftelse", minutes: 30,
                                          content: .discussion(Discussion(groupSize: 2, questions: ["Hvorfor?", "Hvordan?"])))
        workshop.program.append(ProgramItem(title: "Fernisering", minutes: 15,
                                            content: .gallery(Gallery(visitsItem: 1, stationMinutes: 5, question: "Hvad så?"))))
        workshop.roster += [Person(name: "Bo Ærbø", department: "MSO"), Person(name: "Ida", department: "MBU"),
                            Person(name: "Jens", department: "MSO"), Person(name: "Kim", department: nil)]
        return workshop
    }()

    @Test func randomDaysKeepEveryRule() async throws {
        var written: Set<String> = []
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000).array(of: 1...80)) { choices in
            written.formUnion(try Self.run(choices))
        }
        // The same number of days from a fixed seed, so that whether every type is written does
        // not depend on the luck of this run (the random days above look for new failures).
        var random = SeededRandom(seed: 2026)
        for _ in 0..<300 {
            written.formUnion(try Self.run((0...random.below(80)).map { _ in random.below(1_000_001) }))
        }
        let missing = Set(EventTypes.all.map { $0.type }).subtracting(written)
        #expect(missing.isEmpty, "event types no random day wrote: \(missing.sorted())")
    }

    /// Plays one day; returns the types of the events written.
    static func run(_ choices: [Int]) throws -> Set<String> {
        var state = SessionState(workshop: Self.workshop)
        var records: [EventRecord] = []
        var written: Set<String> = []
        for choice in choices {
            let (command, requester) = CommandPicker.pick(choice, in: state)
            guard let (actor, event) = try? Engine.decide(command, by: requester, in: state, random: UInt64(choice)) else { continue }
            let record = Fixture.Log.record(event, sequence: records.count + 1, by: actor)
            var next = state
            do {
                try next.apply(record)
            } catch {
                #expect(next == state, "a refused \(event.typeName) changed the state")
                continue
            }
            if actor == .facilitator, record.event.as(Undone.self) == nil, record.event.as(Redone.self) == nil {
                try checkUndoAndRedo(of: record, before: state, after: next)
            }
            state = next
            records.append(record)
            written.insert(event.typeName)
            checkInvariants(state)
        }
        let reread = try records.map { try EventRecord(line: $0.line().dropLast()[...]) }
        #expect(reread == records)
        #expect(try SessionState.fold(Self.workshop, reread) == state, "the day's lines fold to the same state")
        return written
    }

    static func checkUndoAndRedo(of record: EventRecord, before: SessionState, after: SessionState) throws {
        var undone = after
        let undo = Fixture.Log.record(.undone(target: record.id), sequence: record.sequence + 1)
        try undone.apply(undo)
        #expect(Content(undone) == Content(before), "undo of \(record.event.typeName) restores exactly")
        let redo = Fixture.Log.record(.redone(target: record.id), sequence: record.sequence + 2)
        try undone.apply(redo)
        #expect(Content(undone) == Content(after), "redo of \(record.event.typeName) restores exactly")
    }

    static func checkInvariants(_ state: SessionState) {
        let merged = state.keyPoints.values.flatMap(\.merged)
        #expect(Set(merged).count == merged.count, "a note is merged into two key points")
        #expect(merged.allSatisfy { state.keyPoints[$0] == nil }, "a merged note is a key point too")
        for note in state.notes.values {
            if let author = note.authorID { #expect(state.participants[author] != nil, "note \(note.id)'s author is gone") }
        }
        for (item, voting) in state.votings {
            for voter in Set(state.liveDots(item: item).map(\.voter)) {
                #expect(state.dotsLeft(voter: voter, item: item) >= 0, "\(voter) is over the budget at item \(item + 1)")
            }
            if let cap = voting.maxPerNote {
                var perVoterNote: [String: Int] = [:]
                for dot in state.dots[item] ?? [] { perVoterNote[dot.voter + "/" + dot.note, default: 0] += 1 }
                #expect(perVoterNote.values.allSatisfy { $0 <= cap }, "a note over the cap at item \(item + 1)")
            }
        }
        for (item, plan) in state.pairPlans {
            let walking = plan.groups.flatMap { $0 }
            #expect(Set(walking).count == walking.count, "someone walks in two pairs at item \(item + 1)")
            #expect(plan.visits.allSatisfy { $0.count == plan.groups.count }, "a round without every pair at item \(item + 1)")
            // Every station of a route is a table of the visited discussion's plan (issue 22: a reshuffle to fewer tables).
            let tables = state.gallery(item: item).flatMap { state.tablePlans[$0.visitsItem] }?.tables.count ?? 0
            #expect(plan.visits.allSatisfy { $0.allSatisfy { ($0 ?? 0) <= tables } }, "a route to a table that is gone at item \(item + 1)")
        }
        let clustered = state.clusters.values.flatMap(\.notes)
        #expect(Set(clustered).count == clustered.count, "a note is in two clusters")
        #expect(state.clusters.values.allSatisfy { cluster in !cluster.notes.isEmpty && cluster.notes.allSatisfy { state.notes[$0]?.item == cluster.item } },
                "an empty cluster, or one holding another item's note")
        for (item, plan) in state.tablePlans {
            let seated = plan.tables.flatMap(\.members)
            #expect(Set(seated).count == seated.count, "someone has two seats at item \(item + 1)")
            #expect(seated.allSatisfy { state.participants[$0] != nil }, "a seat at item \(item + 1) is someone not on the roster")
        }
    }

    /// Everything people can see of a state (not the undo stacks, not the last sequence).
    struct Content: Equatable {
        var position: Int
        var moves: [Move]
        var timers: [Int: ItemTimer]
        var participants: [Participant]
        var notes: [Note]
        var keyPoints: [KeyPoint]
        var actions: [Action]
        var tablePlans: [Int: TablePlan]
        var pairPlans: [Int: PairPlan]
        var comments: [GalleryComment]
        var plusOnes: [String: [PlusOne]]
        var votings: [Int: Voting]
        var dots: [Int: [Dot]]
        var clusters: [Cluster]

        init(_ state: SessionState) {
            position = state.position
            moves = state.moves
            timers = state.timers
            participants = Array(state.participants.values)
            notes = Array(state.notes.values)
            keyPoints = Array(state.keyPoints.values)
            actions = Array(state.actions.values)
            tablePlans = state.tablePlans
            pairPlans = state.pairPlans
            comments = Array(state.comments.values)
            plusOnes = state.plusOnes.filter { !$0.value.isEmpty }
            votings = state.votings
            dots = state.dots.filter { !$0.value.isEmpty }
            clusters = Array(state.clusters.values)
        }
    }
}

/// Turns a number into a command a front end could send, with arguments taken from the state
/// (existing notes, people and key points, and some that do not exist).
enum CommandPicker {
    static let names = ["Åse Østergaard", "Bo Ærbø", "Østergaard, Åse", "Zoë 🍎", "bo ærbø"]
    static let departments: [String?] = [nil, "MBU", "MSO", "mbu"]

    static func pick(_ choice: Int, in state: SessionState) -> (Command, Requester) {
        let argument = choice / 40
        func some<T>(_ values: [T]) -> T? { values.isEmpty ? nil : values[argument % values.count] }
        let noteIDs = Array(state.notes.keys) + ["n999"]
        let note = some(noteIDs) ?? "n1"
        let other = some(noteIDs.reversed()) ?? "n2"
        let person = some(Array(state.participants.keys)) ?? "r1"
        let name = names[argument % names.count]
        let department = departments[argument % departments.count]
        switch choice % 40 {
        case 0, 1:
            let author: AuthorChoice = switch argument % 3 {
            case 0: .anonymous
            case 1: .signed(name: name)
            default: .person(id: person)
            }
            let request = NoteRequest(text: "note \(argument) æøå", author: author, department: department,
                                      group: argument % 2 == 0 ? nil : "Bord \(argument % 4)", question: argument % 4 == 0 ? nil : argument % 3)
            return (.addNote(request), choice % 40 == 0 ? .participant(id: nil) : .facilitator)
        case 2: return (.editNote(note: note, text: "rettet \(argument)"), argument % 2 == 0 ? .facilitator : .participant(id: person))
        case 3: return (.withdrawNote(note: note), .facilitator)
        case 4: return (.movePhase(argument % 3 == 0 ? .next : .item(argument % 5)), .facilitator)
        case 5: return (.toggleTimer, .facilitator)
        case 6: return (.extendTimer(minutes: argument % 11 - 5), .facilitator)
        case 7: return (.markKeyPoint(note: note, text: argument % 2 == 0 ? nil : "Hovedpointe \(argument)",
                                      merged: argument % 3 == 0 ? [] : [other]), .facilitator)
        case 8: return (.toggleKeyPoint(note: note), .facilitator)
        case 9: return (.mergeIntoKeyPoint(note: other, keyPoint: note), .facilitator)
        case 10: return (.rewordKeyPoint(note: note, text: "Ny ordlyd \(argument % 3)"), .facilitator)
        case 11: return (.addAction(text: "Næste skridt \(argument)", owner: department, due: CalendarDate(iso: "2019-11-21")),
                         .facilitator)
        case 12: return (.addParticipant(name: name, department: department), argument % 2 == 0 ? .facilitator : .participant(id: nil))
        case 13: return (.renameParticipant(participant: person, name: name + " \(argument % 3)", department: department), .facilitator)
        case 14: return (.unmarkKeyPoint(note: note), .facilitator)
        case 15: return (argument % 3 == 0 ? .redo : .undo, argument % 7 == 0 ? .participant(id: nil) : .facilitator)
        case 17: return (.markAbsent(participant: person), .facilitator)
        case 18: return (.markPresent(participant: person), .facilitator)
        case 19: return (.planTables(item: argument % 3 == 0 ? nil : 1, reshuffle: argument % 2 == 0), .facilitator)
        case 20: return (.moveToTable(participant: person, table: argument % 2 == 0 ? "\(argument % 4)" : "Bord \(argument % 4)", item: 1),
                         .facilitator)
        case 22: return (.planPairs(item: argument % 2 == 0 ? nil : 4, reshuffle: argument % 3 == 0), .facilitator)
        case 23:
            // Someone not on the walk yet, where there is one: the only one who can join a pair.
            let outside = state.participants.keys.first { state.pairPlans[4]?.group(of: $0) == nil } ?? person
            return (.joinPair(participant: argument % 2 == 0 ? outside : person, item: 4), .facilitator)
        case 24: return (.addComment(target: argument % 3 == 0 ? .board(item: 1, table: argument % 3 + 1) : .note(note),
                                     text: "kommentar \(argument)", author: argument % 2 == 0 ? .anonymous : .person(id: person)),
                         argument % 4 == 0 ? .facilitator : .participant(id: person))
        case 25: return (.plusOne(note: note, participant: person), argument % 4 == 0 ? .facilitator : .participant(id: person))
        case 26: return (argument % 2 == 0 ? .skipRound : .movePhase(.item(4)), .facilitator)
        case 27: return (.openVoting(item: argument % 2 == 0 ? nil : 3, on: argument % 3 == 0 ? .keyPoints : .notes,
                                     dots: argument % 4 == 0 ? nil : argument % 5 + 1, maxPerNote: argument % 3 == 1 ? 1 : nil), .facilitator)
        case 28: return (argument % 2 == 0 ? .closeVoting(item: nil) : .revealVoting(item: nil), .facilitator)
        case 29, 30: return (.vote(note: note, voter: person, item: nil, adding: choice % 40 == 29 || argument % 3 != 0),
                             argument % 4 == 0 ? .facilitator : .participant(id: person))
        case 16:
            // A second cluster beside an existing one, so clusters meet and merge.
            let first = state.clusters.values.first
            let loose = state.notes.values.first { $0.item == first?.item && !$0.withdrawn && state.cluster(of: $0.id) == nil }
            return (.cluster(notes: [loose?.id ?? note], name: argument % 2 == 0 ? first?.name ?? "Anden" : "Anden \(argument % 3)"), .facilitator)
        case 31, 37:
            let real = argument % 5 == 0 ? note : some(Array(state.notes.keys)) ?? note
            return (.cluster(notes: argument % 3 == 0 ? [real, other] : [real],
                                  name: argument % 2 == 0 ? (state.clusters.values.first { $0.item == state.notes[real]?.item }?.name ?? "Tid")
                                      : ["Tillid", "Tid", "tillid", "Mod"][argument % 4]),
                         .facilitator)
        case 32: return (.uncluster(note: argument % 3 == 0 ? note : some(state.clusters.values.flatMap(\.notes)) ?? note), .facilitator)
        case 33: return (.renameCluster(cluster: argument % 2 == 0 ? note : (some(Array(state.clusters.keys)) ?? "k1"),
                                        name: ["Tid", "Mod", "Åbenhed"][argument % 3]), .facilitator)
        case 34, 36, 38, 39:
            // Two clusters of one item where there are such, else any two names.
            let pair = Dictionary(grouping: state.clusters.values, by: \.item).values.first { $0.count > 1 }
            if pair == nil, let first = state.clusters.values.first {
                // Build towards two clusters at one item: a note beside the first cluster, then a cluster of it.
                guard let loose = state.notes.values.first(where: { $0.item == first.item && !$0.withdrawn && state.cluster(of: $0.id) == nil }) else {
                    return (.addNote(NoteRequest(text: "Løs \(argument)", item: first.item)), .facilitator)
                }
                return (.cluster(notes: [loose.id], name: "Tredje \(argument % 3)"), .facilitator)
            }
            return (.mergeClusters(cluster: pair?.first?.id ?? some(Array(state.clusters.keys)) ?? "k1",
                                   into: argument % 4 == 0 ? other : pair?.last?.id ?? "k2"), .facilitator)
        case 35: return (.clusterToKeyPoint(cluster: note), .facilitator)
        case 21: return (.renameTable(table: "\(argument % 3 + 1)", name: ["Åen", "Vinduet", "bord 2"][argument % 3], item: 1), .facilitator)
        default: return (.redo, argument % 5 == 0 ? .participant(id: nil) : .facilitator)
        }
    }
}
