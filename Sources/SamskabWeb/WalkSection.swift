import Plot
import SamskabModel
import SamskabSession

/// The gallery walk on the phone, as at a station kiosk: in a round at the boards, the board the
/// person's pair stands at now (its notes by question, key points, +1s and comments), a +1 and a
/// comment for each note (and a comment on the whole board), and where the pair goes next. The
/// pair, the round and the route are the engine's; the page only looks them up.
struct WalkSection {
    var state: SessionState
    var device: Device
    var words: WebStrings
    var now: Timestamp
    var utcOffsetSeconds: Int

    /// Where a person is on the walk now.
    enum Place: Equatable {
        /// At a board: the pair (0-based group) and its table this round.
        case board(group: Int, table: Int)
        /// Writing without a name: no pair to speak for.
        case anonymous
        /// Marked absent: out of the pairs.
        case absent
        /// On the roster, present, but in no pair of this walk.
        case noPair
    }

    /// The current item's walk, in a round at the boards; nil otherwise (a reflection round, the
    /// walk over or without pairs: notes as usual).
    var moment: WalkMoment? {
        guard state.pairPlans[state.position] != nil, let moment = state.walkMoment(item: state.position, at: now),
              !moment.isReflection, !moment.isOver else { return nil }
        return moment
    }

    var place: Place? {
        guard let moment, let plan = state.pairPlans[state.position] else { return nil }
        guard case .person(let id) = device.identity else { return .anonymous }
        if state.participants[id]?.absent == true { return .absent }
        guard let group = plan.group(of: id), let table = plan.station(group: group, round: moment.round) else { return .noPair }
        return .board(group: group, table: table)
    }

    /// The section, and whether the note form belongs below it (for someone not at a board).
    func render() -> (section: Node<HTML.BodyContext>, takesNotes: Bool) {
        switch place {
        case nil:
            return (.empty, true)
        case .board(let group, let table):
            return (board(group: group, table: table), false)
        case .anonymous:
            return (.p(.class("aside"), .text(words.walkNeedsName)), true)
        case .noPair:
            return (.group(roundLine, .p(.class("aside"), .text(words.notInAPair))), true)
        case .absent:
            return (.group(
                .p(.class("aside"), .text(words.markedAbsent)),
                .form(.method(.post), .action("/me"), PageLayout.token(device.token),
                      PageLayout.hidden("person", personID ?? ""),
                      .button(.type(.submit), .text(words.imHere)))
            ), true)
        }
    }

    var personID: String? {
        if case .person(let id) = device.identity { return id }
        return nil
    }

    /// "Runde 2 af 6 · skifter kl. 10:35" (the time only while the clock runs).
    var roundLine: Node<HTML.BodyContext> {
        guard let moment else { return .empty }
        var text = words.round(moment.round + 1, of: moment.roundCount)
        if state.timer(item: state.position).isRunning {
            let shift = now.adding(seconds: moment.secondsLeftInRound).localClock(utcOffsetSeconds: utcOffsetSeconds)
            text += " · " + words.shiftsAt(shift.description)
        }
        return .p(.class("round"), .text(text))
    }

    func board(group: Int, table: Int) -> Node<HTML.BodyContext> {
        guard let gallery = state.gallery(item: state.position), let plan = state.pairPlans[state.position],
              let moment else { return .empty }
        let visited = gallery.visitsItem
        let names = plan.groups[safe: group]?.compactMap { state.participants[$0]?.name } ?? []
        let station = state.stationName(table, visited: visited)
        let notes = state.boardNotes(visited: visited, table: table)
        let questions = state.workshop.program[visited].questions
        let pair = PlusOneVoter(gallery: state.position, pair: group + 1)
        return .section(
            .id("walk"), .class("walk"),
            .p(.class("station"), .text(words.standAt(station))),
            roundLine,
            .p(.class("next"), .text(next(plan: plan, group: group, round: moment.round, visited: visited))),
            .p(.class("pair"), .text(words.pairLabel(group + 1, names))),
            .h2(.text(words.boardTitle(station, state.workshop.program[visited].title))),
            .div(.class("card whole"),
                 .p(.class("text"), .strong(.text(words.wholeBoard))),
                 Self.comments(state.comments(onBoard: visited, table: table), state: state),
                 .div(.class("actions"), .a(.href("/walk/comment?table=\(table)"), .text(words.commentWholeBoard)))),
            .if(notes.isEmpty, .p(.text(words.stationEmpty))),
            .forEach(Self.byQuestion(notes)) { question, notes in
                .group(
                    .h3(.text(question.flatMap { number in questions[safe: number - 1].map { "\(number). \($0)" } } ?? words.general)),
                    .ul(.class("board"), .forEach(notes) { note in self.card(note, pair: pair) })
                )
            }
        )
    }

    /// Notes in runs of the same question, in the board's order.
    static func byQuestion(_ notes: [Note]) -> [(Int?, [Note])] {
        var runs: [(Int?, [Note])] = []
        for note in notes {
            if let last = runs.last, last.0 == note.question {
                runs[runs.count - 1].1.append(note)
            } else {
                runs.append((note.question, [note]))
            }
        }
        return runs
    }

    func card(_ note: Note, pair: PlusOneVoter) -> Node<HTML.ListContext> {
        let keyPoint = state.keyPoints[note.id]
        let plusOnes = state.plusOnes[note.id] ?? []
        let given = plusOnes.contains { $0.gallery == pair.gallery && $0.pair == pair.pair }
        return .li(
            .id("note-" + Escape.attribute(note.id)), .class("card"),
            .p(.class("text"), .text(keyPoint?.text ?? note.text)),
            .if(keyPoint != nil || !plusOnes.isEmpty, .p(.class("marks"),
                .if(keyPoint != nil, .span(.text("◆ " + words.keyPoint))),
                .if(keyPoint != nil && !plusOnes.isEmpty, .text(" · ")),
                .if(!plusOnes.isEmpty, .span(.text(words.plusOnes(plusOnes.count)))))),
            Self.comments(state.comments(on: note.id), state: state),
            .div(.class("actions"),
                 .if(given, .span(.class("given"), .text(words.plusOneAlready)),
                     else: .form(.method(.post), .action("/walk/plus-one"),
                                 PageLayout.token(device.token),
                                 PageLayout.hidden("note", note.id),
                                 .button(.type(.submit), .text(words.givePlusOne)))),
                 .a(.href("/walk/comment?note=" + Escape.attribute(note.id)), .text(words.comment)))
        )
    }

    /// The comments, oldest first, each signed as the engine credits it (a pair: both names).
    static func comments(_ list: [GalleryComment], state: SessionState) -> Node<HTML.BodyContext> {
        let sorted = list.sorted { $0.sequence < $1.sequence }
        return .if(!sorted.isEmpty, .ul(.class("comments"), .forEach(sorted) { comment in
            .li(.text("— " + comment.text), .unwrap(state.authorName(of: comment)) { .span(.class("by"), .text(" (\($0))")) })
        }))
    }

    /// "Derefter: Bord 4", the reflection, or the last round.
    func next(plan: PairPlan, group: Int, round: Int, visited: Int) -> String {
        if let table = plan.station(group: group, round: round + 1) { return words.nextStation(state.stationName(table, visited: visited)) }
        return round + 1 < plan.visits.count ? words.nextReflection : words.nextEnd
    }
}

/// A pair as the engine credits a +1: the gallery item and the 1-based pair.
struct PlusOneVoter: Equatable {
    var gallery: Int
    var pair: Int
}
