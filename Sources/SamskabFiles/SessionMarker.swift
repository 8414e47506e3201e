import Foundation

/// `session.json`, the marker that makes a folder a session: written once by `start`, through
/// this type only (no hand-formatted JSON).
struct SessionMarker: Codable, Equatable {
    var format = 1
    /// When the session was created (ISO 8601, UTC).
    var created: String
    /// The definition file it was started from.
    var source: String
    var title: String

    /// The marker as one line of JSON, keys sorted.
    func encoded() throws(StorageError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(self)) + [0x0A]
        } catch {
            throw StorageError(.io, "cannot encode session.json: \(error)")
        }
    }
}

extension SessionMarker {
    /// What a reader needs of a session.json, read leniently (an older or hand-made marker may
    /// lack a field): the creation time and the definition it came from.
    struct Fields: Decodable {
        var created: String?
        var source: String?
    }

    /// The marker of `folder`, bounded and not through a link; anything unreadable: nil.
    static func fields(of folder: SessionFolder) -> Fields? {
        let path = folder.path + "/" + SessionFolder.markerName
        guard case .success(let bytes) = PlainFile.read(path, limit: 64 * 1024, followLinks: false) else { return nil }
        return try? JSONDecoder().decode(Fields.self, from: Data(bytes))
    }
}
