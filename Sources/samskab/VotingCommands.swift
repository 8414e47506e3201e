import ArgumentParser
import SamskabFiles
import SamskabSession

/// `samskab voting open|close|reveal`: the facilitator's side of dot voting.
struct VotingGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voting",
        abstract: "Dot voting on an item's notes or the day's key points.",
        subcommands: [Show.self, Open.self, Close.self, Reveal.self],
        defaultSubcommand: Show.self
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "The voting's settings and turnout; once revealed, its ballots in vote order.")

        @OptionGroup var sessionArgument: SessionArgument

        @Option(help: ArgumentHelp("The item, counted from 1 (default: the current item).", valueName: "n"))
        var item: Int?

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let state = folder.state
            let index = try SessionAccess.item(item, as: .any, in: state)
            guard let voting = state.votings[index] else { throw CommandFailure("there is no voting at item \(index + 1)") }
            let dots = state.liveDots(item: index)
            try Output.line("voting at item \(index + 1) on \(voting.target == .notes ? "its notes" : "the day's key points"): "
                            + (voting.isOpen ? "open" : "closed") + "; \(voting.dots) dots each"
                            + (voting.maxPerNote.map { ", at most \($0) on one note" } ?? "")
                            + "; \(dots.count) placed by \(state.voterCount(item: index))")
            try VotingGroup.printRanking(state, item: index)
        }
    }

    /// The ballots most votes first (ties in board order), or that the counts are still hidden.
    static func printRanking(_ state: SessionState, item: Int) throws {
        guard let ranking = state.shownRanking(item: item) else {
            try Output.line("the counts are hidden until 'samskab voting reveal'")
            return
        }
        for (id, count) in ranking {
            try Output.line("\(count)  \(id)  \(state.ballotText(id).split(separator: "\n").joined(separator: " "))")
        }
    }

    enum Target: String, ExpressibleByArgument, CaseIterable {
        case notes
        case keyPoints = "key-points"

        var target: Voting.Target { self == .notes ? .notes : .keyPoints }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open",
            abstract: "Open dot voting (again: reopen it, keeping the dots placed).",
            discussion: "Each participant gets --dots (default: the opsamling's 'dots', else 3), at most --max-per-note on one note. Counts stay hidden until 'reveal'. Undo with 'samskab undo'."
        )

        @OptionGroup var sessionArgument: SessionArgument

        @Option(help: ArgumentHelp("The item, counted from 1 (default: the current item).", valueName: "n"))
        var item: Int?

        @Option(help: "What is voted on.")
        var on: Target = .notes

        @Option(help: ArgumentHelp("Dots each participant may place.", valueName: "d"))
        var dots: Int?

        @Option(help: ArgumentHelp("The most dots one participant may put on one note.", valueName: "m"))
        var maxPerNote: Int?

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let index = try SessionAccess.item(item, as: .any, in: folder.state)
            _ = try SessionAccess.submit(folder, .openVoting(item: index, on: on.target, dots: dots, maxPerNote: maxPerNote), name: "voting-open")
            let voting = folder.state.votings[index]
            try Output.line("voting open at item \(index + 1): \(voting?.dots ?? 0) dots each"
                            + (voting?.maxPerNote.map { ", at most \($0) on one note" } ?? ""))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "close", abstract: "Close the voting: no more dots.")

        @OptionGroup var sessionArgument: SessionArgument

        @Option(help: ArgumentHelp("The item, counted from 1 (default: the current item).", valueName: "n"))
        var item: Int?

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let index = try SessionAccess.item(item, as: .any, in: folder.state)
            _ = try SessionAccess.submit(folder, .closeVoting(item: index), name: "voting-close")
            try Output.line("voting closed at item \(index + 1)")
        }
    }

    struct Reveal: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reveal", abstract: "Show the counts, notes ordered by votes.")

        @OptionGroup var sessionArgument: SessionArgument

        @Option(help: ArgumentHelp("The item, counted from 1 (default: the current item).", valueName: "n"))
        var item: Int?

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let index = try SessionAccess.item(item, as: .any, in: folder.state)
            _ = try SessionAccess.submit(folder, .revealVoting(item: index), name: "voting-reveal")
            try VotingGroup.printRanking(folder.state, item: index)
        }
    }
}

/// `samskab vote add|remove DIR NOTE --voter NAME`: a participant's dot, for scripts.
struct VoteGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: "Place or take back a participant's dot.",
        subcommands: [Add.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Place a dot on a note (or a key point's note).")
        @OptionGroup var sessionArgument: SessionArgument
        @Argument(help: ArgumentHelp("The note's id.", valueName: "note-id")) var note: String
        @Option(help: "Who votes: a name or an id.") var voter: String
        @Option(help: ArgumentHelp("The voting's item, counted from 1.", valueName: "n")) var item: Int?

        func run() throws { try VoteGroup.cast(sessionArgument.session, note: note, voter: voter, item: item, adding: true) }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Take a dot back while the voting is open.")
        @OptionGroup var sessionArgument: SessionArgument
        @Argument(help: ArgumentHelp("The note's id.", valueName: "note-id")) var note: String
        @Option(help: "Who votes: a name or an id.") var voter: String
        @Option(help: ArgumentHelp("The voting's item, counted from 1.", valueName: "n")) var item: Int?

        func run() throws { try VoteGroup.cast(sessionArgument.session, note: note, voter: voter, item: item, adding: false) }
    }

    static func cast(_ session: String, note: String, voter: String, item: Int?, adding: Bool) throws {
        let folder = try SessionAccess.open(session)
        let person = try SessionAccess.person(voter, in: folder.state)
        let index = try item.map { given in try SessionAccess.item(given, as: .any, in: folder.state) }
        let record = try SessionAccess.submit(folder, .vote(note: note, voter: person.id, item: index, adding: adding),
                                              by: .participant(id: person.id), name: adding ? "vote-add" : "vote-remove")
        let at = record.event.as(VoteCast.self)?.item ?? 0
        let left = folder.state.dotsLeft(voter: person.id, item: at)
        try Output.line("\(person.name): \(left) \(left == 1 ? "dot" : "dots") left")
    }
}
