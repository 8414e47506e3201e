import SamskabModel
import SamskabSession

/// Dot voting at one kiosk, as the person at it follows it: whether the voting list has the keys
/// (rather than the note editor), and the ballot chosen with ↑↓.
public struct VotingVisit: Sendable, Equatable {
    /// The voting list is on screen and takes the keys.
    public var active = false
    /// The ballot chosen (index in `KioskVoting.ballots`).
    public var selected = 0
    /// The open voting has been put in front of this person once (so Tab can leave it).
    public var offered = false

    public init() {}
}

/// The voting as a kiosk reads it from the engine's state; nothing here decides. Budget, cap and
/// whether the voting is open are the engine's rules: the kiosk asks and shows the answer.
enum KioskVoting {
    /// The current item's voting.
    static func voting(_ state: SessionState) -> Voting? { state.votings[state.position] }

    /// The person who votes at the kiosk: a named participant only.
    static func voter(_ view: KioskView) -> String? { view.identity?.participant }

    /// The voting is open at the current item and the person at the kiosk may vote in it.
    static func canVote(_ view: KioskView, state: SessionState) -> Bool {
        voting(state)?.isOpen == true && voter(view) != nil
    }

    /// The votes are out and the voting is over: anyone may look at the result.
    static func showsResult(_ state: SessionState) -> Bool {
        voting(state)?.showsResult == true
    }

    /// The list (to vote, or the result) can be reached with Tab.
    static func isAvailable(_ view: KioskView, state: SessionState) -> Bool {
        canVote(view, state: state) || showsResult(state)
    }

    /// The voting list is what the person sees now.
    static func isShown(_ view: KioskView, state: SessionState) -> Bool {
        view.stage == .writing && view.vote.active && isAvailable(view, state: state)
    }

    /// The anonymous person at a kiosk while a voting is open: they cannot vote, and are told how to.
    static func anonymousAtOpenVoting(_ view: KioskView, state: SessionState) -> Bool {
        view.stage == .writing && view.identity != nil && voter(view) == nil && voting(state)?.isOpen == true
    }

    /// What can be voted on, in board order; when the result is shown, most votes first.
    static func ballots(_ state: SessionState) -> [String] {
        if showsResult(state) { return state.rankedBallots(item: state.position).map(\.id) }
        return state.ballots(item: state.position)
    }

    /// The person's own dots per ballot.
    static func ownDots(_ view: KioskView, state: SessionState) -> [String: Int] {
        guard let voter = voter(view), let voting = voting(state) else { return [:] }
        var counts: [String: Int] = [:]
        for dot in state.liveDots(item: state.position) where dot.voter == voter {
            counts[state.ballot(of: dot.note, target: voting.target), default: 0] += 1
        }
        return counts
    }

    /// Total votes per ballot, only once the facilitator has revealed them.
    static func revealedCounts(_ state: SessionState) -> [String: Int]? {
        state.shownVoteCounts(item: state.position)
    }
}

extension KioskController {
    /// Called every frame (from `followRoom`): an open voting is put in front of a named person
    /// once, unless they are in the middle of a note; a voting that closes sends them back to
    /// writing with a line that says so.
    static func followVoting(view: inout KioskView, state: SessionState) {
        let open = KioskVoting.voting(state)?.isOpen == true
        if !open {
            view.vote.offered = false
            if view.vote.active && !KioskVoting.showsResult(state) {
                view.vote.active = false
                view.vote.selected = 0
                if KioskVoting.voting(state) != nil { view.message = Strings(view.language).kioskVotingClosed }
            }
            return
        }
        guard view.stage == .writing, KioskVoting.voter(view) != nil, !view.vote.offered else { return }
        view.vote.offered = true
        if view.draft.text.isEmpty, view.editing == nil, view.focus == .editor, view.confirmWithdraw == nil {
            view.vote.active = true
            view.vote.selected = 0
        }
    }

    /// Tab from the note editor: to the voting list when there is one.
    static func tabToVoting(view: inout KioskView, state: SessionState) -> Bool {
        guard KioskVoting.isAvailable(view, state: state) else {
            if KioskVoting.anonymousAtOpenVoting(view, state: state), KioskController.ownNotes(view, state: state).isEmpty {
                view.message = Strings(view.language).kioskVotingNeedsName
                return true
            }
            return false
        }
        view.vote.active = true
        view.vote.offered = true
        view.vote.selected = 0
        return true
    }

    /// The voting list's keys: ↑↓ choose, Enter or + places a dot, - or Backspace takes one back,
    /// Tab goes back to writing, Esc hands the kiosk to the next person.
    static func voting(_ key: Key, view: inout KioskView, state: SessionState) -> [KioskEffect] {
        let ballots = KioskVoting.ballots(state)
        let selected = min(view.vote.selected, max(0, ballots.count - 1))
        switch key {
        case .up: view.vote.selected = max(0, selected - 1)
        case .down: view.vote.selected = min(max(0, ballots.count - 1), selected + 1)
        case .pageUp: view.vote.selected = max(0, selected - 5)
        case .pageDown: view.vote.selected = min(max(0, ballots.count - 1), selected + 5)
        case .home: view.vote.selected = 0
        case .end: view.vote.selected = max(0, ballots.count - 1)
        case .tab:
            // At a closing talk there are no notes to write: the voting stays.
            guard !state.currentItem.questions.isEmpty else { return [] }
            view.vote.active = false
            // Tab goes round: the editor, the voting, your own notes, the editor.
            let own = ownNotes(view, state: state)
            view.focus = own.isEmpty ? .editor : .ownNotes(own.count - 1)
        case .escape:
            // A note in the making is not lost: back to it; otherwise the next person.
            if view.draft.text.isEmpty && view.editing == nil {
                view.reset()
            } else {
                view.vote.active = false
                view.focus = .editor
            }
        case .enter, .text("+"), .text("-"), .backspace, .delete:
            let adding = key == .enter || key == .text("+")
            guard !KioskVoting.showsResult(state) else {
                view.message = Strings(view.language).kioskVotingClosed
                return []
            }
            guard let voter = KioskVoting.voter(view), let ballot = ballots[safe: selected] else { return [] }
            return [.submit(.vote(note: ballot, voter: voter, item: state.position, adding: adding))]
        default:
            break
        }
        return []
    }

    /// The engine's answer to a dot placed or taken back.
    static func receiveVote(_ record: EventRecord, view: inout KioskView) -> Bool {
        guard let cast = record.event.as(VoteCast.self) else { return false }
        // What this sitting may take back.
        if cast.added {
            view.dotsPlaced.append(cast.note)
        } else if let index = view.dotsPlaced.firstIndex(of: cast.note) {
            view.dotsPlaced.remove(at: index)
        }
        view.message = cast.added ? Strings(view.language).kioskVotingDotPlaced : Strings(view.language).kioskVotingDotTaken
        return true
    }
}
