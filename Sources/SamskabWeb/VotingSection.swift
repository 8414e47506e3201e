import Hummingbird
import Plot
import SamskabModel
import SamskabSession

/// Dot voting on the phone, as at the kiosk: while the current item's voting is open a named
/// person places and takes back dots (`note` + `dot=add|remove`); nobody's counts show until the
/// facilitator reveals them; once closed and revealed, the result, most votes first. Budget, cap
/// and openness are the engine's rules: the page asks and shows the answer.
struct VotingSection {
    var state: SessionState
    var device: Device
    var words: WebStrings
    /// The answer to this phone's last dot, shown beside its ballot (or atop the box).
    var flash: Device.Flash?

    var voting: Voting? { state.votings[state.position] }
    var voter: String? {
        if case .person(let id) = device.identity { return id }
        return nil
    }
    var showsResult: Bool { voting?.showsResult == true }
    var isShown: Bool { voting?.isOpen == true || showsResult }

    func render() -> Node<HTML.BodyContext> {
        guard let voting, isShown else { return .empty }
        let keyPoints = voting.target == .keyPoints
        let title = state.currentItem.title
        let counts = state.shownVoteCounts(item: state.position)
        let ballots = showsResult ? state.rankedBallots(item: state.position).map(\.id) : state.ballots(item: state.position)
        let own = ownDots(voting)
        let canVote = voting.isOpen && voter != nil
        return .section(
            .id("voting"), .class("voting"),
            .h2(.text(showsResult ? words.votingResultTitle(title) : words.votingTitle(title, keyPoints: keyPoints))),
            .if(voting.isOpen && voter == nil, .p(.class("notice"), .text(words.votingNeedsName))),
            .unwrap(canVote ? voter : nil) { voter in
                .p(.class("notice"), .text(words.dotsLeft(state.dotsLeft(voter: voter, item: state.position), of: voting.dots,
                                                          cap: voting.maxPerNote)))
            },
            .p(.class("small"), .text(showsResult ? words.votingClosedResult : counts == nil ? words.votingHidden : words.votingRevealed)),
            .if(flash.map { !ballots.contains($0.ballot ?? "") } ?? false, PageLayout.flash(flash)),
            .if(ballots.isEmpty, .p(.text(words.votingNothing))),
            .ul(.class("ballots"), .forEach(ballots) { ballot in
                item(ballot, own: own[ballot] ?? 0, counts: counts, canVote: canVote)
            })
        )
    }

    /// One ballot: its text, this person's dots, the counts once shown, the dot buttons.
    private func item(_ ballot: String, own: Int, counts: [String: Int]?, canVote: Bool) -> Node<HTML.ListContext> {
        .li(
            .id(Self.anchor(ballot)),
            .if(flash?.ballot == ballot, PageLayout.flash(flash)),
            .p(.class("text"), .if(state.clusters[ballot] != nil, .strong(.text(words.cluster + ": "))),
               .text(state.ballotText(ballot))),
            .p(.class("dots"),
               .if(own > 0, .span(.attribute(named: "aria-hidden", value: "true"),
                                  .text(String(repeating: "●", count: min(own, 20)) + " "))),
               .if(voter != nil, .text(words.yours(own))),
               .unwrap(counts) { counts in .strong(.text(" · " + words.votes(counts[ballot] ?? 0))) }),
            .if(canVote, form(ballot, own: own))
        )
    }

    /// The dot buttons, each offered only when it can be done: a dot left (and the cap not
    /// reached), a dot placed from this phone to take back. The engine decides either way.
    private func form(_ ballot: String, own: Int) -> Node<HTML.BodyContext> {
        let add: Node<HTML.ButtonContext> = mayAdd(ballot, own: own) ? .empty : .attribute(named: "disabled")
        let remove: Node<HTML.ButtonContext> = device.dots.contains(ballot) ? .empty : .attribute(named: "disabled")
        return .form(
            .method(.post), .action("/vote"), .class("vote"),
            PageLayout.token(device.token),
            PageLayout.hidden("note", ballot),
            .button(.type(.submit), .name("dot"), .value("add"), .text(words.addDot), add),
            .button(.type(.submit), .name("dot"), .value("remove"), .class("quiet"), .text(words.removeDot), remove)
        )
    }

    /// The ballot's place on the page (`/#ballot-n12`), where the answer to a dot lands.
    static func anchor(_ ballot: String) -> String {
        "ballot-" + (DeviceFile.isID(ballot) ? ballot : "")
    }

    /// Whether a dot may go on the ballot now: dots left, and fewer than the cap on it.
    func mayAdd(_ ballot: String, own: Int) -> Bool {
        guard let voter, let voting else { return false }
        if state.dotsLeft(voter: voter, item: state.position) <= 0 { return false }
        return voting.maxPerNote.map { own < $0 } ?? true
    }

    /// This person's own dots per ballot.
    func ownDots(_ voting: Voting) -> [String: Int] {
        guard let voter else { return [:] }
        var counts: [String: Int] = [:]
        for dot in state.liveDots(item: state.position) where dot.voter == voter {
            counts[state.ballot(of: dot.note, target: voting.target), default: 0] += 1
        }
        return counts
    }
}

extension WebApp {
    /// A dot placed or taken back, by the person this phone is.
    func vote(_ device: Device, _ form: FormBody) async -> Response {
        guard case .person(let voter) = device.identity else { return await flash(device, words.votingNeedsName) }
        guard let note = form["note"], note.utf8.count <= 24, let dot = form["dot"], dot == "add" || dot == "remove" else {
            return await flash(device, words.notFound)
        }
        let state = store.current()
        let command = Command.vote(note: note, voter: voter, item: state.position, adding: dot == "add")
        let answer: Device.Flash
        let saved: Bool
        switch await store.submit(command, by: .participant(id: voter, sitting: RoomPage.sitting(device)), danish: words.danish) {
        case .refused(let why):
            answer = Device.Flash(text: why, isError: true, ballot: note)
            saved = false
        case .saved:
            answer = Device.Flash(text: dot == "add" ? words.dotPlaced : words.dotTaken, isError: false, ballot: note)
            saved = true
        }
        await devices.update(device.id) { device in
            device.flash = answer
            guard saved else { return }
            if dot == "add" {
                device.dots.append(note)
            } else if let placed = device.dots.lastIndex(of: note) {
                device.dots.remove(at: placed)
            }
        }
        // Back to the ballot tapped, its answer beside it (not to the top of the page).
        return Self.redirect("/#" + VotingSection.anchor(note))
    }
}
