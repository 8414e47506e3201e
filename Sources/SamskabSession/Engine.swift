import SamskabModel
import SamskabPlanning

/// The one place where a request becomes an event: a pure function of the current state.
/// The journal calls it under its lock with the freshest state, then applies the event (the
/// event types check what must hold for any journal line; the engine decides what is meant).
/// `random` is drawn by the caller at that moment, for plans that shuffle; whatever a command
/// draws from it is recorded in its event, so replaying the journal is deterministic.
public enum Engine {
    public static func decide(_ command: Command, by requester: Requester, in state: SessionState,
                              random: UInt64 = 0) throws(SessionError) -> (Actor, Event) {
        let decided = try decideWithinRules(command, by: requester, in: state, random: random)
        try WriteLimits.check(decided.1, by: decided.0, in: state)
        return decided
    }

    private static func decideWithinRules(_ command: Command, by requester: Requester, in state: SessionState,
                                          random: UInt64) throws(SessionError) -> (Actor, Event) {
        let actor = requester.actor
        if case .participant(let id, let sitting) = requester {
            try SittingRule.check(command, id: id, sitting: sitting, state: state)
            try checkParticipantMay(command, id: id, state: state)
        }
        switch command {
        case .addParticipant(let typed, let department):
            return (actor, try newcomer(typed, department: try knownDepartment(department, state: state), state: state))
        case .join(let typed, let department):
            return (actor, try join(typed, department: department, state: state))

        case .markAbsent(let reference):
            let person = try state.resolvePerson(reference)
            return (actor, Event(ParticipantAbsent(participant: person.id)))
        case .markPresent(let reference):
            let person = try state.resolvePerson(reference)
            return (actor, Event(ParticipantPresent(participant: person.id, seats: person.absent ? state.seatsForArrival(of: person) : [])))

        case .planTables(let item, let reshuffle):
            let index = try state.resolveItem(index: item, as: .discussion)
            if state.tablePlans[index] != nil, !reshuffle {
                throw SessionError("item \(index + 1) already has a table plan; reshuffle to make a new one",
                                   danish: "punkt \(index + 1) har allerede en bordplan; bland igen for at lave en ny")
            }
            guard let plan = state.makePlan(item: index, seed: random) else {
                throw SessionError("nobody is marked present, so there is nobody to seat",
                                   danish: "ingen er meldt til stede, så der er ingen at placere")
            }
            return (actor, Event(TablesPlanned(item: index, plan: plan)))
        case .moveToTable(let reference, let table, let item):
            let index = try state.resolveItem(index: item, as: .discussion)
            let person = try state.resolvePerson(reference)
            let number = try state.resolveTable(table, item: index)
            return (actor, Event(TableSeated(item: index, participant: person.id, table: number)))
        case .renameTable(let table, let name, let item):
            let index = try state.resolveItem(index: item, as: .discussion)
            let number = try state.resolveTable(table, item: index)
            guard let clean = try NoteText.cleanName(name, what: "the table's name") else {
                throw SessionError("the table's new name is empty", danish: "bordets nye navn er tomt")
            }
            return (actor, Event(TableRenamed(item: index, table: number, name: clean)))

        case .renameParticipant(let reference, let typed, let department):
            let person = try state.resolvePerson(reference)
            guard let name = try NoteText.cleanName(typed, what: "the name") else {
                throw SessionError("the new name is empty", danish: "det nye navn er tomt")
            }
            return (actor, Event(ParticipantRenamed(participant: person.id, name: name,
                                                    department: try knownDepartment(department, state: state) ?? person.department)))

        case .planPairs(let item, let reshuffle):
            let index = try state.resolveItem(index: item, as: .walk)
            if state.pairPlans[index] != nil, !reshuffle {
                throw SessionError("item \(index + 1) already has pairs; reshuffle to make new ones",
                                   danish: "punkt \(index + 1) har allerede par; bland igen for at lave nye")
            }
            return (actor, Event(PairsPlanned(item: index, plan: try state.makePairs(item: index, seed: random))))
        case .joinPair(let reference, let item):
            let index = try state.resolveItem(index: item, as: .walk)
            let person = try state.resolvePerson(reference)
            let id = person.id
            guard let plan = state.pairPlans[index] else {
                throw SessionError("item \(index + 1) has no pairs yet", danish: "punkt \(index + 1) har ingen par endnu")
            }
            let groups = plan.groups.map { group in group.map { Seatable(id: $0, department: state.participants[$0]?.department) } }
            let visited = state.gallery(item: index).flatMap { state.tablePlans[$0.visitsItem] }
            var tableOf: [String: Int] = [:]
            for table in visited?.tables ?? [] { for member in table.members { tableOf[member] = table.number } }
            guard let pair = PairPlanner.trio(for: Seatable(id: id, department: person.department), groups: groups, tableOf: tableOf) else {
                throw SessionError("item \(index + 1) has no pair to join", danish: "punkt \(index + 1) har intet par at gå med")
            }
            return (actor, Event(PairJoined(item: index, participant: id, pair: pair + 1)))

        case .addComment(let target, let raw, let author):
            let text = try NoteText.clean(raw)
            var authorID: String?
            switch author {
            case .anonymous: break
            case .person(let id): authorID = try state.checkParticipant(id).id
            case .signed(let typed):
                // A name that cleans to nothing signs nothing, as for a note.
                if let name = try NoteText.cleanName(typed, what: "the author") { authorID = try state.resolvePerson(name).id }
            }
            if case .board(let item, _) = target { _ = try state.resolveItem(index: item, as: .boards) }
            let walk = authorID.flatMap { state.walk(of: $0) }
            return (actor, Event(CommentAdded(target: target, text: text, authorID: authorID, gallery: walk?.gallery, pair: walk?.pair)))
        case .plusOne(let note, let reference):
            let person = try state.resolvePerson(reference)
            guard let walk = state.walk(of: person.id) else {
                throw SessionError("\(person.name) does not walk in a pair of the gallery walk, and a +1 comes from a pair",
                                   danish: "\(person.name) går ikke i et par på ferniseringen, og et +1 gives af et par")
            }
            return (actor, Event(PlusOneAdded(note: note, gallery: walk.gallery, pair: walk.pair)))

        case .skipRound:
            return (actor, Event(RoundSkipped(item: state.position)))

        case .openVoting(let item, let target, let dots, let maxPerNote):
            let index = try state.resolveItem(index: item, as: .any)
            try checkSomethingToVoteOn(target, item: index, state: state)
            var given = dots ?? state.votings[index]?.dots
            var cap = maxPerNote ?? (dots == nil ? state.votings[index]?.maxPerNote : nil)
            if case .harvest(let harvest) = state.workshop.program[index].content {
                if given == nil { given = harvest.dotsPerParticipant }
                // The definition's cap goes with the definition's dots.
                if cap == nil, dots == nil { cap = harvest.maxPerNote }
            }
            let count = given ?? 3
            let maxPerNote = cap
            guard (1...Voting.largestDotCount).contains(count) else {
                throw SessionError("a voting gives 1–\(Voting.largestDotCount) dots each, not \(count)",
                                   danish: "en afstemning giver 1–\(Voting.largestDotCount) prikker hver, ikke \(count)")
            }
            if let cap = maxPerNote, !(1...count).contains(cap) {
                throw SessionError("at most \(cap) dots on one note must be from 1 to the \(count) dots each has",
                                   danish: "højst \(cap) prikker på én note skal være fra 1 til de \(count) prikker hver har")
            }
            return (actor, Event(VotingOpened(item: index, target: target, dots: count, maxPerNote: maxPerNote)))
        case .closeVoting(let item):
            return (actor, Event(VotingChanged(item: try state.resolveItem(index: item, as: .any), change: .closed)))
        case .revealVoting(let item):
            return (actor, Event(VotingChanged(item: try state.resolveItem(index: item, as: .any), change: .revealed)))
        case .vote(let note, let reference, let item, let adding):
            let voter = try state.resolvePerson(reference).id
            // The voting the note stands in: the one named, the current item's, else its own item's.
            let own = state.notes[note]?.item ?? state.clusters[note]?.item
            let index = try item.map { given throws(SessionError) in try state.resolveItem(index: given, as: .any) }
                ?? (state.votings[state.position]?.isOpen == true ? state.position : own ?? state.position)
            // A note in a cluster is voted on with its cluster.
            let ballot = state.ballot(of: note, target: state.votings[index]?.target ?? .notes)
            return (actor, Event(VoteCast(item: index, voter: voter, note: ballot, added: adding)))

        case .cluster(let ids, let name):
            guard let clean = try NoteText.cleanName(name, what: "the cluster's name") else {
                throw SessionError("a cluster needs a name", danish: "en klynge skal have et navn")
            }
            guard let first = ids.first else { throw SessionError("a cluster needs at least one note", danish: "en klynge skal have mindst én note") }
            let item = try state.liveNote(first).item
            if let existing = state.clusters(item: item).first(where: { $0.name.lowercased() == clean.lowercased() }) {
                // Notes already in it stay; the rest join it.
                let new = ids.filter { !existing.notes.contains($0) }
                if new.isEmpty {
                    throw SessionError("those notes are already in the cluster '\(existing.name)'",
                                       danish: "de noter er allerede i klyngen '\(existing.name)'")
                }
                return (actor, Event(ClusterJoined(cluster: existing.id, notes: new)))
            }
            return (actor, Event(ClusterMade(item: item, name: clean, notes: ids)))
        case .uncluster(let note):
            _ = try state.liveNote(note)
            guard let owner = state.cluster(of: note) else {
                throw SessionError("note \(note) is in no cluster", danish: "note \(note) er ikke i nogen klynge")
            }
            return (actor, Event(ClusterLeft(cluster: owner.id, note: note)))
        case .renameCluster(let reference, let name):
            let found = try state.resolveCluster(reference, item: state.position)
            guard let clean = try NoteText.cleanName(name, what: "the cluster's name") else {
                throw SessionError("the cluster's new name is empty", danish: "klyngens nye navn er tomt")
            }
            return (actor, Event(ClusterRenamed(cluster: found.id, name: clean)))
        case .mergeClusters(let reference, let into):
            let source = try state.resolveCluster(reference, item: state.position)
            let target = try state.resolveCluster(into, item: source.item)
            return (actor, Event(ClustersMerged(cluster: source.id, into: target.id)))
        case .clusterToKeyPoint(let reference):
            let found = try state.resolveCluster(reference, item: state.position)
            return (actor, try keyPoint(from: found, state: state))

        case .addNote(let request):
            return (actor, .noteAdded(try draft(request, state: state)))

        case .editNote(let note, let text):
            return (actor, .noteEdited(note: note, text: try NoteText.clean(text)))

        case .withdrawNote(let note):
            return (actor, .noteWithdrawn(note: note))

        case .movePhase(let target):
            let index = try phaseIndex(target, state: state)
            // A discussion with tables opens with a plan, made now from the people present; a
            // gallery walk opens with its pairs where it can have them (where not, `pairs` says why).
            let opensWithPlan = state.tablePlans[index] == nil && [.mixed, .department].contains(state.grouping(item: index))
            let opensWithPairs = state.gallery(item: index) != nil && state.pairPlans[index] == nil
            return (actor, Event(PhaseMoved(item: index, plan: opensWithPlan ? state.makePlan(item: index, seed: random) : nil,
                                            pairs: opensWithPairs ? try? state.makePairs(item: index, seed: random) : nil)))

        case .startTimer:
            return (actor, .timerStarted(item: state.position))
        case .pauseTimer:
            return (actor, .timerPaused(item: state.position))
        case .toggleTimer:
            let running = state.timer(item: state.position).isRunning
            return (actor, running ? .timerPaused(item: state.position) : .timerStarted(item: state.position))
        case .extendTimer(let minutes):
            return (actor, .timerExtended(item: state.position, minutes: minutes))

        case .markKeyPoint(let note, let text, let merged):
            return (actor, .keyPointMarked(note: note, text: wording(try text.map(NoteText.clean), of: note, state: state), merged: merged))
        case .toggleKeyPoint(let note):
            if state.keyPoints[note] != nil { return (actor, .keyPointUnmarked(note: note)) }
            // A note in a cluster of several makes the whole cluster one key point.
            if let owner = state.cluster(of: note), state.liveNotes(of: owner).count > 1 {
                return (actor, try keyPoint(from: owner, state: state))
            }
            return (actor, .keyPointMarked(note: note, text: nil))
        case .rewordKeyPoint(let note, let text):
            return (actor, .keyPointMarked(note: note, text: wording(try text.map(NoteText.clean), of: note, state: state),
                                           merged: state.keyPoints[note]?.merged ?? []))
        case .mergeIntoKeyPoint(let note, let target):
            if note == target {
                throw SessionError("a note cannot be merged into itself", danish: "en note kan ikke flettes ind i sig selv")
            }
            let existing = state.keyPoints[target]
            return (actor, .keyPointMarked(note: target, text: existing?.text, merged: (existing?.merged ?? []) + [note]))
        case .unmarkKeyPoint(let note):
            return (actor, .keyPointUnmarked(note: note))

        case .addAction(let text, let owner, let due):
            return (actor, .actionAdded(text: try NoteText.clean(text), owner: try owner.flatMap { name throws(SessionError) in
                try NoteText.cleanName(name, what: "the owner")
            }, due: due))

        case .undo:
            guard let target = state.undoTarget else { throw SessionError("there is nothing to undo", danish: "der er intet at fortryde") }
            return (actor, .undone(target: target))
        case .redo:
            guard let target = state.redoTarget else { throw SessionError("there is nothing to redo", danish: "der er intet at gentage") }
            return (actor, .redone(target: target))
        }
    }

    /// Participants write notes and join the roster; they change only their own notes.
    private static func checkParticipantMay(_ command: Command, id: String?, state: SessionState) throws(SessionError) {
        switch command {
        case .addNote, .addParticipant, .join, .addComment, .plusOne:
            return
        case .markPresent(let reference):
            // Someone who finds their name marked absent says they are here after all.
            if id == nil || (try? state.resolvePerson(reference).id) != id {
                throw SessionError("a participant can only say that they themselves are here",
                                   danish: "en deltager kan kun melde sig selv til stede")
            }
        case .vote(_, let voter, _, _):
            // A participant places only their own dots (a script acting for nobody in particular may name one).
            if let id, id != (try? state.resolvePerson(voter).id) {
                throw SessionError("a participant places only their own dots", danish: "en deltager sætter kun sine egne prikker")
            }
        case .editNote(let note, _), .withdrawNote(let note):
            guard let found = state.notes[note] else { return }
            let own = found.authorID == nil ? found.addedBy == .participant : found.authorID == id
            if !own {
                throw SessionError("note \(note) is someone else's; only its author or the facilitator can change it",
                                   danish: "note \(note) er en andens; kun forfatteren eller facilitatoren kan ændre den")
            }
        default:
            throw SessionError("only the facilitator can do that", danish: "det kan kun facilitatoren gøre")
        }
    }

    private static func draft(_ request: NoteRequest, state: SessionState) throws(SessionError) -> NoteDraft {
        let index = request.item ?? state.position
        try state.checkItem(index)
        let item = state.workshop.program[index]
        let group = try request.group.flatMap { name throws(SessionError) in try NoteText.cleanName(name, what: "the group") }
        var draft = NoteDraft(text: try NoteText.clean(request.text),
                              department: try knownDepartment(request.department, state: state),
                              group: group, item: index,
                              question: request.question ?? (item.questions.count == 1 ? 1 : nil))
        // Who wrote it: a person on the roster (their department comes along), or a new name.
        var writer: String?
        switch request.author {
        case .anonymous:
            break
        case .signed(let typed):
            guard let name = try NoteText.cleanName(typed, what: "the author") else { break }
            if let person = try signedAuthor(name, department: draft.department, state: state) {
                writer = person.id
                draft.department = draft.department ?? person.department
            } else {
                draft.author = try newPersonName(name)
                try state.checkNotAlreadyHere(name, department: draft.department)
            }
        case .person(let id):
            let person = try state.checkParticipant(id)
            writer = id
            draft.department = draft.department ?? person.department
        }
        // An anonymous item never stores an author, whoever asks and however.
        if item.anonymousByDefault {
            draft.author = nil
        } else {
            draft.authorID = writer
        }
        draft.group = try table(for: request, author: writer ?? authorForTable(request), state: state, item: index)
        return draft
    }

    /// The person a signed name means: the one of that name (typed any way), in the department
    /// when one is given; nil for a name nobody has, who joins the roster with the note.
    private static func signedAuthor(_ name: String, department: String?, state: SessionState) throws(SessionError) -> Participant? {
        if let person = state.participants[name] { return person }
        let inDepartment = NameSearch.sameName(name, department: department, in: state)
        // Elsewhere, as the journal reads a name: anyone of that name when the department has nobody.
        let found = inDepartment.isEmpty && department != nil ? NameSearch.sameName(name, department: nil, in: state) : inDepartment
        if found.count > 1 {
            let departments = found.map { $0.department ?? "-" }.joined(separator: ", ")
            throw SessionError("there are several people named \(name) (\(departments)); give the department too",
                               danish: "der er flere, der hedder \(name) (\(departments)); angiv også afdelingen")
        }
        return found.first
    }

    /// A person joining by name and department (a kiosk, `join --name`), decided against the
    /// state under the journal's lock: someone on the roster of that name (typed any way) in the
    /// department (spelled any way) is them — marked present if they were marked absent, and
    /// otherwise there is nothing to write (`alreadySo`); anyone else joins the roster.
    private static func join(_ typed: String, department: String?, state: SessionState) throws(SessionError) -> Event {
        guard let person = try person(joining: typed, department: department, in: state) else {
            return try newcomer(typed, department: try knownDepartment(department, state: state), state: state)
        }
        if person.absent {
            return Event(ParticipantPresent(participant: person.id, seats: state.seatsForArrival(of: person)))
        }
        throw SessionError("\(person.name) is on the roster and present", danish: "\(person.name) er på listen og til stede",
                           alreadySo: true)
    }

    /// Who a name and department given to join mean: the one person on the roster of that name
    /// (typed any way) in that department (spelled any way), or nil for a newcomer. After an
    /// `alreadySo` answer to `.join`, the front end finds the person with this.
    public static func person(joining typed: String, department: String?, in state: SessionState) throws(SessionError) -> Participant? {
        let code = try knownDepartment(department, state: state)
        guard let name = try NoteText.cleanName(typed, what: "the name") else {
            throw SessionError("the name is empty", danish: "navnet er tomt")
        }
        let same = NameSearch.sameName(name, department: code, in: state)
        return same.count == 1 ? same.first : nil
    }

    /// A new person on the roster, under the no-name and no-duplicate rules.
    private static func newcomer(_ typed: String, department code: String?, state: SessionState) throws(SessionError) -> Event {
        let name = try newPersonName(typed)
        try state.checkNotAlreadyHere(name, department: code)
        let arrival = Participant(id: SessionState.participantID(sequence: state.lastSequence + 1), name: name, department: code)
        return Event(ParticipantAdded(name: name, department: code, seats: state.seatsForArrival(of: arrival)))
    }

    /// A department code as typed, cleaned and spelled as the workshop spells it (`mkb` is MKB).
    private static func knownDepartment(_ typed: String?, state: SessionState) throws(SessionError) -> String? {
        guard let typed else { return nil }
        let clean: String?
        do { clean = try NoteText.cleanName(typed, what: "the department") } catch { clean = typed }
        return try state.knownDepartment(clean)
    }

    /// A voting needs something to vote on: notes at the item, or key points of the day.
    private static func checkSomethingToVoteOn(_ target: Voting.Target, item: Int, state: SessionState) throws(SessionError) {
        switch target {
        case .notes:
            // An item that takes no notes is the event's rule (it holds for any journal line).
            if state.workshop.program[item].questions.isEmpty || !state.visibleNotes(item: item).isEmpty { return }
            throw SessionError("item \(item + 1) has no notes yet, so there is nothing to vote on",
                               danish: "punkt \(item + 1) har ingen noter endnu, så der er intet at stemme om")
        case .keyPoints:
            if !state.keyPoints.isEmpty { return }
            throw SessionError("there are no key points yet to vote on; mark some first",
                               danish: "der er ingen hovedpointer endnu at stemme om; markér nogle først")
        }
    }

    /// A new person's name, cleaned; "anonym" and the like are refused with a pointer to writing anonymously.
    static func newPersonName(_ typed: String) throws(SessionError) -> String {
        guard let name = try NoteText.cleanName(typed, what: "the name") else {
            throw SessionError("the name is empty", danish: "navnet er tomt")
        }
        if NameSearch.meansNoName(name) {
            throw SessionError("'\(name)' is not a name; to write without a name, choose to write anonymously",
                               danish: "'\(name)' er ikke et navn; vælg at skrive anonymt for at skrive uden navn")
        }
        return name
    }

    /// The note's table: as given by hand; else the kiosk's table; else where its author sits
    /// (on a gallery walk: the pair its author walks in).
    /// With a plan the group is the table's number (its name can change); without one, as written.
    private static func table(for request: NoteRequest, author: String?, state: SessionState, item: Int) throws(SessionError) -> String? {
        let plan = state.tablePlans[item]
        if let given = request.group {
            guard plan != nil else { return given }
            return String(try state.resolveTable(given, item: item))
        }
        // A reflection answer of the gallery walk is its author's pair's (shown "Par 3").
        if plan == nil, let author, let group = state.pairPlans[item]?.group(of: author) {
            return String(group + 1)
        }
        guard let plan, plan.tables.count > 1 else { return nil }
        if let table = request.table, plan.table(number: table) != nil { return String(table) }
        return author.flatMap { plan.table(of: $0) }.map { String($0.number) }
    }

    /// The person at a kiosk sits at their table even when their note is anonymous.
    private static func authorForTable(_ request: NoteRequest) -> String? {
        if case .person(let id) = request.author { return id }
        return nil
    }

    private static func phaseIndex(_ target: PhaseTarget, state: SessionState) throws(SessionError) -> Int {
        let count = state.workshop.program.count
        switch target {
        case .next:
            guard state.position + 1 < count else {
                throw SessionError("the program is already at its last item (\(count))",
                                   danish: "programmet er allerede ved sidste punkt (\(count))")
            }
            return state.position + 1
        case .previous:
            guard state.position > 0 else {
                throw SessionError("the program is already at its first item", danish: "programmet er allerede ved første punkt")
            }
            return state.position - 1
        case .item(let index):
            try state.checkItem(index)
            if index == state.position {
                throw SessionError("the program is already at item \(index + 1)", danish: "programmet er allerede ved punkt \(index + 1)",
                                   alreadySo: true)
            }
            return index
        }
    }

    /// A cluster as one key point: its key point already, or its first note, worded as the
    /// cluster is named, with its other notes merged in.
    private static func keyPoint(from cluster: Cluster, state: SessionState) throws(SessionError) -> Event {
        let members = state.liveNotes(of: cluster).map(\.id)
        guard let head = members.first(where: { state.keyPoints[$0] != nil }) ?? members.first else {
            throw SessionError("the cluster '\(cluster.name)' has no notes left", danish: "klyngen '\(cluster.name)' har ingen noter tilbage")
        }
        let already = state.keyPoints[head]?.merged ?? []
        var merged = already
        for id in members where id != head && !already.contains(id) {
            if state.keyPoints[id] != nil {
                throw SessionError("notes \(head) and \(id) of the cluster are both key points; unmark one first",
                                   danish: "noterne \(head) og \(id) i klyngen er begge hovedpointer; fjern den ene først")
            }
            if let owner = state.keyPoint(merging: id) {
                throw SessionError("note \(id) is merged into the key point \(owner.note); take it out there first",
                                   danish: "note \(id) er flettet ind i hovedpointen \(owner.note); tag den ud der først")
            }
            merged.append(id)
        }
        return .keyPointMarked(note: head, text: wording(cluster.name, of: head, state: state), merged: merged)
    }

    /// nil when the wording is the note's own.
    private static func wording(_ text: String?, of note: String, state: SessionState) -> String? {
        guard let text, text != state.notes[note]?.text else { return nil }
        return text
    }
}
