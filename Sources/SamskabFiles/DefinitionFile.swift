import SamskabModel

/// Loads a workshop definition from disk, with the roster CSV it may name beside it.
public enum DefinitionFile {
    public static func load(_ path: String) -> WorkshopParser.Outcome {
        switch FileBytes.read(path) {
        case .failure(let error):
            let message = error.description == "no such file"
                ? "the file does not exist; check the name and folder" : "the file cannot be read: \(error)"
            return WorkshopParser.Outcome(
                workshop: nil, diagnostics: [Diagnostic(file: path, line: 1, column: 1, severity: .error, message: message)])
        case .success(let bytes):
            let folder = directory(of: path)
            return WorkshopParser.parse(bytes: bytes, file: path) { name in
                let relatedPath = name.hasPrefix("/") || folder.isEmpty ? name : folder + "/" + name
                switch FileBytes.read(relatedPath) {
                case .success(let bytes): return .contents(path: relatedPath, bytes: bytes)
                case .failure(let error):
                    let place = folder.isEmpty ? "the current folder" : "'\(folder)'"
                    return .unreadable(reason: error.description == "no such file"
                                       ? "no such file in \(place), where the definition is" : error.description)
                }
            }
        }
    }

    /// The folder part of a path, "" for a bare file name.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "" : String(path[..<slash])
    }
}
