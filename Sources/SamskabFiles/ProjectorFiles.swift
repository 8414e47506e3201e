#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The projector's own files beside the journal: what the facilitator chose that must survive a
/// crash (`projector.json`: above all, names hidden with `a` never come back on by themselves;
/// and the board by question or by table, `b`),
/// and which process has the wall (`projector.lock`). A view, not the day's record, so not events.
extension SessionFolder {
    static let projectorChoicesName = "projector.json"
    static let projectorLockName = "projector.lock"

    /// Whether the wall may show authors' names: only a saved `true` says yes; a saved `false`, or
    /// anything unreadable, says no. nil when nothing was ever saved.
    public var projectorShowsAuthors: Bool? {
        switch projectorChoices {
        case .missing: nil
        case .unreadable: false
        case .saved(let choices): choices.showAuthors == true
        }
    }

    /// The items (0-based) whose board is arranged by table (`b`): `"by_table":[8,12]`. A file of
    /// the old form, one `"arrangement":"table"` for the whole day, gives the item shown now
    /// (`current`), where it was chosen; anything unreadable gives none (by question).
    public func projectorTableItems(current: Int) -> [Int] {
        guard case .saved(let choices) = projectorChoices else { return [] }
        if let items = choices.byTable { return items.filter { (0..<100_000).contains($0) } }
        return choices.arrangement == "table" ? [current] : []
    }

    /// The note selected on the wall when the choices were saved, if any (an id of letters,
    /// digits, `-` and `_`; anything else reads as none).
    public var projectorSelectedNote: String? {
        guard case .saved(let choices) = projectorChoices, let id = choices.selected else { return nil }
        return Self.isPlainID(id) ? id : nil
    }

    /// The view open on the wall when the choices were saved (`board`, `plan`, `next_steps`), if any.
    public var projectorView: String? {
        guard case .saved(let choices) = projectorChoices, let view = choices.view else { return nil }
        return Self.isPlainID(view) ? view : nil
    }

    /// Saves the choices durably (written aside, fsynced, renamed into place).
    public func saveProjectorChoices(showAuthors: Bool, tableItems: [Int] = [], selectedNote: String? = nil,
                                     view: String? = nil) throws(StorageError) {
        let choices = ProjectorChoicesFile(showAuthors: showAuthors, byTable: tableItems.filter { $0 >= 0 },
                                           selected: selectedNote.flatMap { Self.isPlainID($0) ? $0 : nil },
                                           view: view.flatMap { Self.isPlainID($0) ? $0 : nil })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data
        do {
            data = try encoder.encode(choices)
        } catch {
            throw StorageError(.io, "cannot encode the projector's choices: \(error)")
        }
        try AtomicFile.write(Array(data) + [0x0A], to: path + "/" + Self.projectorChoicesName)
    }

    private static func isPlainID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 64
            && text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    private enum ChoicesFile {
        case missing
        case unreadable
        case saved(ProjectorChoicesFile)
    }

    private var projectorChoices: ChoicesFile {
        let descriptor = open(path + "/" + Self.projectorChoicesName, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .missing }
        defer { close(descriptor) }
        guard case .success(let bytes) = FileBytes.read(descriptor: descriptor, limit: 4096),
              let choices = try? JSONDecoder().decode(ProjectorChoicesFile.self, from: Data(bytes)) else { return .unreadable }
        return .saved(choices)
    }

    /// Claims the wall for this process for as long as it runs. Returns nil when claimed, or the
    /// process id written by the projector that holds it ("?" if unreadable).
    public func claimProjector() -> String? {
        let descriptor = open(path + "/" + Self.projectorLockName, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return nil }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            // Kept open, so the lock is held until the process ends.
            _ = ftruncate(descriptor, 0)
            let pid = Array("\(getpid())\n".utf8)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            return nil
        }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 31, 0) }
        guard count > 0 else { return "?" }
        return String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
