#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole file so that readers see the old or the new contents, never half.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(StorageError) {
        let temporary = path + ".writing-\(getpid())"
        if let code = POSIX.createFile(temporary, bytes) {
            unlink(temporary)
            throw StorageError(POSIX.isDiskFull(code) ? .diskFull : .io, "\(path) cannot be written: \(POSIX.describe(code))")
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw StorageError(.io, "\(path) cannot be written: \(POSIX.describe(code))")
        }
        _ = POSIX.syncDirectory(POSIX.folder(of: path))
    }
}
