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
        try start(definition: definition, at: path, today: today, files: POSIXFileSystem.shared)
    }

    /// The same on `files` (a test's file system, or the system's).
    static func start(definition: String, at path: String?, today: CalendarDate,
                      files: any FileSystem) throws(StorageError) -> Started {
        let outcome = DefinitionFile.load(definition, followLinks: true, files: files)
        guard let workshop = outcome.workshop else {
            let problems = outcome.errors.map(\.description).joined(separator: "\n")
            throw StorageError(.rule, "\(problems)\nthe definition has errors; fix them (samskab check) before starting")
        }
        let target = trimmed(path ?? defaultPath(definition: definition, workshop: workshop, today: today))
        if let info = files.pathInfo(target) {
            guard info.isDirectory else { throw StorageError(.notASession, "'\(target)' is a file, not a session folder") }
            if files.pathInfo(target + "/" + markerName) != nil {
                return try resume(target, definition: definition, files: files)
            }
            if files.entries(target)?.isEmpty != true {
                throw StorageError(.notASession, "'\(target)' exists and is not a session folder (it has no "
                                   + "\(markerName)); name another folder with --session")
            }
        }
        try build(target, definition: definition, workshop: workshop, files: files)
        return Started(folder: try SessionFolder(opening: target, files: files), created: true, warnings: [])
    }

    private static func resume(_ target: String, definition: String, files: any FileSystem) throws(StorageError) -> Started {
        let folder = try SessionFolder(opening: target, files: files)
        // A start that made the folder and died (or failed) before syncing its parent left a
        // name that a power cut may still take: confirm it before anything is written into it.
        if let code = files.syncDirectory(POSIX.folder(of: target)) {
            throw StorageError(POSIX.isDiskFull(code) ? .diskFull : .io,
                               "the session folder \(target) cannot be confirmed on disk: \(POSIX.describe(code))")
        }
        var warnings: [String] = []
        let limit = DefinitionLimits.definitionBytes
        if case .success(let now) = files.readFile(definition, limit: limit, followLinks: true),
           case .success(let frozen) = files.readFile(target + "/" + definitionName, limit: limit, followLinks: true),
           now != frozen {
            warnings.append("\(definition) has changed since this session started; the session keeps its own copy "
                            + "(\(target)/\(definitionName))")
        }
        return Started(folder: folder, created: false, warnings: warnings, definitionChanged: !warnings.isEmpty)
    }

    private static func build(_ target: String, definition: String, workshop: Workshop,
                              files: any FileSystem) throws(StorageError) {
        let parent = POSIX.folder(of: target)
        try makeDirectories(parent, files: files)
        let temporary = "\(parent)/.\(target.split(separator: "/").last!)-starting-\(getpid())"
        func fail(_ code: Int32, _ what: String) -> StorageError {
            files.removeTree(temporary)
            return StorageError(POSIX.isDiskFull(code) ? .diskFull : .io,
                                "the session folder cannot be created: \(what): \(POSIX.describe(code))")
        }
        if let code = files.makeDirectory(temporary) { throw fail(code, temporary) }
        // Regular files within their caps only, as when the definition was checked: a file
        // swapped for a FIFO or a huge file in between is refused, not waited on.
        guard case .success(let definitionBytes) = files.readFile(definition, limit: DefinitionLimits.definitionBytes,
                                                                 followLinks: true) else {
            throw fail(EIO, "reading \(definition)")
        }
        if let code = files.createFile(temporary + "/" + definitionName, definitionBytes) { throw fail(code, "definition copy") }

        // Freeze the files the definition names (the roster CSV) beside the copy.
        var related: [String] = []
        // Read again for the names it holds: if this read fails, the copy would lack the roster
        // and the session could never open (found by the fault sweep: EIO on this open).
        let again = DefinitionFile.load(definition, followLinks: true, files: files) { name in
            related.append(name)
            return DefinitionFile.beside(definition, name)
        }
        guard again.workshop != nil else { throw fail(EIO, "reading \(definition) again") }
        if !related.isEmpty {
            if let code = files.makeDirectory(temporary + "/files") { throw fail(code, "files/") }
            for name in related {
                guard case .success(let bytes) = files.readFile(DefinitionFile.beside(definition, name),
                                                                limit: DefinitionLimits.rosterBytes, followLinks: true) else {
                    throw fail(EIO, "reading \(name)")
                }
                if let code = files.createFile(temporary + "/files/" + fileName(name), bytes) { throw fail(code, name) }
            }
            // Without this the roster's name in files/ may be lost in a power cut, and the
            // frozen definition would then name a file that is not there.
            if let code = files.syncDirectory(temporary + "/files") { throw fail(code, "sync files/") }
        }
        if let code = files.createFile(temporary + "/" + journalName, []) { throw fail(code, "journal") }
        let marker = try SessionMarker(created: "\(Timestamp.now())", source: definition, title: workshop.title).encoded()
        if let code = files.createFile(temporary + "/" + markerName, marker) { throw fail(code, "session.json") }
        if let code = files.syncDirectory(temporary) { throw fail(code, "sync") }
        if let code = files.rename(temporary, target) {
            files.removeTree(temporary)
            if code == ENOTEMPTY || code == EEXIST { return } // another start won the race: resume theirs
            throw StorageError(.io, "the session folder cannot be created: \(POSIX.describe(code))")
        }
        // Until the parent folder is synced the new name may vanish in a power cut, and the
        // notes written into it with it: the session is not reported made before that.
        if let code = files.syncDirectory(parent) {
            throw StorageError(POSIX.isDiskFull(code) ? .diskFull : .io,
                               "the session folder \(target) was made, but the disk could not confirm it "
                               + "(\(POSIX.describe(code))); run the command again")
        }
    }

    /// Creates a folder and any missing parents, owner-only.
    public static func makeFolder(_ path: String) throws(StorageError) {
        try makeDirectories(path, files: POSIXFileSystem.shared)
    }

    private static func makeDirectories(_ path: String, files: any FileSystem) throws(StorageError) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if files.pathInfo(current) == nil {
                if let code = files.makeDirectory(current) ?? files.syncDirectory(POSIX.folder(of: current)) {
                    throw StorageError(.io, "the folder \(current) cannot be created: \(POSIX.describe(code))")
                }
            }
        }
    }

}
