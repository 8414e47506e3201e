import SamskabModel

/// Loads a workshop definition from disk, with the roster CSV it may name beside it.
public enum DefinitionFile {
    /// - Parameter relatedPath: where a file the definition names is read from; by default
    ///   beside the definition.
    public static func load(_ path: String, relatedPath: ((String) -> String)? = nil) -> WorkshopParser.Outcome {
        switch FileBytes.read(path) {
        case .failure(let error):
            let message = error.description == "no such file"
                ? "the file does not exist; check the name and folder" : "the file cannot be read: \(error)"
            return WorkshopParser.Outcome(
                workshop: nil, diagnostics: [Diagnostic(file: path, line: 1, column: 1, severity: .error, message: message)])
        case .success(let bytes):
            return WorkshopParser.parse(bytes: bytes, file: path) { name in
                let resolved = relatedPath?(name) ?? beside(path, name)
                switch FileBytes.read(resolved) {
                case .success(let bytes): return .contents(path: resolved, bytes: bytes)
                case .failure(let error):
                    let folder = POSIX.folder(of: path)
                    let place = folder == "." ? "the current folder" : "'\(folder)'"
                    return .unreadable(reason: error.description == "no such file"
                                       ? "no such file in \(place), where the definition is" : error.description)
                }
            }
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
