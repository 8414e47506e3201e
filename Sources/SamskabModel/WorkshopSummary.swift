/// The figures `samskab check` reports for a clean definition, and planned clock times.
public struct WorkshopSummary: Sendable, Equatable {
    public var items: Int
    public var discussions: Int
    public var questions: Int
    public var totalMinutes: Int
    public var start: ClockTime?

    public init(_ workshop: Workshop) {
        items = workshop.program.count
        discussions = workshop.program.filter { $0.kind == .discussion }.count
        questions = workshop.program.reduce(0) { count, item in
            if case .discussion(let discussion) = item.content { count + discussion.questions.count } else { count }
        }
        totalMinutes = workshop.program.reduce(0) { $0 + $1.minutes }
        start = workshop.start
    }

    /// `14 items, 3 discussions, 10 questions, 6 h 15 min (09:00–15:15)`
    public var description: String {
        var parts = [
            Self.count(items, "item"), Self.count(discussions, "discussion"), Self.count(questions, "question"),
            DurationText.describe(minutes: totalMinutes),
        ].joined(separator: ", ")
        if let start { parts += " (\(start)–\(start.adding(minutes: totalMinutes)))" }
        return parts
    }

    private static func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
}

extension Workshop {
    /// The planned start of each item, when the workshop has a start time.
    public var plannedStarts: [ClockTime]? {
        guard let start else { return nil }
        var clock = start
        return program.map { item in
            defer { clock = clock.adding(minutes: item.minutes) }
            return clock
        }
    }
}
