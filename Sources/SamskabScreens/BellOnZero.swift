/// One bell when the current item's countdown reaches zero.
public struct BellOnZero: Sendable, Equatable {
    public init() {}

    private var rungFor: Int?
    private var lastRemaining: Int?
    private var lastItem: Int?

    public mutating func shouldRing(_ frame: ProjectorFrame) -> Bool {
        let item = frame.state.position, remaining = frame.remainingSeconds
        defer { lastRemaining = remaining; lastItem = item }
        guard lastItem == item, let before = lastRemaining, before >= 0, remaining < 0, rungFor != item else { return false }
        rungFor = item
        return true
    }
}
