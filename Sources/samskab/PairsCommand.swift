import ArgumentParser
import Foundation
import SamskabFiles
import SamskabModel
import SamskabSession

/// `samskab pairs`: the fernisering's pairs and their route over the visited discussion's boards.
struct PairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "The gallery walk (fernisering): pairs across departments and their route.",
        subcommands: [Show.self, Join.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the pairs and route of a gallery walk, making them first if there are none.",
            discussion: """
                Everyone present walks with someone from another department (a trio takes the odd one out), \
                preferably someone they did not sit with in the visited discussion. The stations are that \
                discussion's tables; each round every pair is at one, no pair sees a board twice, a pair sees \
                its own table's board only once it has seen every other, and no board gets more than its \
                share unless that spares a pair its own board. Rounds: the item's minutes ÷ station_minutes; \
                rounds beyond the boards a pair can usefully see are for the reflection question. \
                Drawn from a seed recorded in the journal; --reshuffle draws anew (undo with 'samskab undo').
                """
        )

        @OptionGroup var sessionArgument: SessionArgument

        @Option(help: ArgumentHelp("The gallery item, counted from 1 (default: the current item).", valueName: "n"))
        var item: Int?

        @Flag(help: "Draw new pairs even if the walk has them.")
        var reshuffle = false

        @Flag(help: "Print as JSON: {\"pairs\": [[{\"name\", \"department\"}]], \"rounds\": [[{\"pair\", \"station\"}]]}.")
        var json = false

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let index = try SessionAccess.item(item, as: .walk, in: folder.state)
            if reshuffle || folder.state.pairPlans[index] == nil {
                _ = try SessionAccess.submit(folder, .planPairs(item: index, reshuffle: reshuffle), name: "pairs")
            }
            let state = folder.state
            guard let plan = state.pairPlans[index] else { throw CommandFailure("item \(index + 1) has no pairs") }
            try Output.raw(json ? PairPlanText.json(plan, item: index, state: state) : PairPlanText.render(plan, item: index, state: state))
        }
    }

    struct Join: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "join",
            abstract: "A late arrival joins the pair that suits them best (another department, another table), making a trio.",
            discussion: "Undo with 'samskab undo'."
        )

        @OptionGroup var sessionArgument: SessionArgument

        @Argument(help: ArgumentHelp("The person: a name or an id (r3, p14).", valueName: "name"))
        var person: String

        @Option(help: ArgumentHelp("The gallery item, counted from 1 (default: the current item).", valueName: "n"))
        var item: Int?

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let index = try SessionAccess.item(item, as: .walk, in: folder.state)
            let found = try SessionAccess.person(person, in: folder.state)
            let record = try SessionAccess.submit(folder, .joinPair(participant: found.id, item: index), name: "pairs-join")
            let pair = record.event.as(PairJoined.self)?.pair ?? 0
            let others = folder.state.pairPlans[index]?.groups[safe: pair - 1]?.filter { $0 != found.id }
                .compactMap { folder.state.participants[$0]?.name } ?? []
            try Output.line("\(found.name) walks with pair \(pair): \(others.joined(separator: ", "))")
        }
    }
}

/// The walk for a terminal and as JSON (product brief: `pairs --json`).
enum PairPlanText {
    static func render(_ plan: PairPlan, item: Int, state: SessionState) -> String {
        let title = state.workshop.program[item].title
        let minutes = state.gallery(item: item)?.stationMinutes ?? 0
        let reflection = plan.visits.count - plan.visitingRounds
        var lines = ["\(title): \(plan.groups.filter { !$0.isEmpty }.count) pairs, \(plan.visits.count) rounds of \(minutes) minutes"
                     + (reflection > 0 ? " (\(plan.visitingRounds) at the boards, then \(reflection) for the reflection)" : "")]
        for (index, group) in plan.groups.enumerated() where !group.isEmpty {
            lines.append("")
            lines.append("Pair \(index + 1): " + group.map { name(of: $0, state: state) }.joined(separator: " + "))
            let route = plan.visits.indices.map { round in
                plan.station(group: index, round: round).map { stationName($0, item: item, state: state) } ?? "reflection"
            }
            lines.append("  " + route.joined(separator: " → "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"pairs": [[{"department", "name"}]], "rounds": [[{"pair", "station"}]]}`; a pair counted
    /// from 0, a round's station null where the pair reflects instead of visiting a board.
    struct WalkJSON: Encodable {
        struct Walker: Encodable {
            var name: String
            @NullWhenAbsent var department: String?
        }

        struct Visit: Encodable {
            var pair: Int
            @NullWhenAbsent var station: String?
        }

        var pairs: [[Walker]]
        var rounds: [[Visit]]
    }

    static func json(_ plan: PairPlan, item: Int, state: SessionState) throws -> String {
        let pairs = plan.groups.map { group in
            group.map { WalkJSON.Walker(name: state.participants[$0]?.name ?? $0, department: state.participants[$0]?.department) }
        }
        let rounds = plan.visits.indices.map { round in
            plan.groups.indices.map { group in
                WalkJSON.Visit(pair: group, station: plan.station(group: group, round: round).map { stationName($0, item: item, state: state) })
            }
        }
        return try JSONOutput.pretty(WalkJSON(pairs: pairs, rounds: rounds))
    }

    static func name(of id: String, state: SessionState) -> String {
        guard let person = state.participants[id] else { return id }
        return person.name + (person.department.map { " (\($0))" } ?? "")
    }

    static func stationName(_ table: Int, item: Int, state: SessionState) -> String {
        guard let visited = state.gallery(item: item)?.visitsItem else { return String(table) }
        return state.stationName(table, visited: visited)
    }
}
