import SamskabModel
import SamskabSession

/// Clusters and dot voting on the wall: `c` marks a note, `C` gathers the marked notes in a
/// cluster (or renames the selected note's), `o` takes a note out, `M` merges its cluster into
/// another chosen by pointing; `v` takes the voting one step on.
extension ProjectorController {
    static func clusterAction(_ action: ProjectorAction, view: inout ProjectorView, state: SessionState,
                              strings: Strings) -> [ProjectorEffect] {
        if action == .gather, !view.marked.isEmpty {
            // Gathered where the selected note's cluster is, if it has one; else a new name.
            let home = view.selectedNote.flatMap { state.cluster(of: $0) }
            view.input = InputField(purpose: .clusterName(notes: view.marked), text: home?.name ?? "")
            return []
        }
        guard let id = view.selectedNote, action == .takeOutOfCluster || action == .mergeClusters || state.notes[id] != nil else {
            view.message = strings.noSelection
            return []
        }
        switch action {
        case .mark:
            if let index = view.marked.firstIndex(of: id) { view.marked.remove(at: index) } else { view.marked.append(id) }
            if !view.marked.isEmpty { view.message = strings.markedCount(view.marked.count) }
        case .gather:
            if let cluster = state.cluster(of: id) {
                view.input = InputField(purpose: .clusterRename(cluster: cluster.id), text: cluster.name)
            } else {
                view.input = InputField(purpose: .clusterName(notes: [id]))
            }
        case .takeOutOfCluster:
            return [.submit(.uncluster(note: id))]
        default:
            guard let cluster = state.cluster(of: id) else {
                view.message = strings.notInCluster
                return []
            }
            view.clusterMergeSource = cluster.id
            view.message = strings.chooseClusterTarget
        }
        return []
    }

    /// `v`: none → open on the notes; open → closed; closed → revealed. Which step `v` asks for
    /// is the wall's; whether it can be taken (something to vote on, not already shown) is the
    /// engine's, whose refusal the wall says.
    static func votingStep(state: SessionState) -> [ProjectorEffect] {
        guard let voting = state.votings[state.position] else {
            return [.submit(.openVoting(item: nil, on: .notes, dots: nil, maxPerNote: nil))]
        }
        return [.submit(voting.isOpen ? .closeVoting(item: nil) : .revealVoting(item: nil))]
    }
}
