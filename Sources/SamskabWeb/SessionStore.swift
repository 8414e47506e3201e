import Foundation
import SamskabFiles
import SamskabModel
import SamskabSession

/// The session as the web server sees it: a fresh state to show, and the engine's commands
/// submitted under the journal's lock exactly as the terminal kiosk submits them.
///
/// Reads go through one folder, refreshed under a lock (a stat, and only the lines added since);
/// a refresh that finds a change, and every event this server writes, wakes the live-update
/// streams at once (`changes`).
/// Writes go through a few lanes, each its own `SessionFolder` on its own serial queue, so that
/// one request's fdatasync never holds up another's: the journal's lock orders them, and the
/// folder gives the lock back before it waits for the disk (group commit), as separate kiosks do.
public final class SessionStore: @unchecked Sendable {
    public let path: String
    public let workshop: Workshop
    private let reader: SessionFolder
    private let readLock = NSLock()
    private let lanes: [Lane]
    private let laneLock = NSLock()
    private var nextLane = 0
    /// Signalled whenever the state as last seen has changed.
    public let changes = LiveSignal()

    /// The journal's last sequence number as last seen: the live updates' version.
    public var sequence: Int {
        readLock.lock()
        defer { readLock.unlock() }
        return reader.state.lastSequence
    }

    /// What a page shows, as last seen (`LiveVersion`): the live updates' version.
    public func version(at now: Timestamp) -> String {
        readLock.lock()
        defer { readLock.unlock() }
        return LiveVersion.of(reader.state, at: now)
    }

    public init(path: String, lanes count: Int = 4) throws(StorageError) {
        let reader = try SessionFolder(opening: path)
        if let damage = reader.damage { throw StorageError(.damaged, damage.description) }
        self.reader = reader
        self.path = reader.path
        self.workshop = reader.workshop
        var lanes: [Lane] = []
        for index in 0..<max(1, min(count, 16)) {
            lanes.append(Lane(folder: try SessionFolder(opening: path), queue: DispatchQueue(label: "samskab.web.lane\(index)")))
        }
        self.lanes = lanes
    }

    /// The state as the journal has it now (lines other processes appended included).
    public func current() -> SessionState {
        readLock.lock()
        let changed = (try? reader.refresh()) ?? false
        let state = reader.state
        readLock.unlock()
        if changed { changes.signal() }
        return state
    }

    /// Carries out one command for a participant: the record once it is durable, or the engine's
    /// refusal in the workshop's language.
    public func submit(_ command: Command, by requester: Requester, danish: Bool) async -> EngineAnswer {
        let lane = pickLane()
        let outcome: EngineAnswer = await withCheckedContinuation { continuation in
            lane.queue.async {
                let result: EngineAnswer
                do throws(StorageError) {
                    result = .saved(try lane.folder.submit(command, by: requester, writer: "samskab serve"))
                    // Seen (and the streams told) before the phone has its answer.
                    _ = self.current()
                } catch {
                    result = .refused(error.text(danish: danish))
                }
                continuation.resume(returning: result)
            }
        }
        return outcome
    }

    private func pickLane() -> Lane {
        laneLock.lock()
        defer { laneLock.unlock() }
        let lane = lanes[nextLane % lanes.count]
        nextLane = (nextLane + 1) % lanes.count
        return lane
    }
}

/// One writer: its folder is used only on its serial queue.
private final class Lane: @unchecked Sendable {
    let folder: SessionFolder
    let queue: DispatchQueue

    init(folder: SessionFolder, queue: DispatchQueue) {
        self.folder = folder
        self.queue = queue
    }
}

/// The engine's answer to one command from the page.
public enum EngineAnswer: Sendable, Equatable {
    /// Written and durable.
    case saved(EventRecord)
    /// Refused, in the workshop's language.
    case refused(String)
}
