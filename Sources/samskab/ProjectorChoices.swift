import SamskabFiles
import SamskabScreens
import SamskabSession

/// The projector's choices that must survive a crash, and its claim on the wall, as the view
/// sees them (the files are SamskabFiles' `projector.json` and `projector.lock`).
enum ProjectorChoices {
    /// Applies what was saved: names stay hidden unless a saved choice says to show them (an
    /// unreadable file hides them); the board by table if it was so; the view that was open; the
    /// selected note, while it is still on the board. Each item's arrangement by table is its own.
    static func load(into view: inout ProjectorView, from folder: SessionFolder) {
        if let show = folder.projectorShowsAuthors, !show { view.showAuthors = false }
        view.tableItems = Set(folder.projectorTableItems(current: folder.state.position))
        guard let shown = folder.projectorView.flatMap(ProjectorChoiceSet.Shown.init(rawValue:)) else {
            // Nothing saved about the view (a first start): a discussion with tables or a walk
            // with pairs opens on its plan, as when the program lands on it.
            let state = folder.state
            view.showPlan = state.tablePlans[state.position] != nil || state.pairPlans[state.position] != nil
            return
        }
        var saved = ProjectorChoiceSet(view)
        saved.selectedNote = folder.projectorSelectedNote
        saved.shown = shown
        saved.apply(to: &view, state: folder.state)
    }

    /// Saves the choices durably; says so on the wall if it cannot.
    static func save(_ view: inout ProjectorView, to folder: SessionFolder) {
        let choices = ProjectorChoiceSet(view)
        do {
            try folder.saveProjectorChoices(showAuthors: choices.showAuthors, tableItems: choices.tableItems,
                                            selectedNote: choices.selectedNote, view: choices.shown.rawValue)
        } catch {
            view.message = view.language == .danish
                ? "Valget kunne ikke gemmes (\(error.description)); det gælder til programmet lukkes"
                : "The choice could not be saved (\(error.description)); it holds until the program ends"
        }
    }

    /// Claims the wall; a second projector says which process has it.
    static func claim(_ folder: SessionFolder, danish: Bool) -> String? {
        guard let pid = folder.claimProjector() else { return nil }
        return danish ? "Et andet projektorvindue (proces \(pid)) viser allerede denne session"
                      : "Another projector (process \(pid)) already shows this session"
    }
}
