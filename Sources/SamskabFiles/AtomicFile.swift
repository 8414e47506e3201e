#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file so that readers see the old or the new contents, never half.
/// Only ever replaces a regular file: a device, a pipe, a socket, a folder or a symbolic link
/// at the path is left alone (renaming over `/dev/full` would turn the device into a file).
public enum AtomicFile {
    /// What is at a path, seen without following a final symbolic link.
    public enum Existing: Equatable, Sendable {
        case nothing
        case regularFile
        case folder
        case symbolicLink
        /// A device, a named pipe or a socket, said in words ("a device").
        case special(String)
    }

    /// What is at `path` (lstat): nothing, a regular file, a folder, a symbolic link or something special.
    /// A path that cannot be looked at (a part of it is not a folder, say) counts as nothing;
    /// writing there then fails with the system's reason.
    public static func existing(_ path: String) -> Existing {
        existing(path, files: POSIXFileSystem.shared)
    }

    static func existing(_ path: String, files: any FileSystem) -> Existing {
        guard case .success(let info) = files.status(path, followLinks: false) else { return .nothing }
        switch info.kind {
        case .regular: return .regularFile
        case .directory: return .folder
        case .symbolicLink: return .symbolicLink
        case .other(let mode):
            switch mode {
            case S_IFCHR, S_IFBLK: return .special("a device")
            case S_IFIFO: return .special("a named pipe (FIFO)")
            case S_IFSOCK: return .special("a socket")
            default: return .special("not a regular file")
            }
        }
    }

    /// Replaces the regular file at `path` (or creates it) with `bytes`, atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(StorageError) {
        try write(bytes, to: path, files: POSIXFileSystem.shared)
    }

    static func write(_ bytes: [UInt8], to path: String, files: any FileSystem) throws(StorageError) {
        try refuseAnythingButARegularFile(path, files: files)
        let temporary = try writeTemporary(bytes, for: path, files: files)
        // Looked at again just before the rename: the window for a swap is as small as it gets.
        do {
            try refuseAnythingButARegularFile(path, files: files)
        } catch {
            _ = files.unlink(temporary)
            throw error
        }
        if let code = files.rename(temporary, path) {
            _ = files.unlink(temporary)
            throw StorageError(.io, "\(path) cannot be written: \(POSIX.describe(code))")
        }
        try confirm(path, files: files)
    }

    /// Syncs the folder of a name just made, so the name survives a power cut.
    private static func confirm(_ path: String, files: any FileSystem) throws(StorageError) {
        if let code = files.syncDirectory(POSIX.folder(of: path)) {
            throw StorageError(POSIX.isDiskFull(code) ? .diskFull : .io,
                               "\(path) was written, but the disk could not confirm it: \(POSIX.describe(code))")
        }
    }

    /// Creates a new file at `path` with `bytes`, atomically, never replacing anything.
    /// Returns false, having written nothing, when something is already at `path`.
    public static func create(_ bytes: [UInt8], at path: String) throws(StorageError) -> Bool {
        try create(bytes, at: path, files: POSIXFileSystem.shared)
    }

    static func create(_ bytes: [UInt8], at path: String, files: any FileSystem) throws(StorageError) -> Bool {
        if existing(path, files: files) != .nothing { return false }
        let temporary = try writeTemporary(bytes, for: path, files: files)
        defer { _ = files.unlink(temporary) }
        // link(2) refuses to replace an existing name, unlike rename(2).
        if let code = files.link(temporary, path) {
            if code == EEXIST { return false }
            // File systems without hard links: rename, having looked once more.
            guard [EPERM, EXDEV, EMLINK, ENOSYS, EOPNOTSUPP].contains(code) else {
                throw StorageError(.io, "\(path) cannot be written: \(POSIX.describe(code))")
            }
            if existing(path, files: files) != .nothing { return false }
            if let code = files.rename(temporary, path) {
                throw StorageError(.io, "\(path) cannot be written: \(POSIX.describe(code))")
            }
        }
        try confirm(path, files: files)
        return true
    }

    private static func refuseAnythingButARegularFile(_ path: String, files: any FileSystem) throws(StorageError) {
        let what: String
        switch existing(path, files: files) {
        case .nothing, .regularFile: return
        case .folder: what = "a folder"
        case .symbolicLink: what = "a symbolic link"
        case .special(let kind): what = kind
        }
        throw StorageError(.rule, "\(path) is \(what), not a regular file; it was left as it is")
    }

    /// The bytes written and synced beside `path` under a name of this process's own.
    private static func writeTemporary(_ bytes: [UInt8], for path: String, files: any FileSystem) throws(StorageError) -> String {
        let temporary = path + ".writing-\(getpid())"
        _ = files.unlink(temporary) // a leftover of an earlier process with the same id
        if let code = files.createFile(temporary, bytes, exclusive: true) {
            _ = files.unlink(temporary)
            throw StorageError(POSIX.isDiskFull(code) ? .diskFull : .io, "\(path) cannot be written: \(POSIX.describe(code))")
        }
        return temporary
    }
}
