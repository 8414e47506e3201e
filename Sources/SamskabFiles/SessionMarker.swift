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
