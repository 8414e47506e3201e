import SamskabModel

/// Parsed definitions remembered by their bytes and those of the files they name, for file
/// systems in memory: the thousands of crash states of one day hold the same frozen definition,
/// and parsing it is a pure function of those bytes. The system's file system has none.
final class DefinitionMemo {
    private struct Entry {
        var file: String
        var bytes: [UInt8]
        var related: [(name: String, file: RelatedFile)]
        var outcome: WorkshopParser.Outcome
    }

    private var entries: [Entry] = []
    /// Paths split into their names, for `FileTree.inode`.
    private var paths: [String: [String]] = [:]

    func parts(_ path: String) -> [String] {
        if let known = paths[path] { return known }
        let parts = FileTree.parts(path)
        if paths.count < 256 { paths[path] = parts }
        return parts
    }

    /// The outcome of parsing `bytes` (the file `file`), reading the files it names with `readRelated`.
    func parse(_ bytes: [UInt8], file: String, readRelated: (String) -> RelatedFile) -> WorkshopParser.Outcome {
        for entry in entries where entry.file == file && entry.bytes == bytes
            && entry.related.allSatisfy({ Self.same(readRelated($0.name), $0.file) }) {
            return entry.outcome
        }
        var related: [(name: String, file: RelatedFile)] = []
        let outcome = WorkshopParser.parse(bytes: bytes, file: file) { name in
            let read = readRelated(name)
            related.append((name, read))
            return read
        }
        if entries.count < 16 { entries.append(Entry(file: file, bytes: bytes, related: related, outcome: outcome)) }
        return outcome
    }

    private static func same(_ one: RelatedFile, _ other: RelatedFile) -> Bool {
        switch (one, other) {
        case (.contents(let path, let bytes), .contents(let otherPath, let otherBytes)):
            path == otherPath && bytes == otherBytes
        case (.unreadable(let reason), .unreadable(let otherReason)):
            reason == otherReason
        default:
            false
        }
    }
}
