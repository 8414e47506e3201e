import SamskabJournalLine

/// The facilitator puts notes of one item together in a new named cluster (id `k<seq>`).
public struct ClusterMade: EventPayload {
    public static let type = "cluster.made"
    public static let examples = [ClusterMade(item: 3, name: "Tillid frem for kontrol", notes: ["n12", "n15", "n20"])]

    public var item: Int
    public var name: String
    public var notes: [String]

    public init(item: Int, name: String, notes: [String]) {
        self.item = item
        self.name = name
        self.notes = notes
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("item", item + 1)
        line.field("notes", notes)
        line.field("name", name)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        item = try line.item()
        notes = try line.texts("notes")
        name = try line.requiredText("name")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        try state.checkItem(item)
        try state.checkClusterName(name, item: item, except: nil)
        try state.checkClusterable(notes, item: item, into: nil)
        let id = SessionState.clusterID(sequence: record.sequence)
        let cluster = Cluster(id: id, item: item, name: name, notes: notes, sequence: record.sequence)
        return state.recording([.cluster(id)], undoable: record.actor == .facilitator) { state in
            state.clusters[id] = cluster
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "saml \(notes.count) \(notes.count == 1 ? "note" : "noter") i klyngen '\(name)'"
            : "cluster \(notes.count) \(notes.count == 1 ? "note" : "notes") as '\(name)'"
    }
}

/// More notes go into an existing cluster.
public struct ClusterJoined: EventPayload {
    public static let type = "cluster.joined"
    public static let examples = [ClusterJoined(cluster: "k30", notes: ["n31"])]

    public var cluster: String
    public var notes: [String]

    public init(cluster: String, notes: [String]) {
        self.cluster = cluster
        self.notes = notes
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("cluster", cluster)
        line.field("notes", notes)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        cluster = try line.requiredText("cluster")
        notes = try line.texts("notes")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var found = try state.checkCluster(cluster)
        try state.checkClusterable(notes, item: found.item, into: found.id)
        if found.notes.count + notes.count > Cluster.largestNoteCount {
            throw SessionError("a cluster holds at most \(Cluster.largestNoteCount) notes", danish: "en klynge rummer højst \(Cluster.largestNoteCount) noter")
        }
        found.notes += notes
        return state.recording([.cluster(cluster)], undoable: record.actor == .facilitator) { state in
            state.clusters[found.id] = found
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "læg \(notes.joined(separator: ", ")) i klynge \(cluster)" : "add \(notes.joined(separator: ", ")) to cluster \(cluster)"
    }
}

/// A note is taken out of its cluster; a cluster left with no notes is gone.
public struct ClusterLeft: EventPayload {
    public static let type = "cluster.left"
    public static let examples = [ClusterLeft(cluster: "k30", note: "n15")]

    public var cluster: String
    public var note: String

    public init(cluster: String, note: String) {
        self.cluster = cluster
        self.note = note
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("cluster", cluster)
        line.field("note", note)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        cluster = try line.requiredText("cluster")
        note = try line.requiredText("note")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var found = try state.checkCluster(cluster)
        guard let index = found.notes.firstIndex(of: note) else {
            throw SessionError("note \(note) is not in the cluster '\(found.name)'", danish: "note \(note) er ikke i klyngen '\(found.name)'")
        }
        found.notes.remove(at: index)
        let remaining = found
        return state.recording([.cluster(cluster)], undoable: record.actor == .facilitator) { state in
            state.clusters[remaining.id] = remaining.notes.isEmpty ? nil : remaining
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "tag note \(note) ud af klynge \(cluster)" : "take note \(note) out of cluster \(cluster)"
    }
}

/// A cluster gets a new name.
public struct ClusterRenamed: EventPayload {
    public static let type = "cluster.renamed"
    public static let examples = [ClusterRenamed(cluster: "k30", name: "Tid til at lytte")]

    public var cluster: String
    public var name: String

    public init(cluster: String, name: String) {
        self.cluster = cluster
        self.name = name
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("cluster", cluster)
        line.field("name", name)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        cluster = try line.requiredText("cluster")
        name = try line.requiredText("name")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        var found = try state.checkCluster(cluster)
        if found.name == name {
            throw SessionError("the cluster is already named '\(name)'", danish: "klyngen hedder allerede '\(name)'")
        }
        try state.checkClusterName(name, item: found.item, except: found.id)
        found.name = name
        return state.recording([.cluster(cluster)], undoable: record.actor == .facilitator) { state in
            state.clusters[found.id] = found
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "omdøb klynge \(cluster) til '\(name)'" : "rename cluster \(cluster) to '\(name)'"
    }
}

/// Two clusters of one item become one: `cluster`'s notes go into `into`, which keeps its name.
public struct ClustersMerged: EventPayload {
    public static let type = "cluster.merged"
    public static let examples = [ClustersMerged(cluster: "k34", into: "k30")]

    public var cluster: String
    public var into: String

    public init(cluster: String, into: String) {
        self.cluster = cluster
        self.into = into
    }

    public func encode(to line: inout JournalLineWriter) {
        line.field("cluster", cluster)
        line.field("into", into)
    }

    public init(from line: JournalLineReader) throws(JournalLineError) {
        cluster = try line.requiredText("cluster")
        into = try line.requiredText("into")
    }

    public func apply(to state: inout SessionState, _ record: EventRecord) throws(SessionError) -> FoldChanges {
        let source = try state.checkCluster(cluster)
        var target = try state.checkCluster(into)
        if source.id == target.id {
            throw SessionError("a cluster cannot be merged into itself", danish: "en klynge kan ikke flettes ind i sig selv")
        }
        if source.item != target.item {
            throw SessionError("the clusters '\(source.name)' and '\(target.name)' belong to different items",
                               danish: "klyngerne '\(source.name)' og '\(target.name)' hører til forskellige punkter")
        }
        if source.notes.count + target.notes.count > Cluster.largestNoteCount {
            throw SessionError("a cluster holds at most \(Cluster.largestNoteCount) notes", danish: "en klynge rummer højst \(Cluster.largestNoteCount) noter")
        }
        target.notes += source.notes
        // The dots on the merged cluster count for the one it became (undo puts them back).
        let moved = state.dots[source.item].map { dots in dots.map { $0.note == source.id ? Dot(voter: $0.voter, note: target.id) : $0 } }
        return state.recording([.cluster(cluster), .cluster(into), .dots(source.item)],
                               undoable: record.actor == .facilitator) { state in
            state.clusters[source.id] = nil
            state.clusters[target.id] = target
            if let moved { state.dots[source.item] = moved }
        }
    }

    public func summary(sequence: Int, danish: Bool) -> String {
        danish ? "flet klynge \(cluster) ind i \(into)" : "merge cluster \(cluster) into \(into)"
    }
}

extension SessionState {
    func checkCluster(_ id: String) throws(SessionError) -> Cluster {
        guard let found = clusters[id] else { throw SessionError("there is no cluster \(id)", danish: "der er ingen klynge \(id)") }
        return found
    }
}
