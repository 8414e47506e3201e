/// What a power cut could leave of a logged day, at every moment of it.
///
/// For every prefix of the log, the durable tree (data synced by fsync or fdatasync of its file,
/// names synced by fsync of their folder) is taken with the changes not yet synced:
/// - all dropped, and all kept;
/// - the pending changes of names kept in order up to each point (a journaling file system
///   commits them in order), with the pending data all kept or all dropped;
/// - every proper subset of the pending data writes (later writes kept without earlier ones),
///   when there are at most four;
/// - each pending write torn after every byte (byte granularity: a cut at every sector
///   boundary included), the writes before it kept;
/// - each 512-byte sector of a pending write that spans more than one left out, the others kept
///   (a later sector on the disk without an earlier one; the hole reads as zeros).
struct CrashStates {
    static let sector = 512

    let start: FileTree
    let log: [FileChange]

    /// What a power cut after the whole log leaves when nothing unsynced reached the disk.
    func durable() -> FileTree {
        var last = start
        forEach(variants: false) { _, tree in last = tree }
        return last
    }

    /// Calls `visit` with the prefix length and each crash state; returns how many there were.
    @discardableResult
    func forEach(variants: Bool = true, _ visit: (Int, FileTree) -> Void) -> Int {
        var durable = start
        var pending: [Int] = []
        var count = 0
        for prefix in 0...log.count {
            if variants {
                count += states(durable: durable, pending: pending) { visit(prefix, $0) }
            } else {
                visit(prefix, durable)
                count += 1
            }
            guard prefix < log.count else { break }
            let change = log[prefix]
            switch change {
            case .created:
                durable.apply(change)
            case .wrote, .truncated, .named, .renamed:
                pending.append(prefix)
            case .syncedFile(let inode):
                for index in pending where log[index].dataInode == inode { durable.apply(log[index]) }
                pending.removeAll { log[$0].dataInode == inode }
            case .lostUnsynced(let inode):
                pending.removeAll { log[$0].dataInode == inode }
            case .syncedFolder(let inode):
                for index in pending where log[index].folder == inode { durable.apply(log[index]) }
                pending.removeAll { log[$0].folder == inode }
            }
        }
        return count
    }

    private func states(durable: FileTree, pending: [Int], _ visit: (FileTree) -> Void) -> Int {
        func tree(_ indices: [Int], torn: (index: Int, bytes: [UInt8])? = nil) -> FileTree {
            var tree = durable
            for index in indices.sorted() {
                if let torn, torn.index == index, case .wrote(let inode, let offset, _) = log[index] {
                    tree.apply(.wrote(inode: inode, offset: offset, bytes: torn.bytes))
                } else {
                    tree.apply(log[index])
                }
            }
            return tree
        }
        visit(durable)
        guard !pending.isEmpty else { return 1 }
        var count = 2
        visit(tree(pending))
        let names = pending.filter { log[$0].dataInode == nil }
        let data = pending.filter { log[$0].dataInode != nil }
        if names.count > 1 {
            for kept in 1..<names.count {
                visit(tree(Array(names.prefix(kept)) + data))
                visit(tree(Array(names.prefix(kept))))
                count += 2
            }
        }
        if data.count > 1, data.count <= 4 {
            for mask in 1..<((1 << data.count) - 1) {
                visit(tree(names + data.indices.filter { mask & (1 << $0) != 0 }.map { data[$0] }))
                count += 1
            }
        }
        for (position, index) in data.enumerated() {
            guard case .wrote(_, let offset, let bytes) = log[index], bytes.count > 1 else { continue }
            let before = names + data.prefix(position)
            for cut in 1..<bytes.count {
                visit(tree(before + [index], torn: (index, Array(bytes[..<cut]))))
                count += 1
            }
            // Sectors by the file's offsets: each one left out (zeros), the rest written.
            let first = offset / Self.sector, last = (offset + bytes.count - 1) / Self.sector
            guard last > first else { continue }
            for missing in first...last {
                var written = bytes
                let from = max(missing * Self.sector, offset) - offset
                let to = min((missing + 1) * Self.sector, offset + bytes.count) - offset
                for position in from..<to { written[position] = 0 }
                visit(tree(before + [index], torn: (index, written)))
                count += 1
            }
        }
        return count
    }
}
