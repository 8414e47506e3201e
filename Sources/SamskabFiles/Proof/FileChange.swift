/// One change a program made to a file system, as `MemoryFileSystem` logs it: at the level of
/// inodes, so a crash state can be built from any prefix of the log (see `CrashStates`).
enum FileChange: Equatable, Sendable {
    /// A new, empty file or folder, not yet named anywhere (durable at once: it holds nothing).
    case created(inode: Int, isFolder: Bool)
    /// Bytes written into a file's page cache at `offset` (a hole before it reads as zeros).
    case wrote(inode: Int, offset: Int, bytes: [UInt8])
    case truncated(inode: Int, length: Int)
    /// fsync or fdatasync of a file returned: its data written so far is durable.
    case syncedFile(inode: Int)
    /// A failed fsync or fdatasync: the file's unsynced data stays in the cache but is never
    /// written (the pages are marked clean, as Linux does), so no later sync saves it.
    case lostUnsynced(inode: Int)
    /// A name in a folder made to point at an inode (a new file or folder, a hard link), or
    /// removed (nil).
    case named(folder: Int, name: String, inode: Int?)
    /// rename(2) within or across folders: one atomic change of names.
    case renamed(fromFolder: Int, from: String, toFolder: Int, to: String, inode: Int)
    /// fsync of a folder returned: the changes of its names so far are durable.
    case syncedFolder(inode: Int)

    /// The folder whose names this change touches (its durability waits for that folder's
    /// fsync), or nil for a change of a file's data.
    var folder: Int? {
        switch self {
        case .named(let folder, _, _): folder
        case .renamed(_, _, let toFolder, _, _): toFolder
        default: nil
        }
    }

    /// The file whose data this change touches, or nil.
    var dataInode: Int? {
        switch self {
        case .wrote(let inode, _, _), .truncated(let inode, _): inode
        default: nil
        }
    }
}

/// A file system's contents at one moment: inodes of files (bytes) and folders (names).
struct FileTree: Sendable {
    enum Node: Sendable {
        case file([UInt8])
        case folder([String: Int])
    }

    static let root = 1
    var nodes: [Int: Node] = [FileTree.root: .folder([:])]

    /// Applies a change of data or names (syncs change nothing here).
    mutating func apply(_ change: FileChange) {
        switch change {
        case .created(let inode, let isFolder):
            nodes[inode] = isFolder ? .folder([:]) : .file([])
        case .wrote(let inode, let offset, let bytes):
            guard case .file(var data) = nodes[inode] else { return }
            nodes[inode] = nil // keeps the array uniquely referenced while it changes
            if data.count < offset { data.append(contentsOf: repeatElement(0, count: offset - data.count)) }
            let overlap = min(bytes.count, data.count - offset)
            if overlap > 0 { data.replaceSubrange(offset..<(offset + overlap), with: bytes[..<overlap]) }
            if overlap < bytes.count { data.append(contentsOf: bytes[overlap...]) }
            nodes[inode] = .file(data)
        case .truncated(let inode, let length):
            guard case .file(var data) = nodes[inode] else { return }
            nodes[inode] = nil
            if data.count > length {
                data.removeSubrange(length...)
            } else {
                data.append(contentsOf: repeatElement(0, count: length - data.count))
            }
            nodes[inode] = .file(data)
        case .named(let folder, let name, let inode):
            guard case .folder(var names) = nodes[folder] else { return }
            names[name] = inode
            nodes[folder] = .folder(names)
        case .renamed(let fromFolder, let from, let toFolder, let to, let inode):
            if case .folder(var names) = nodes[fromFolder], names[from] == inode {
                names[from] = nil
                nodes[fromFolder] = .folder(names)
            }
            if case .folder(var names) = nodes[toFolder] {
                names[to] = inode
                nodes[toFolder] = .folder(names)
            }
        case .syncedFile, .syncedFolder, .lostUnsynced:
            break
        }
    }

    /// The inode at an absolute path, or nil.
    func inode(_ path: String) -> Int? {
        inode(parts: Self.parts(path))
    }

    /// The inode at the path of these names from the root, or nil.
    func inode<Names: Collection<String>>(parts: Names) -> Int? {
        var current = FileTree.root
        for part in parts {
            guard case .folder(let names) = nodes[current], let next = names[part] else { return nil }
            current = next
        }
        return current
    }

    /// The names of a path ("." left out).
    static func parts(_ path: String) -> [String] {
        path.split(separator: "/").filter { $0 != "." }.map(String.init)
    }
}
