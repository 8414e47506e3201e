import SamskabModel
import SamskabSession

/// `N`: the day's next steps on the wall, and the keys while they are shown.
extension ProjectorController {
    /// nil: not a key of these; the usual keys take it.
    static func nextStepsKeys(_ key: Key, view: inout ProjectorView, state: SessionState,
                              size: (width: Int, height: Int)) -> [ProjectorEffect]? {
        if key == .text("N") {
            view.showNextSteps.toggle()
            view.nextStepsPage = 0
            return []
        }
        guard NextStepsScreen.isShown(view) else { return nil }
        switch key {
        case .escape:
            view.showNextSteps = false
            return []
        case .pageUp, .pageDown:
            let pages = NextStepsScreen.pageCount(state, view: view, size: size)
            let page = min(view.nextStepsPage, pages - 1)
            view.nextStepsPage = key == .pageUp ? max(0, page - 1) : min(pages - 1, page + 1)
            return []
        case .text("g"):
            // Back to the plan where it was open under the next steps; else `g` as usual.
            view.showNextSteps = false
            let planShown = TablePlanScreen.shownPlan(state, view: view) != nil || WalkScreen.isShown(state, view: view)
            return planShown ? [] : nil
        case .up, .down, .left, .right, .text("s"), .text("e"), .text("d"), .delete, .text("k"), .text("K"),
             .text("m"), .text("/"), .text("b"):
            // Keys that work on the notes show the board first, then do what they do there.
            view.showNextSteps = false
            return nil
        default:
            // The rest (the program, the timer, `t` for one more step …) keep the next steps shown.
            return nil
        }
    }
}
