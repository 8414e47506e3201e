#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file system in memory for the tests and `samskab-bench crash-states`: what the program
/// sees (the page cache, `tree`) and a log of every change (`log`), including which data and
/// names each fsync or fdatasync made durable, so that `CrashStates` can build what a power
/// cut at any moment could leave. One process, one thread; locks always succeed.
final class MemoryFileSystem: FileSystem {
    private(set) var tree: FileTree
    /// Every change since the file system was made, in order.
    private(set) var log: [FileChange] = []
    /// The tree the log starts from (durable).
    let start: FileTree
    private var nextInode: Int
    private var descriptors: [Int32: (inode: Int, append: Bool, writable: Bool)] = [:]
    private var nextDescriptor: Int32 = 3
    /// Shared by the crash states of one day.
    let definitionMemo: DefinitionMemo?

    /// A file system holding `files` (absolute path → bytes), all durable; folders are made as needed.
    init(files: [String: [UInt8]] = [:], memo: DefinitionMemo? = nil) {
        definitionMemo = memo
        var tree = FileTree()
        var next = FileTree.root + 1
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            var folder = FileTree.root
            let parts = path.split(separator: "/").map(String.init)
            for (index, part) in parts.enumerated() {
                guard case .folder(var names) = tree.nodes[folder] else { break }
                if let existing = names[part] {
                    folder = existing
                    continue
                }
                let isLast = index == parts.count - 1
                tree.nodes[next] = isLast ? .file(bytes) : .folder([:])
                names[part] = next
                tree.nodes[folder] = .folder(names)
                folder = next
                next += 1
            }
        }
        self.tree = tree
        self.start = tree
        self.nextInode = next
    }

    /// A file system whose contents are `tree` (a crash state), with an empty log.
    init(tree: FileTree, memo: DefinitionMemo? = nil) {
        definitionMemo = memo
        self.tree = tree
        self.start = tree
        self.nextInode = (tree.nodes.keys.max() ?? FileTree.root) + 1
    }

    private func record(_ change: FileChange) {
        tree.apply(change)
        log.append(change)
    }

    /// The folder and the last name of a path, when the folder exists.
    private func split(_ path: String) -> (folder: Int, name: String)? {
        let parts = parts(path)
        guard let last = parts.last else { return nil }
        guard let folder = tree.inode(parts: parts.dropLast()), case .folder = tree.nodes[folder] else { return nil }
        return (folder, last)
    }

    private func parts(_ path: String) -> [String] {
        definitionMemo?.parts(path) ?? FileTree.parts(path)
    }

    private func inode(_ path: String) -> Int? {
        tree.inode(parts: parts(path))
    }

    private func names(_ folder: Int) -> [String: Int] {
        if case .folder(let names) = tree.nodes[folder] { return names }
        return [:]
    }

    private func newInode(folder isFolder: Bool) -> Int {
        let inode = nextInode
        nextInode += 1
        record(.created(inode: inode, isFolder: isFolder))
        return inode
    }

    // MARK: FileSystem

    func open(_ path: String, flags: Int32, mode: mode_t) -> Int32 {
        guard let (folder, name) = split(path) else { return path == "/" ? descriptor(FileTree.root, flags) : -ENOENT }
        var inode = names(folder)[name]
        if inode != nil, flags & O_CREAT != 0, flags & O_EXCL != 0 { return -EEXIST }
        if inode == nil {
            guard flags & O_CREAT != 0 else { return -ENOENT }
            let made = newInode(folder: false)
            record(.named(folder: folder, name: name, inode: made))
            inode = made
        }
        guard let found = inode, let node = tree.nodes[found] else { return -ENOENT }
        if case .folder = node {
            if flags & O_ACCMODE != O_RDONLY { return -EISDIR }
        } else if flags & O_DIRECTORY != 0 {
            return -ENOTDIR
        }
        if flags & O_TRUNC != 0, case .file(let bytes) = node, !bytes.isEmpty { record(.truncated(inode: found, length: 0)) }
        return descriptor(found, flags)
    }

    private func descriptor(_ inode: Int, _ flags: Int32) -> Int32 {
        let descriptor = nextDescriptor
        nextDescriptor += 1
        descriptors[descriptor] = (inode, flags & O_APPEND != 0, flags & O_ACCMODE != O_RDONLY)
        return descriptor
    }

    func close(_ descriptor: Int32) {
        descriptors[descriptor] = nil
    }

    func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
        guard let open = descriptors[descriptor], open.writable, case .file(let data) = tree.nodes[open.inode] else {
            return -Int(EBADF)
        }
        // Every write here appends (the journal opens with O_APPEND; new files are written once).
        record(.wrote(inode: open.inode, offset: data.count, bytes: Array(bytes)))
        return bytes.count
    }

    func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        guard let open = descriptors[descriptor], case .file(let data) = tree.nodes[open.inode] else { return -Int(EBADF) }
        guard offset < data.count else { return 0 }
        let count = min(buffer.count, data.count - offset)
        data.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count)]))
        }
        return count
    }

    func fsync(_ descriptor: Int32) -> Int32? {
        guard let open = descriptors[descriptor], let node = tree.nodes[open.inode] else { return EBADF }
        if case .folder = node {
            record(.syncedFolder(inode: open.inode))
        } else {
            record(.syncedFile(inode: open.inode))
        }
        return nil
    }

    func fdatasync(_ descriptor: Int32) -> Int32? {
        fsync(descriptor)
    }

    /// After a failed sync: the file's unsynced data will never reach the disk.
    func loseUnsynced(_ descriptor: Int32) {
        guard let open = descriptors[descriptor] else { return }
        record(.lostUnsynced(inode: open.inode))
    }

    func ftruncate(_ descriptor: Int32, _ length: Int) -> Int32? {
        guard let open = descriptors[descriptor], open.writable, case .file = tree.nodes[open.inode] else { return EBADF }
        record(.truncated(inode: open.inode, length: length))
        return nil
    }

    func rename(_ from: String, _ to: String) -> Int32? {
        guard let (fromFolder, fromName) = split(from), let inode = names(fromFolder)[fromName] else { return ENOENT }
        guard let (toFolder, toName) = split(to) else { return ENOENT }
        if let existing = names(toFolder)[toName], existing != inode, case .folder(let inside) = tree.nodes[existing] {
            guard case .folder = tree.nodes[inode] else { return EISDIR }
            if !inside.isEmpty { return ENOTEMPTY }
        }
        record(.renamed(fromFolder: fromFolder, from: fromName, toFolder: toFolder, to: toName, inode: inode))
        return nil
    }

    func link(_ from: String, _ to: String) -> Int32? {
        guard let (fromFolder, fromName) = split(from), let inode = names(fromFolder)[fromName] else { return ENOENT }
        guard let (toFolder, toName) = split(to) else { return ENOENT }
        if names(toFolder)[toName] != nil { return EEXIST }
        record(.named(folder: toFolder, name: toName, inode: inode))
        return nil
    }

    func unlink(_ path: String) -> Int32? {
        guard let (folder, name) = split(path), let inode = names(folder)[name] else { return ENOENT }
        if case .folder = tree.nodes[inode] { return EISDIR }
        record(.named(folder: folder, name: name, inode: nil))
        return nil
    }

    func removeDirectory(_ path: String) -> Int32? {
        guard let (folder, name) = split(path), let inode = names(folder)[name] else { return ENOENT }
        guard case .folder(let inside) = tree.nodes[inode] else { return ENOTDIR }
        if !inside.isEmpty { return ENOTEMPTY }
        record(.named(folder: folder, name: name, inode: nil))
        return nil
    }

    func makeDirectory(_ path: String, mode: mode_t) -> Int32? {
        guard let (folder, name) = split(path) else { return ENOENT }
        if names(folder)[name] != nil { return EEXIST }
        let inode = newInode(folder: true)
        record(.named(folder: folder, name: name, inode: inode))
        return nil
    }

    func status(_ path: String, followLinks: Bool) -> Result<FileStatus, Errno> {
        guard let inode = inode(path) else { return .failure(Errno(code: ENOENT)) }
        return status(inode: inode)
    }

    func status(_ descriptor: Int32) -> Result<FileStatus, Errno> {
        guard let open = descriptors[descriptor] else { return .failure(Errno(code: EBADF)) }
        return status(inode: open.inode)
    }

    private func status(inode: Int) -> Result<FileStatus, Errno> {
        switch tree.nodes[inode] {
        case .file(let bytes)?:
            return .success(FileStatus(kind: .regular, size: bytes.count, inode: UInt64(inode), permissions: 0o600,
                                       owner: geteuid(), links: 1))
        case .folder?:
            return .success(FileStatus(kind: .directory, size: 4096, inode: UInt64(inode), permissions: 0o700,
                                       owner: geteuid(), links: 2))
        case nil:
            return .failure(Errno(code: ENOENT))
        }
    }

    func lock(_ descriptor: Int32) -> Int32? { descriptors[descriptor] == nil ? EBADF : nil }
    func unlock(_ descriptor: Int32) {}
    func setPermissions(_ descriptor: Int32, _ mode: mode_t) {}

    func entries(_ path: String) -> [String]? {
        guard let inode = inode(path), case .folder(let names) = tree.nodes[inode] else { return nil }
        return names.keys.sorted()
    }

    func readFile(_ path: String, limit: Int, followLinks: Bool) -> Result<[UInt8], PlainFile.Failure> {
        guard let inode = inode(path), let node = tree.nodes[inode] else { return .failure(.missing) }
        guard case .file(let bytes) = node else { return .failure(.notRegular(kind: "a folder")) }
        if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count)) }
        return .success(bytes)
    }

    func isInside(_ path: String, folder: String) -> Bool? {
        inode(path) == nil ? nil : true
    }

    /// Whether the file at `path` begins with `bytes` (compared as memory: the proof compares
    /// whole journals thousands of times).
    func contents(_ path: String, beginWith bytes: ArraySlice<UInt8>) -> Bool {
        guard let inode = inode(path), case .file(let data) = tree.nodes[inode], data.count >= bytes.count else {
            return false
        }
        return data.withUnsafeBytes { whole in
            bytes.withUnsafeBytes { start in
                guard let one = whole.baseAddress, let other = start.baseAddress else { return start.isEmpty }
                return memcmp(one, other, start.count) == 0
            }
        }
    }

    /// The bytes of the file at `path` as the program sees them, or nil.
    func contents(_ path: String) -> [UInt8]? {
        guard let inode = inode(path), case .file(let bytes) = tree.nodes[inode] else { return nil }
        return bytes
    }
}
