#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Kiosks locked after too many wrong codes: one empty file per kiosk in `kiosk-lockouts/` beside
/// the journal, written by the kiosk, removed by the projector (`L`). A file, not an event: it is
/// about the machine in the corner, not the day's record, and it needs no lock — each kiosk writes
/// only its own name, and removing the folder's files unlocks them all. The folder exists only while
/// a kiosk is locked, so the projector's check is one failed `stat` a frame.
extension SessionFolder {
    static let kioskLockoutsName = "kiosk-lockouts"

    var kioskLockoutsPath: String { path + "/" + Self.kioskLockoutsName }

    /// A kiosk's name for its lockout file: letters, digits and dashes only (`bord-2`, `pts-3`).
    public static func kioskName(_ raw: String) -> String {
        let kept = raw.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
        }
        let name = String(String(kept).prefix(40))
        return name.isEmpty ? "kiosk" : name
    }

    /// Locks the kiosk: it lets nobody leave until the facilitator unlocks it.
    public func lockKiosk(_ name: String) throws(StorageError) {
        if let code = POSIX.makeDirectory(kioskLockoutsPath) {
            throw StorageError(.io, "\(kioskLockoutsPath) cannot be made: \(POSIX.describe(code))")
        }
        if let code = POSIX.createFile(kioskLockoutsPath + "/" + Self.kioskName(name), []) {
            throw StorageError(.io, "the kiosk's lockout cannot be written: \(POSIX.describe(code))")
        }
    }

    /// Whether the kiosk of that name is locked.
    public func isKioskLocked(_ name: String) -> Bool {
        POSIX.pathInfo(kioskLockoutsPath + "/" + Self.kioskName(name)) != nil
    }

    /// The names of the locked kiosks, sorted; none when the folder is absent (the usual case).
    public func lockedKiosks() -> [String] {
        guard POSIX.pathInfo(kioskLockoutsPath)?.isDirectory == true, let directory = opendir(kioskLockoutsPath) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory), names.count < 1000 {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Unlocks every kiosk (the projector's `L`).
    public func unlockKiosks() throws(StorageError) {
        for name in lockedKiosks() where unlink(kioskLockoutsPath + "/" + name) != 0 && errno != ENOENT {
            throw StorageError(.io, "the kiosk's lockout cannot be removed: \(POSIX.describe(errno))")
        }
        // A kiosk that locked meanwhile keeps the folder.
        _ = rmdir(kioskLockoutsPath)
    }
}
