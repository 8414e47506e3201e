#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SamskabFiles

/// `DIR/web-devices.json`: the phones let in, so that a restarted `samskab serve` knows them
/// again — for each its cookie, its form token, who it is (a person's id, or anonymous) and the
/// notes written from it (so an anonymous note stays its writer's to change), and when it was
/// last seen. Written atomically (aside, synced, renamed; readable by the owner only), at most once a second
/// while phones change and once more on the way out. Read back leniently: an entry that is not
/// one is skipped, a file that is not one (or is larger than `maximumBytes`) is no devices —
/// those phones type the room code again; never a crash. A day unseen, a device is forgotten,
/// as its cookie is.
///
/// `{"devices": [{"dots": ["n12"], "id": "9f…", "person": "r3", "seen": 1764990000, "token": "c1…", "written": ["n12"]}]}`
/// (`"anonymous": true` instead of `person` for a phone that writes without a name; neither
/// while the phone has not yet said who it is).
enum DeviceFile {
    static let fileName = "web-devices.json"
    /// 2,000 devices of 50 notes each come to about 1.5 MB.
    static let maximumBytes = 4 * 1024 * 1024
    /// The notes kept per device: the newest.
    static let writtenKept = 50
    /// Seconds a device is remembered unseen: the cookie's own lifetime.
    static let maximumAge: Double = 86_400

    static func path(in folder: String) -> String { folder + "/" + fileName }

    /// What is kept of one device.
    struct Entry: Equatable {
        var id: String
        var token: String
        var identity: Device.Identity?
        var written: [String]
        /// The ballots it placed a dot on (once per dot), so that it may take them back.
        var dots: [String] = []
        /// Seconds since 1970.
        var seen: Double
    }

    /// One device as the file spells it; every field optional, so that a damaged entry is
    /// skipped rather than the file refused.
    private struct Stored: Codable {
        var id: String?
        var token: String?
        var person: String?
        var anonymous: Bool?
        var written: [Lenient<String>]?
        var dots: [Lenient<String>]?
        var seen: Double?
    }

    private struct StoredFile: Codable {
        var devices: [Lenient<Stored>]
    }

    static func encode(_ entries: [Entry]) -> [UInt8] {
        let devices = entries.map { entry in
            var stored = Stored(id: entry.id, token: entry.token,
                                written: entry.written.suffix(writtenKept).map { Lenient(value: $0) },
                                dots: entry.dots.suffix(writtenKept).map { Lenient(value: $0) },
                                seen: entry.seen.rounded(.down))
            switch entry.identity {
            case .person(let id): stored.person = id
            case .anonymous: stored.anonymous = true
            case nil: break
            }
            return Lenient(value: stored)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(StoredFile(devices: devices))) ?? Data(#"{"devices":[]}"#.utf8)
        return Array(data) + [0x0A]
    }

    /// The entries of a file's bytes, leniently: what is not an entry is left out; those seen
    /// more than `maximumAge` before `now` too. At most `Devices.capacity`, the most recently seen.
    static func decode(_ bytes: [UInt8], now: Double) -> [Entry] {
        guard bytes.count <= maximumBytes,
              let file = try? JSONDecoder().decode(StoredFile.self, from: Data(bytes)) else { return [] }
        var entries: [Entry] = []
        for item in file.devices.prefix(Devices.capacity * 2) {
            guard let fields = item.value,
                  let id = fields.id, Devices.isWellFormed(id),
                  let token = fields.token, Devices.isWellFormed(token),
                  let seen = fields.seen, seen.isFinite,
                  now - seen <= maximumAge, seen - now <= maximumAge else { continue }
            var identity: Device.Identity?
            if let person = fields.person {
                guard isID(person) else { continue }
                identity = .person(id: person)
            } else if fields.anonymous == true {
                identity = .anonymous
            }
            let written = (fields.written ?? []).suffix(writtenKept).compactMap(\.value).filter(isID)
            let dots = (fields.dots ?? []).suffix(writtenKept).compactMap(\.value).filter(isID)
            entries.append(Entry(id: id, token: token, identity: identity, written: written, dots: dots, seen: min(seen, now)))
        }
        return Array(entries.sorted { $0.seen > $1.seen }.prefix(Devices.capacity))
    }

    /// A participant's or a note's id as the engine makes them (`r3`, `p12`, `n40`).
    static func isID(_ text: String) -> Bool {
        (2...24).contains(text.utf8.count) && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }
    }

    /// The file's entries; none when it is absent, unreadable or not one.
    static func read(in folder: String, now: Double) -> [Entry] {
        let descriptor = open(path(in: folder), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        guard case .success(let bytes) = FileBytes.read(descriptor: descriptor, limit: maximumBytes) else { return [] }
        return decode(bytes, now: now)
    }

}

/// Writes a session's device file, one snapshot at a time and never an older over a newer.
final class DeviceFileWriter: @unchecked Sendable {
    let folder: String
    private let lock = NSLock()
    private var lastWritten = -1

    init(folder: String) {
        self.folder = folder
    }

    /// Writes the snapshot of `generation`, unless a later one is written already.
    func write(_ bytes: [UInt8], generation: Int) throws(StorageError) {
        lock.lock()
        defer { lock.unlock() }
        guard generation > lastWritten else { return }
        try AtomicFile.write(bytes, to: DeviceFile.path(in: folder))
        lastWritten = generation
    }
}

/// A value read leniently: one that does not decode is nil instead of failing the whole file.
struct Lenient<Value: Codable>: Codable {
    var value: Value?

    init(value: Value?) {
        self.value = value
    }

    init(from decoder: Decoder) throws {
        value = try? decoder.singleValueContainer().decode(Value.self)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}
