#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the files a definition is made of (the definition, its roster CSV): regular files only,
/// never more than a size cap, and never waiting — a FIFO, a device or a socket is refused
/// before it is opened, and opened without blocking should it be swapped in meanwhile.
enum PlainFile {
    enum Failure: Error, Equatable {
        case missing
        /// Not a regular file; the kind says what it is: "a FIFO", "a folder", …
        case notRegular(kind: String)
        case tooLarge(bytes: Int)
        case unreadable(reason: String)

        /// Says what went wrong, for "cannot be read: …"; `limitName` names the cap ("a roster").
        func description(limit: Int, limitName: String) -> String {
            switch self {
            case .missing: "no such file"
            case .notRegular(let kind): "not a regular file (\(kind))"
            case .tooLarge(let bytes):
                "it is \(sizeText(bytes)), larger than the \(sizeText(limit)) \(limitName) may be; is it the right file?"
            case .unreadable(let reason): reason
            }
        }
    }

    /// - Parameter followLinks: false for a session's own files (its frozen definition and the
    ///   files beside it): a symbolic link there is refused, never read through (O_NOFOLLOW).
    static func read(_ path: String, limit: Int, followLinks: Bool = true) -> Result<[UInt8], Failure> {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return .failure(failure(errno)) }
        if let kind = kind(of: info.st_mode) { return .failure(.notRegular(kind: kind)) }
        if Int(info.st_size) > limit { return .failure(.tooLarge(bytes: Int(info.st_size))) }

        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            // ELOOP: a link swapped in since the lstat.
            return .failure(errno == ELOOP && !followLinks ? .notRegular(kind: "a symbolic link") : failure(errno))
        }
        defer { close(descriptor) }
        // The path may name another file by now: check what was opened.
        guard fstat(descriptor, &info) == 0 else { return .failure(failure(errno)) }
        if let kind = kind(of: info.st_mode) { return .failure(.notRegular(kind: kind)) }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(info.st_size), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            // One byte more than the limit tells that the file is too large (it may have grown).
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { readSome(descriptor, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(failure(errno))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit { return .failure(.tooLarge(bytes: max(bytes.count, Int(info.st_size)))) }
        }
    }

    /// What a file of this mode is, or nil for a regular file.
    static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a plain file"
        }
    }

    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The path with every link and `..` resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path`, links resolved, lies inside `folder` (links resolved). Nil when `path`
    /// does not exist.
    static func isInside(_ path: String, folder: String) -> Bool? {
        guard let file = realPath(path) else { return nil }
        guard let root = realPath(folder) else { return false }
        return file.hasPrefix(root == "/" ? "/" : root + "/")
    }

    private static func failure(_ code: Int32) -> Failure {
        switch code {
        case ENOENT: .missing
        case EACCES, EPERM: .unreadable(reason: "permission denied")
        case ENOTDIR: .unreadable(reason: "a part of the path is not a folder")
        case ELOOP: .unreadable(reason: "it is a link that leads round in a circle")
        default: .unreadable(reason: String(cString: strerror(code)))
        }
    }

    /// "512 KB", "15.7 MB".
    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1024 * 1024 { return "\(max(1, (bytes + 1023) / 1024)) KB" }
        let tenths = (bytes * 10 + 524_288) / (1024 * 1024)
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}

private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
