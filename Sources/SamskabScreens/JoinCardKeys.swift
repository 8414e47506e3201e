/// `J`: the join card on the wall, and the keys while it is shown.
extension ProjectorController {
    /// nil: not a key of these; the usual keys take it.
    static func joinCardKeys(_ key: Key, view: inout ProjectorView) -> [ProjectorEffect]? {
        if key == .text("J") {
            view.showJoin.toggle()
            return []
        }
        guard view.showJoin else { return nil }
        switch key {
        case .escape:
            view.showJoin = false
            return []
        case .up, .down, .left, .right, .text("s"), .text("e"), .text("d"), .delete, .text("k"), .text("K"), .text("m"),
             .text("/"), .text("b"), .text("g"), .text("N"), .text("A"), .text("f"), .pageUp, .pageDown:
            // Keys of the other views show them first (the card closes), then do what they do there.
            view.showJoin = false
            return nil
        default:
            // The program, the timer, help and quit keep the card shown.
            return nil
        }
    }
}
