import SamskabModel
import SamskabSession

/// Arriving on an item: the view starts afresh there.
extension ProjectorController {
    /// The program is on another item (by this projector or any other terminal): the board starts
    /// afresh, a discussion with tables opens on its plan, and the last item offers the day's
    /// key points and next steps.
    public static func itemChanged(view: inout ProjectorView, state: SessionState? = nil) {
        view.selectedNote = nil
        view.page = nil
        view.showPlan = true
        view.planPage = 0
        view.marked = []
        view.clusterMergeSource = nil
        view.showClosing = false
        if let state, state.position == state.workshop.program.count - 1 {
            offerClosing(view: &view, takesNotes: !state.currentItem.questions.isEmpty)
        }
    }

    /// The last item: a closing talk opens on the day's key points and next steps; an item with
    /// its own board (or tables) keeps it, and the message line says how to show them.
    static func offerClosing(view: inout ProjectorView, takesNotes: Bool) {
        let strings = Strings(view.language)
        guard !takesNotes else {
            view.message = strings.closingOfferedBeside
            return
        }
        view.showClosing = true
        view.closingPage = 0
        view.message = strings.closingOffered
    }
}
