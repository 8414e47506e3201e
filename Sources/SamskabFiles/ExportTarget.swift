#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One file of an export, rendered only when it is written.
public struct ExportFile {
    public let name: String
    public let render: () -> [UInt8]

    public init(name: String, render: @escaping () -> [UInt8]) {
        self.name = name
        self.render = render
    }
}

/// Where exports go: a new file, a regular file with `force`, or a folder of summary files;
/// never over a device, a pipe, a socket or a folder, never through a symbolic link, and never
/// silently over a file. The CLI's `export` and the projector's export key both come here.
public enum ExportTarget {
    /// Where the bytes of `--output PATH` will go, or nil for a new file. Refuses what is not to
    /// be written over, and any symbolic link, `force` or not. `fileName` is the usual name of
    /// such a file, offered when the path is a folder.
    public static func fileTarget(_ path: String, fileName: String, force: Bool) throws(StorageError) -> String? {
        switch AtomicFile.existing(path) {
        case .nothing:
            return nil
        case .regularFile:
            guard force else { throw StorageError(.rule, "\(path) exists; add --force to replace it") }
            return path
        case .folder:
            throw StorageError(.rule, "\(path) is a folder; name a file for one format (such as \(path)/\(fileName)), "
                               + "or give --format all to write every format into a folder")
        case .symbolicLink:
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map { " (to \($0))" } ?? ""
            throw StorageError(.rule, "\(path) is a symbolic link\(destination); samskab does not write through a link, "
                               + "--force or not: name the file itself, or a new file")
        case .special(let what):
            throw StorageError(.rule, "\(path) is \(what), not a regular file; it was left as it is. Name a new file, "
                               + "or give --output - to write to standard output")
        }
    }

    /// Writes one file: a new one, or (with `force`) over a regular file, durably.
    public static func writeFile(_ bytes: [UInt8], to path: String, fileName: String, force: Bool) throws(StorageError) {
        if let target = try fileTarget(path, fileName: fileName, force: force) {
            try AtomicFile.write(bytes, to: target)
        } else if try !AtomicFile.create(bytes, at: path) {
            throw StorageError(.rule, "\(path) exists; add --force to replace it")
        }
    }

    /// Writes every file into one folder. A new folder is made (with its parents); an existing
    /// one is used only if it holds nothing but these files (or an interrupted export's
    /// leftovers), unless `force` — or it is `samskabsOwn`, the session's export/ folder. If
    /// writing fails, the folders made here and the files new in them are removed again.
    /// Returns the paths written, in order.
    public static func writeAll(_ files: [ExportFile], to folder: String, samskabsOwn: Bool,
                                force: Bool) throws(StorageError) -> [String] {
        var madeFolders: [String] = []
        var newFiles: [String] = []
        func takeBack() {
            for path in newFiles.reversed() { unlink(path) }
            for path in madeFolders.reversed() { rmdir(path) }
        }
        switch AtomicFile.existing(folder) {
        case .nothing:
            // Each missing folder on the way, so that a failure can take exactly those back.
            var prefix = folder.hasPrefix("/") ? "" : "."
            for part in folder.split(separator: "/") {
                prefix += "/" + part
                guard AtomicFile.existing(prefix) == .nothing else { continue }
                do {
                    try SessionFolder.makeFolder(prefix)
                } catch {
                    takeBack()
                    throw error
                }
                madeFolders.append(prefix)
            }
        case .folder:
            break
        case .symbolicLink where isFolder(folder):
            break
        case .regularFile, .symbolicLink, .special:
            let names = files.map(\.name).joined(separator: ", ")
            throw StorageError(.rule, "\(folder) is not a folder; --format all writes a folder of files (\(names)): "
                               + "name a folder, or give one --format")
        }
        if madeFolders.isEmpty { try checkExisting(folder, for: files.map(\.name), samskabsOwn: samskabsOwn, force: force) }
        var written: [String] = []
        for file in files {
            let path = folder + "/" + file.name
            let isNew = AtomicFile.existing(path) == .nothing
            do {
                try AtomicFile.write(file.render(), to: path)
            } catch {
                takeBack()
                throw error
            }
            if isNew { newFiles.append(path) }
            written.append(path)
        }
        return written
    }

    /// An existing folder: other files in it need `force` (unless it is samskab's own), and none
    /// of the names to be written may be anything but a regular file.
    static func checkExisting(_ folder: String, for names: [String], samskabsOwn: Bool, force: Bool) throws(StorageError) {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let others = entries.filter { entry in
            !names.contains(entry) && !names.contains { entry.hasPrefix($0 + ".writing-") }
        }
        if !others.isEmpty && !samskabsOwn && !force {
            let named = others.prefix(3).joined(separator: ", ") + (others.count > 3 ? ", …" : "")
            throw StorageError(.rule, "\(folder) already holds other files (\(named)); name a new or empty folder, "
                               + "or add --force to write the summary files into it anyway")
        }
        for name in names {
            let path = folder + "/" + name
            switch AtomicFile.existing(path) {
            case .nothing, .regularFile: continue
            case .folder, .symbolicLink, .special:
                throw StorageError(.rule, "\(path) is not a regular file; it was left as it is, and nothing was written")
            }
        }
    }

    /// A symbolic link to a folder (a session kept on another disk, say) is a folder to write into.
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
