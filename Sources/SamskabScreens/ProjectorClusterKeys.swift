import SamskabModel
import SamskabSession

/// Clusters and dot voting on the wall: `c` marks a note, `C` gathers the marked notes in a
/// cluster (or renames the selected note's), `o` takes a note out, `M` merges its cluster into
/// another chosen by pointing; `v` takes the voting one step on, `V` votes on the key points;
/// `A` shows the day's key points and next steps.
extension ProjectorController {
    /// nil: not a key of these; the usual keys take it.
    static func clusterAndVotingKeys(_ key: Key, view: inout ProjectorView, state: SessionState,
                                     size: (width: Int, height: Int)) -> [ProjectorEffect]? {
        let strings = Strings(view.language)
        if let effects = closingKeys(key, view: &view, state: state, size: size) { return effects }
        switch key {
        case .text("c"):
            guard let id = view.selectedNote, state.notes[id] != nil else {
                view.message = strings.noSelection
                return []
            }
            if let index = view.marked.firstIndex(of: id) { view.marked.remove(at: index) } else { view.marked.append(id) }
            if !view.marked.isEmpty { view.message = strings.markedCount(view.marked.count) }
            return []
        case .text("C"):
            if !view.marked.isEmpty {
                // Gathered where the selected note's cluster is, if it has one; else a new name.
                let home = view.selectedNote.flatMap { state.cluster(of: $0) }
                view.input = InputField(purpose: .clusterName(notes: view.marked), text: home?.name ?? "")
                return []
            }
            guard let id = view.selectedNote, state.notes[id] != nil else {
                view.message = strings.noSelection
                return []
            }
            if let cluster = state.cluster(of: id) {
                view.input = InputField(purpose: .clusterRename(cluster: cluster.id), text: cluster.name)
            } else {
                view.input = InputField(purpose: .clusterName(notes: [id]))
            }
            return []
        case .text("o"):
            guard let id = view.selectedNote else {
                view.message = strings.noSelection
                return []
            }
            return [.submit(.uncluster(note: id))]
        case .text("M"):
            guard let id = view.selectedNote else {
                view.message = strings.noSelection
                return []
            }
            guard let cluster = state.cluster(of: id) else {
                view.message = strings.notInCluster
                return []
            }
            view.clusterMergeSource = cluster.id
            view.message = strings.chooseClusterTarget
            return []
        case .text("v"):
            return votingStep(view: &view, state: state, strings: strings)
        case .text("V"):
            view.showClosing = true
            view.closingPage = 0
            if state.keyPoints.isEmpty {
                view.message = strings.noKeyPointsToVoteOn
                return []
            }
            return [.submit(.openVoting(item: nil, on: .keyPoints, dots: nil, maxPerNote: nil))]
        default:
            return nil
        }
    }

    /// `v`: none → open on the notes; open → closed; closed → revealed.
    private static func votingStep(view: inout ProjectorView, state: SessionState, strings: Strings) -> [ProjectorEffect] {
        guard let voting = state.votings[state.position] else {
            if state.currentItem.questions.isEmpty || state.visibleNotes(item: state.position).isEmpty {
                view.message = strings.votingNothingToVoteOn
                return []
            }
            return [.submit(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil))]
        }
        if voting.isOpen { return [.submit(.closeVoting(item: nil))] }
        if !voting.revealed { return [.submit(.revealVoting(item: nil))] }
        view.message = strings.votingAlreadyShown
        return []
    }

    /// While a cluster merge is being pointed at: arrows choose, Enter merges, Esc cancels.
    static func clusterMergeKeys(_ key: Key, source: String, view: inout ProjectorView, state: SessionState,
                                 size: (width: Int, height: Int), now: Timestamp) -> [ProjectorEffect] {
        switch key {
        case .enter:
            view.clusterMergeSource = nil
            view.message = nil
            guard let id = view.selectedNote, let target = state.cluster(of: id), target.id != source else {
                view.message = Strings(view.language).notInCluster
                return []
            }
            return [.submit(.mergeClusters(cluster: source, into: target.id))]
        case .escape:
            view.clusterMergeSource = nil
            view.message = nil
            return []
        case .up, .down, .left, .right:
            select(key, view: &view, state: state, size: size, now: now)
            return []
        default:
            return []
        }
    }

    /// The closing view's own keys while it is shown, and `A` anywhere.
    private static func closingKeys(_ key: Key, view: inout ProjectorView, state: SessionState,
                                    size: (width: Int, height: Int)) -> [ProjectorEffect]? {
        if key == .text("A") {
            view.showClosing.toggle()
            view.closingPage = 0
            if view.showClosing { view.showNextSteps = false }
            return []
        }
        guard ClosingScreen.isShown(view) else { return nil }
        switch key {
        case .escape:
            view.showClosing = false
            return []
        case .pageUp, .pageDown:
            let pages = ClosingScreen.pageCount(state, view: view, size: size)
            let page = min(view.closingPage, pages - 1)
            view.closingPage = key == .pageUp ? max(0, page - 1) : min(pages - 1, page + 1)
            return []
        case .up, .down, .left, .right, .text("s"), .text("e"), .text("d"), .delete, .text("k"), .text("K"),
             .text("m"), .text("/"), .text("b"), .text("c"), .text("C"), .text("o"), .text("M"), .text("g"), .text("N"):
            // Keys that work on the notes (or another view) leave the closing view first.
            view.showClosing = false
            return nil
        default:
            return nil
        }
    }
}
