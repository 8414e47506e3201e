extension SessionState {
    /// Seconds from `now` until the next item that takes notes starts, as things stand: what is
    /// left of the current item's countdown, then the planned minutes of the items in between.
    /// Nil when no later item takes notes. What a talk or a break says ("notes open again at").
    public func secondsUntilNotesOpen(at now: Timestamp) -> Double? {
        let program = workshop.program
        guard let next = program.indices.first(where: { $0 > position && !program[$0].questions.isEmpty }) else { return nil }
        var seconds = max(0, remainingSeconds(item: position, at: now))
        for index in (position + 1)..<next { seconds += Double(program[index].minutes) * 60 }
        return seconds
    }
}
