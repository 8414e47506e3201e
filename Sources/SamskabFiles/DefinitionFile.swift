import SamskabModel

/// Loads a workshop definition from disk, with the roster CSV it may name beside it.
///
/// Only regular files are read (a FIFO, device, socket or folder is refused without waiting),
/// each up to its cap in `DefinitionLimits`; a roster must lie in the definition's folder, a link
/// leading out of it included, and a refused file is never quoted.
public enum DefinitionFile {
    /// - Parameter relatedPath: where a file the definition names is read from; by default
    ///   beside the definition.
    ///   - followLinks: false for a session's frozen definition and its files: a symbolic link
    ///     is refused unread, so no other file's lines reach a message.
    public static func load(_ path: String, followLinks: Bool = true, relatedPath: ((String) -> String)? = nil) -> WorkshopParser.Outcome {
        load(path, followLinks: followLinks, files: POSIXFileSystem.shared, relatedPath: relatedPath)
    }

    /// The same, read through `files` (a session's file system).
    static func load(_ path: String, followLinks: Bool, files: any FileSystem,
                     relatedPath: ((String) -> String)? = nil) -> WorkshopParser.Outcome {
        switch files.readFile(path, limit: DefinitionLimits.definitionBytes, followLinks: followLinks) {
        case .failure(let failure):
            let message: String
            switch failure {
            case .missing: message = "the file does not exist; check the name and folder"
            case .notRegular(kind: "a symbolic link"):
                message = "it is a symbolic link; a session's frozen definition is read only as itself, never through a link "
                    + "(was it replaced by hand?)"
            case .notRegular, .tooLarge:
                message = failure.description(limit: DefinitionLimits.definitionBytes, limitName: "a workshop definition")
            case .unreadable(let reason): message = "the file cannot be read: \(reason)"
            }
            return WorkshopParser.Outcome(
                workshop: nil, diagnostics: [Diagnostic(file: path, line: 1, column: 1, severity: .error, message: message)])
        case .success(let bytes):
            let read = { (name: String) in
                readRelated(name, definition: path, resolved: relatedPath?(name) ?? beside(path, name), followLinks: followLinks,
                            files: files)
            }
            if let memo = files.definitionMemo { return memo.parse(bytes, file: path, readRelated: read) }
            return WorkshopParser.parse(bytes: bytes, file: path, readRelated: read)
        }
    }

    /// Reads the file `name` that the definition at `definition` names, found at `resolved`.
    static func readRelated(_ name: String, definition: String, resolved: String, followLinks: Bool = true,
                            files: any FileSystem = POSIXFileSystem.shared) -> RelatedFile {
        let folder = POSIX.folder(of: definition)
        let place = folder == "." ? "the current folder" : "'\(folder)'"
        switch files.isInside(resolved, folder: folder) {
        case nil:
            // Missing, or a link to nothing: say which, without following it further.
            return .unreadable(reason: PlainFile.isLink(resolved)
                ? "it is a link to a file that does not exist" : "no such file in \(place), where the definition is")
        case false?:
            return .unreadable(reason: "it is a link to a file outside \(place), where the definition is; "
                               + "copy the file there instead")
        case true?:
            break
        }
        switch files.readFile(resolved, limit: DefinitionLimits.rosterBytes, followLinks: followLinks) {
        case .success(let bytes): return .contents(path: resolved, bytes: bytes)
        case .failure(.missing): return .unreadable(reason: "no such file in \(place), where the definition is")
        case .failure(let failure):
            return .unreadable(reason: failure.description(limit: DefinitionLimits.rosterBytes, limitName: "a roster"))
        }
    }

    /// The path of a file named `name` in the definition at `definition`: relative names
    /// are read from the definition's folder.
    static func beside(_ definition: String, _ name: String) -> String {
        let folder = POSIX.folder(of: definition)
        if name.hasPrefix("/") || folder == "." { return name }
        return folder == "/" ? "/" + name : folder + "/" + name
    }
}
