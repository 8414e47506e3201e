import ArgumentParser
import SamskabSession

/// `samskab cluster`: similar notes put together under a name, for scripts (the projector does
/// the same with `c` and `C`).
struct ClusterGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Put similar notes together in named clusters.",
        discussion: "A cluster is given by its id (k12), a note in it (n5) or its name. A note is in at most one cluster. Undo with 'samskab undo'.",
        subcommands: [List.self, Add.self, Remove.self, Rename.self, Merge.self, KeyPoint.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the clusters with their notes (and votes, once shown).")
        @OptionGroup var sessionArgument: SessionArgument

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let state = folder.state
            if state.clusters.isEmpty { try Output.line("no clusters yet") }
            for cluster in state.clusters.values {
                let votes = state.shownVoteCounts(item: cluster.item).map { $0[cluster.id] ?? 0 }
                try Output.line("\(cluster.id)  item \(cluster.item + 1)  \(cluster.name)" + (votes.map { "  (\($0) \($0 == 1 ? "vote" : "votes"))" } ?? ""))
                for note in state.liveNotes(of: cluster) {
                    try Output.line("    \(note.id)  \(note.text.split(separator: "\n").joined(separator: " "))")
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Put notes in the cluster of this name (made if the item has none by that name).")
        @OptionGroup var sessionArgument: SessionArgument
        @Argument(help: "The cluster's name.") var name: String
        @Argument(help: ArgumentHelp("The notes, by id.", valueName: "note-id")) var notes: [String]

        func validate() throws {
            if notes.isEmpty { throw ValidationError("name at least one note, e.g. 'samskab cluster add DIR Tillid n12 n15'") }
        }

        func run() throws {
            let clean = try CommandFailure.wrap { () throws(SessionError) in try RawArguments.checked(name, what: "the cluster's name") }
            let folder = try SessionAccess.open(sessionArgument.session)
            let record = try SessionAccess.submit(folder, .cluster(notes: notes, name: clean), name: "cluster")
            let id = record.event.as(ClusterJoined.self)?.cluster ?? SessionState.clusterID(sequence: record.sequence)
            try ClusterGroup.describe(id, in: folder.state)
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Take a note out of its cluster.")
        @OptionGroup var sessionArgument: SessionArgument
        @Argument(help: ArgumentHelp("The note.", valueName: "note-id")) var note: String

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let record = try SessionAccess.submit(folder, .uncluster(note: note), name: "cluster")
            let id = record.event.as(ClusterLeft.self)?.cluster ?? ""
            try Output.line("note \(note) taken out" + (folder.state.clusters[id] == nil ? "; the cluster is gone" : ""))
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rename", abstract: "Give a cluster a new name.")
        @OptionGroup var sessionArgument: SessionArgument
        @Argument(help: "The cluster: id, a note in it, or its name.") var cluster: String
        @Argument(help: "Its new name.") var name: String

        func run() throws {
            let clean = try CommandFailure.wrap { () throws(SessionError) in try RawArguments.checked(name, what: "the cluster's name") }
            let folder = try SessionAccess.open(sessionArgument.session)
            let record = try SessionAccess.submit(folder, .renameCluster(cluster: cluster, name: clean), name: "cluster")
            try ClusterGroup.describe(record.event.as(ClusterRenamed.self)?.cluster ?? "", in: folder.state)
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "merge", abstract: "Put one cluster's notes into another (which keeps its name).")
        @OptionGroup var sessionArgument: SessionArgument
        @Argument(help: "The cluster that goes.") var cluster: String
        @Argument(help: "The cluster it goes into.") var into: String

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let record = try SessionAccess.submit(folder, .mergeClusters(cluster: cluster, into: into), name: "cluster")
            try ClusterGroup.describe(record.event.as(ClustersMerged.self)?.into ?? "", in: folder.state)
        }
    }

    struct KeyPoint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "keypoint",
            abstract: "Make a cluster one key point, worded as its name, its other notes merged into it.")
        @OptionGroup var sessionArgument: SessionArgument
        @Argument(help: "The cluster: id, a note in it, or its name.") var cluster: String

        func run() throws {
            let folder = try SessionAccess.open(sessionArgument.session)
            let record = try SessionAccess.submit(folder, .clusterToKeyPoint(cluster: cluster), name: "keypoint")
            let note = record.event.as(KeyPointMarked.self)?.note ?? ""
            let point = folder.state.keyPoints[note]
            try Output.line("key point \(note): \(point?.text ?? folder.state.notes[note]?.text ?? "")"
                            + ((point?.merged ?? []).isEmpty ? "" : " (merged: \((point?.merged ?? []).joined(separator: ", ")))"))
        }
    }

    static func describe(_ id: String, in state: SessionState) throws {
        guard let cluster = state.clusters[id] else { return }
        try Output.line("cluster \(cluster.id) '\(cluster.name)': \(cluster.notes.joined(separator: ", "))")
    }
}
