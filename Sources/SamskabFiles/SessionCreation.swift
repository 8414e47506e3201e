#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SamskabModel
import SamskabSession

extension SessionFolder {
    public struct Started {
        public var folder: SessionFolder
        /// False when an existing session was resumed.
        public var created: Bool
        public var warnings: [String]
        /// The definition was changed after the session started (the session keeps its copy).
        public var definitionChanged = false
    }

    /// The folder a definition's session goes in when none is named: `Sessions/<name>` in the
    /// current folder, where <name> is the definition's file name without `.yaml`, followed by
    /// the workshop's date (or today's) unless the name already ends with it.
    public static func defaultPath(definition: String, workshop: Workshop, today: CalendarDate) -> String {
        var stem = definition.split(separator: "/").last.map(String.init) ?? definition
        for suffix in [".yaml", ".yml"] where stem.hasSuffix(suffix) { stem.removeLast(suffix.count) }
        let date = (workshop.date ?? today).description
        return "Sessions/" + (stem.hasSuffix(date) ? stem : "\(stem)-\(date)")
    }

    /// Creates the session for `definition`, or resumes it when `path` already is one.
    /// Creation is atomic: the folder is built under a temporary name, synced, then renamed.
    public static func start(definition: String, at path: String?, today: CalendarDate) throws(StorageError) -> Started {
        let outcome = DefinitionFile.load(definition)
        guard let workshop = outcome.workshop else {
            let problems = outcome.errors.map(\.description).joined(separator: "\n")
            throw StorageError(.rule, "\(problems)\nthe definition has errors; fix them (samskab check) before starting")
        }
        let target = trimmed(path ?? defaultPath(definition: definition, workshop: workshop, today: today))
        if let info = POSIX.pathInfo(target) {
            guard info.isDirectory else { throw StorageError(.notASession, "'\(target)' is a file, not a session folder") }
            if POSIX.pathInfo(target + "/" + markerName) != nil {
                return try resume(target, definition: definition)
            }
            if !isEmptyDirectory(target) {
                throw StorageError(.notASession, "'\(target)' exists and is not a session folder (it has no "
                                   + "\(markerName)); name another folder with --session")
            }
        }
        try build(target, definition: definition, workshop: workshop)
        return Started(folder: try SessionFolder(opening: target), created: true, warnings: [])
    }

    private static func resume(_ target: String, definition: String) throws(StorageError) -> Started {
        let folder = try SessionFolder(opening: target)
        var warnings: [String] = []
        if case .success(let now) = PlainFile.read(definition, limit: DefinitionLimits.definitionBytes),
           case .success(let frozen) = PlainFile.read(target + "/" + definitionName, limit: DefinitionLimits.definitionBytes),
           now != frozen {
            warnings.append("\(definition) has changed since this session started; the session keeps its own copy "
                            + "(\(target)/\(definitionName))")
        }
        return Started(folder: folder, created: false, warnings: warnings, definitionChanged: !warnings.isEmpty)
    }

    private static func build(_ target: String, definition: String, workshop: Workshop) throws(StorageError) {
        let parent = POSIX.folder(of: target)
        try makeDirectories(parent)
        let temporary = "\(parent)/.\(target.split(separator: "/").last!)-starting-\(getpid())"
        func fail(_ code: Int32, _ what: String) -> StorageError {
            removeTree(temporary)
            return StorageError(POSIX.isDiskFull(code) ? .diskFull : .io,
                                "the session folder cannot be created: \(what): \(POSIX.describe(code))")
        }
        if let code = POSIX.makeDirectory(temporary) { throw fail(code, temporary) }
        // Regular files within their caps only, as when the definition was checked: a file
        // swapped for a FIFO or a huge file in between is refused, not waited on.
        guard case .success(let definitionBytes) = PlainFile.read(definition, limit: DefinitionLimits.definitionBytes) else {
            throw fail(EIO, "reading \(definition)")
        }
        if let code = POSIX.createFile(temporary + "/" + definitionName, definitionBytes) { throw fail(code, "definition copy") }

        // Freeze the files the definition names (the roster CSV) beside the copy.
        var related: [String] = []
        _ = DefinitionFile.load(definition) { name in
            related.append(name)
            return DefinitionFile.beside(definition, name)
        }
        if !related.isEmpty {
            if let code = POSIX.makeDirectory(temporary + "/files") { throw fail(code, "files/") }
            for name in related {
                guard case .success(let bytes) = PlainFile.read(DefinitionFile.beside(definition, name),
                                                                limit: DefinitionLimits.rosterBytes) else {
                    throw fail(EIO, "reading \(name)")
                }
                if let code = POSIX.createFile(temporary + "/files/" + fileName(name), bytes) { throw fail(code, name) }
            }
            _ = POSIX.syncDirectory(temporary + "/files")
        }
        if let code = POSIX.createFile(temporary + "/" + journalName, []) { throw fail(code, "journal") }
        let marker = try SessionMarker(created: "\(Timestamp.now())", source: definition, title: workshop.title).encoded()
        if let code = POSIX.createFile(temporary + "/" + markerName, marker) { throw fail(code, "session.json") }
        if let code = POSIX.syncDirectory(temporary) { throw fail(code, "sync") }
        if rename(temporary, target) != 0 {
            let code = errno
            removeTree(temporary)
            if code == ENOTEMPTY || code == EEXIST { return } // another start won the race: resume theirs
            throw StorageError(.io, "the session folder cannot be created: \(POSIX.describe(code))")
        }
        _ = POSIX.syncDirectory(parent)
    }

    /// Creates a folder and any missing parents, owner-only.
    public static func makeFolder(_ path: String) throws(StorageError) {
        try makeDirectories(path)
    }

    private static func makeDirectories(_ path: String) throws(StorageError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if POSIX.pathInfo(current) == nil {
                if let code = POSIX.makeDirectory(current) {
                    throw StorageError(.io, "the folder \(current) cannot be created: \(POSIX.describe(code))")
                }
                _ = POSIX.syncDirectory(POSIX.folder(of: current))
            }
        }
    }

    private static func isEmptyDirectory(_ path: String) -> Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: path).isEmpty) ?? false
    }

    private static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
