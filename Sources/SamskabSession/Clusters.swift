import OrderedCollections
import SamskabModel

/// Similar notes of one item put together by the facilitator under a name: shown as one stack,
/// voted on as one, and made into a key point as one. A note is in at most one cluster.
public struct Cluster: Sendable, Equatable {
    /// `k<seq>` of the event that made it.
    public var id: String
    public var item: Int
    public var name: String
    /// Its notes in the order they were put in.
    public var notes: [String]
    public var sequence: Int

    /// Clusters of one item at most (bounded where read).
    public static let largestNoteCount = DayLimits.listEntries
}

extension SessionState {
    /// The id a `cluster.made` event with this sequence number gives its cluster.
    public static func clusterID(sequence: Int) -> String { "k\(sequence)" }

    /// The cluster a note is in, if any.
    public func cluster(of note: String) -> Cluster? {
        clusterOfNote[note].flatMap { clusters[$0] }
    }

    /// The clusters of one item, oldest first.
    public func clusters(item: Int) -> [Cluster] {
        clusters.values.filter { $0.item == item }
    }

    /// A cluster's notes that are still on the board, in its order.
    public func liveNotes(of cluster: Cluster) -> [Note] {
        cluster.notes.compactMap { notes[$0] }.filter { !$0.withdrawn }
    }

    /// A cluster as people name it: its id (`k12`), a note in it (`n5`), or its name (ignoring
    /// case; at `item` first, where names are unique, then anywhere if only one has it).
    public func resolveCluster(_ reference: String, item: Int? = nil) throws(SessionError) -> Cluster {
        if let found = clusters[reference] { return found }
        if notes[reference] != nil {
            guard let found = cluster(of: reference) else {
                throw SessionError("note \(reference) is in no cluster", danish: "note \(reference) er ikke i nogen klynge")
            }
            return found
        }
        let key = reference.lowercased()
        let named = clusters.values.filter { $0.name.lowercased() == key }
        if let item, let here = named.first(where: { $0.item == item }) { return here }
        if named.count == 1 { return named[0] }
        if named.count > 1 {
            throw SessionError("several items have a cluster named '\(reference)'; give its id (\(named.map(\.id).joined(separator: ", ")))",
                               danish: "flere punkter har en klynge, der hedder '\(reference)'; angiv dens id (\(named.map(\.id).joined(separator: ", ")))")
        }
        throw SessionError("there is no cluster '\(reference)'", danish: "der er ingen klynge '\(reference)'")
    }

    /// Checks what any journal line must hold for a cluster's name: one line, not empty, not too long,
    /// and no other cluster of the item called the same (names pick clusters on the command line).
    func checkClusterName(_ name: String, item: Int, except id: String?) throws(SessionError) {
        if name.isEmpty || name.count > NoteText.maximumNameLength || name.contains(where: \.isNewline) {
            throw SessionError("a cluster's name must be one line of 1–\(NoteText.maximumNameLength) characters",
                               danish: "en klynges navn skal være én linje på 1–\(NoteText.maximumNameLength) tegn")
        }
        if let clash = clusters(item: item).first(where: { $0.id != id && $0.name.lowercased() == name.lowercased() }) {
            throw SessionError("item \(item + 1) already has a cluster named '\(clash.name)'",
                               danish: "punkt \(item + 1) har allerede en klynge, der hedder '\(clash.name)'")
        }
    }

    /// Checks notes that are to go into a cluster of `item` (`into`: nil for a new one).
    func checkClusterable(_ ids: [String], item: Int, into: String?) throws(SessionError) {
        if ids.isEmpty { throw SessionError("a cluster needs at least one note", danish: "en klynge skal have mindst én note") }
        if Set(ids).count != ids.count {
            throw SessionError("a note is named twice", danish: "en note er nævnt to gange")
        }
        for id in ids {
            let note = try liveNote(id)
            if note.item != item {
                throw SessionError("note \(id) belongs to item \(note.item + 1), not item \(item + 1); a cluster holds one item's notes",
                                   danish: "note \(id) hører til punkt \(note.item + 1), ikke punkt \(item + 1); en klynge samler ét punkts noter")
            }
            if let owner = cluster(of: id) {
                if owner.id == into {
                    throw SessionError("note \(id) is already in the cluster '\(owner.name)'",
                                       danish: "note \(id) er allerede i klyngen '\(owner.name)'")
                }
                throw SessionError("note \(id) is in the cluster '\(owner.name)'; take it out there first",
                                   danish: "note \(id) er i klyngen '\(owner.name)'; tag den ud der først")
            }
        }
    }
}

extension SessionState {
    /// What a dot on `id` counts for in a voting: on notes, a note in a cluster counts for its
    /// cluster (they are voted on as one); on key points, the key point's note itself.
    public func ballot(of id: String, target: Voting.Target) -> String {
        guard target == .notes, notes[id] != nil, let cluster = cluster(of: id) else { return id }
        return cluster.id
    }

    /// "note n5" or "the cluster 'Tillid'", in English and Danish, for messages.
    func ballotLabel(_ id: String) -> (String, String) {
        if let cluster = clusters[id] { return ("the cluster '\(cluster.name)'", "klyngen '\(cluster.name)'") }
        return ("note \(id)", "note \(id)")
    }
}
