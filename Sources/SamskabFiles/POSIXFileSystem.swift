#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file system seam as the system calls themselves (see `FileSystem`).
final class POSIXFileSystem: FileSystem, @unchecked Sendable {
    /// Stateless: one is enough.
    static let shared = POSIXFileSystem()

    func open(_ path: String, flags: Int32, mode: mode_t) -> Int32 {
        let descriptor = Glibc.open(path, flags, mode)
        return descriptor >= 0 ? descriptor : 0 &- errno
    }

    func close(_ descriptor: Int32) {
        _ = Glibc.close(descriptor)
    }

    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let written = Glibc.write(descriptor, base, bytes.count)
        return written >= 0 ? written : 0 &- Int(errno)
    }

    func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let got = pread(descriptor, base, buffer.count, off_t(offset))
        return got >= 0 ? got : 0 &- Int(errno)
    }

    func fsync(_ descriptor: Int32) -> Int32? {
        while Glibc.fsync(descriptor) != 0 {
            if errno != EINTR { return errno }
        }
        return nil
    }

    func fdatasync(_ descriptor: Int32) -> Int32? {
        #if canImport(Darwin)
        return fsync(descriptor)
        #else
        while Glibc.fdatasync(descriptor) != 0 {
            if errno != EINTR { return errno }
        }
        return nil
        #endif
    }

    func ftruncate(_ descriptor: Int32, _ length: Int) -> Int32? {
        Glibc.ftruncate(descriptor, off_t(length)) == 0 ? nil : errno
    }

    func rename(_ from: String, _ to: String) -> Int32? {
        Glibc.rename(from, to) == 0 ? nil : errno
    }

    func link(_ from: String, _ to: String) -> Int32? {
        Glibc.link(from, to) == 0 ? nil : errno
    }

    func unlink(_ path: String) -> Int32? {
        Glibc.unlink(path) == 0 ? nil : errno
    }

    func removeDirectory(_ path: String) -> Int32? {
        rmdir(path) == 0 ? nil : errno
    }

    func makeDirectory(_ path: String, mode: mode_t) -> Int32? {
        mkdir(path, mode) == 0 ? nil : errno
    }

    func status(_ path: String, followLinks: Bool) -> Result<FileStatus, Errno> {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return .failure(Errno(code: errno)) }
        return .success(Self.status(info))
    }

    func status(_ descriptor: Int32) -> Result<FileStatus, Errno> {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(Errno(code: errno)) }
        return .success(Self.status(info))
    }

    private static func status(_ info: stat) -> FileStatus {
        let kind: FileStatus.Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other(info.st_mode & S_IFMT)
        }
        return FileStatus(kind: kind, size: Int(info.st_size), inode: UInt64(info.st_ino),
                          permissions: info.st_mode & 0o7777, owner: info.st_uid, links: Int(info.st_nlink))
    }

    func lock(_ descriptor: Int32) -> Int32? {
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { return errno }
        }
        return nil
    }

    func unlock(_ descriptor: Int32) {
        _ = flock(descriptor, LOCK_UN)
    }

    func setPermissions(_ descriptor: Int32, _ mode: mode_t) {
        _ = fchmod(descriptor, mode)
    }

    func entries(_ path: String) -> [String]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    func readFile(_ path: String, limit: Int, followLinks: Bool) -> Result<[UInt8], PlainFile.Failure> {
        PlainFile.read(path, limit: limit, followLinks: followLinks)
    }

    func isInside(_ path: String, folder: String) -> Bool? {
        PlainFile.isInside(path, folder: folder)
    }
}
