import Foundation
import SamskabFiles

/// Who a phone is, as this server remembers it: known by a random cookie, let in by the room
/// code, then a person on the roster or anonymous until "Ikke mig". Kept in memory, and what a
/// restarted server needs to know the phone again (`DeviceFile.Entry`) in the session folder.
public struct Device: Sendable, Equatable {
    public enum Identity: Sendable, Equatable {
        case person(id: String)
        case anonymous
    }

    /// The cookie's value: 128 random bits in hex.
    public let id: String
    /// Sent back with every form (a hidden `token` field): a form posted from another site has none.
    public let token: String
    public var admitted = false
    public var identity: Identity?
    /// Notes written from this phone (an anonymous note is changed only from the phone that wrote it).
    public var written: [String] = []
    /// The ballots this phone placed a dot on, once per dot still placed: it takes back only these.
    public var dots: [String] = []
    /// A line to show once, on the page after a form was posted (POST, redirect, GET).
    public var flash: Flash?
    /// A note the engine refused, or that met a moved room, given back to the editor once.
    public var draft: Draft?
    /// A comment the engine refused, given back to the comment editor once.
    public var commentDraft: String?
    /// The name typed for a new person, given back to its field once (after "is it you?").
    public var pendingName: String?
    /// The name for which close names on the list were offered: not offered twice.
    public var offeredFor: String?
    /// When the last few notes were written (seconds, monotonic), for the per-minute limit.
    var recentNotes: [Double] = []
    var lastSeen: Double

    /// A note given back: its text, and the question it was for (nil: general, or the room moved on).
    public struct Draft: Sendable, Equatable {
        public var text: String
        public var question: Int?
    }

    /// What outlives a restart, for an admitted device.
    var kept: DeviceFile.Entry? {
        guard admitted else { return nil }
        return DeviceFile.Entry(id: id, token: token, identity: identity, written: Array(written.suffix(DeviceFile.writtenKept)),
                                dots: Array(dots.suffix(DeviceFile.writtenKept)), seen: 0)
    }

    public struct Flash: Sendable, Equatable {
        public var text: String
        public var isError: Bool
        /// About a dot on this ballot: shown beside it, where the person tapped, not at the top.
        public var ballot: String?

        public init(text: String, isError: Bool, ballot: String? = nil) {
            self.text = text
            self.isError = isError
            self.ballot = ballot
        }
    }
}

/// Every device this server knows, bounded: past `capacity` the one unseen longest goes. With a
/// session folder, the admitted ones are kept in its device file (`DeviceFile`): read when the
/// server starts, written at most a second after a change (and by `save` on the way out).
public actor Devices {
    public static let capacity = 2_000
    /// Notes (added or edited) one phone may send in a minute.
    public static let notesPerMinute = 10
    /// Seconds from a change to the write that keeps it.
    static let saveDelaySeconds = 1
    private var devices: [String: Device] = [:]
    private let file: DeviceFileWriter?
    /// Bumped by every change worth keeping; the writer never puts an older one over a newer.
    private var generation = 0
    private var saveScheduled = false

    /// Devices kept in memory only.
    public init() {
        file = nil
    }

    /// The devices of a session folder's file, those of people no longer on the roster (`people`)
    /// back to choosing a name; kept there from now on.
    public init(folder: String, people: Set<String>) {
        file = DeviceFileWriter(folder: folder)
        let wall = Date().timeIntervalSince1970, monotonic = Self.now()
        for entry in DeviceFile.read(in: folder, now: wall) {
            var identity = entry.identity
            if case .person(let id) = identity, !people.contains(id) { identity = nil }
            devices[entry.id] = Device(id: entry.id, token: entry.token, admitted: true, identity: identity, written: entry.written,
                                       dots: identity == nil ? [] : entry.dots, lastSeen: monotonic - max(0, wall - entry.seen))
        }
    }

    /// The device of a cookie value, if it is one of ours.
    public func device(_ id: String?) -> Device? {
        guard let id, Self.isWellFormed(id), var device = devices[id] else { return nil }
        device.lastSeen = Self.now()
        devices[id] = device
        return device
    }

    /// A new device with fresh random cookie and form token.
    public func create() -> Device {
        if devices.count >= Self.capacity, let oldest = devices.values.min(by: { $0.lastSeen < $1.lastSeen }) {
            devices[oldest.id] = nil
            if oldest.admitted { changed() }
        }
        let device = Device(id: Self.randomHex(), token: Self.randomHex(), lastSeen: Self.now())
        devices[device.id] = device
        return device
    }

    /// Changes one device; nil when it is not (or no longer) known.
    @discardableResult
    public func update<T: Sendable>(_ id: String, _ change: @Sendable (inout Device) -> T) -> T? {
        guard var device = devices[id] else { return nil }
        let before = device.kept
        let result = change(&device)
        devices[id] = device
        if device.kept != before { changed() }
        return result
    }

    /// Something worth keeping changed: written within `saveDelaySeconds`, with whatever else
    /// changes meanwhile.
    private func changed() {
        generation += 1
        guard file != nil, !saveScheduled else { return }
        saveScheduled = true
        Task {
            try? await Task.sleep(for: .seconds(Self.saveDelaySeconds))
            await self.save()
        }
    }

    /// Writes the admitted devices to the session folder now (the server's way out; tests). The
    /// file is written off the actor, so phones are not held up by the disk.
    public func save() async {
        saveScheduled = false
        guard let file else { return }
        let wall = Date().timeIntervalSince1970, monotonic = Self.now()
        let entries = devices.values.compactMap { device -> DeviceFile.Entry? in
            guard var entry = device.kept else { return nil }
            entry.seen = wall - max(0, monotonic - device.lastSeen)
            return entry
        }
        let bytes = DeviceFile.encode(entries.sorted { $0.seen > $1.seen })
        let generation = self.generation
        let failure = await Task.detached { () -> String? in
            do throws(StorageError) {
                try file.write(bytes, generation: generation)
                return nil
            } catch {
                return error.description
            }
        }.value
        if let failure {
            FileHandle.standardError.write(Data("warning: the phones cannot be kept for a restart: \(failure)\n".utf8))
        }
    }

    /// Takes the line to show once.
    public func takeFlash(_ id: String) -> Device.Flash? {
        update(id) { device in
            defer { device.flash = nil }
            return device.flash
        } ?? nil
    }

    /// Counts one note against the per-minute limit; false when the limit is reached.
    public func allowNote(_ id: String) -> Bool {
        let now = Self.now()
        return update(id) { device in
            device.recentNotes = device.recentNotes.filter { now - $0 < 60 }
            guard device.recentNotes.count < Self.notesPerMinute else { return false }
            device.recentNotes.append(now)
            return true
        } ?? false
    }

    public var count: Int { devices.count }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let value = generator.next() as UInt64
            let hex = String(value, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    /// 32 lower-case hex digits, as `randomHex` makes.
    static func isWellFormed(_ id: String) -> Bool {
        id.utf8.count == 32 && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

/// Wrong room codes per address: a few a minute, then a wait. Bounded in the addresses it keeps.
public actor CodeAttempts {
    public static let perMinute = 5
    public static let capacity = 10_000
    private var failures: [String: [Double]] = [:]

    public init() {}

    /// Whether this address may try a code now.
    public func mayTry(_ address: String) -> Bool {
        let now = Devices.now()
        let recent = (failures[address] ?? []).filter { now - $0 < 60 }
        failures[address] = recent.isEmpty ? nil : recent
        return recent.count < Self.perMinute
    }

    public func failed(_ address: String) {
        if failures.count >= Self.capacity {
            let now = Devices.now()
            failures = failures.filter { now - ($0.value.last ?? 0) < 60 }
            if failures.count >= Self.capacity { failures.removeAll() }
        }
        failures[address, default: []].append(Devices.now())
    }
}
