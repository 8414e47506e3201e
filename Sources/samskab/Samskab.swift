import ArgumentParser

struct Samskab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samskab",
        abstract: "Run a co-creation workshop from a terminal: program, post-it notes and the day's summary.",
        discussion: """
            Workshop definitions live in Workshops/*.yaml (see docs/workshop-format.md).
            Exit status: 0 success, 1 bad input (such as an invalid definition), 2 wrong usage.
            """,
        subcommands: [
            Check.self, Start.self, ParticipantGroup.self, NoteGroup.self, Phase.self, TimerCommand.self,
            Undo.self, Redo.self, Status.self, Export.self, Render.self, Run.self, Join.self, KeyPointGroup.self, ActionGroup.self,
            GroupsCommand.self, PairsCommand.self, CommentGroup.self, PlusOneCommand.self, VotingGroup.self, VoteGroup.self, ClusterGroup.self,
            Serve.self,
        ]
    )

    /// With no command: the launcher.
    func run() throws {
        try Launcher.run()
    }
}
