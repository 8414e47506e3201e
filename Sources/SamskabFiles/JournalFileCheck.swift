#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a session's journal must be before it is read: a regular file, reached by its own name.
/// A symbolic link (perhaps into another session) or anything that is not a regular file (a FIFO
/// would read as an empty session, or hang) is refused with the reason; a journal that belongs to
/// another user, or that has other names (hard links), is read with a warning, as the day must go
/// on but the facilitator must know that someone else can change its record.
extension SessionFolder {
    static func journalWarnings(_ file: String, files: any FileSystem) throws(StorageError) -> [String] {
        guard case .success(let info) = files.status(file, followLinks: false) else { return [] }
        switch info.kind {
        case .regular:
            break
        case .symbolicLink:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: file)) ?? "?"
            throw StorageError(.damaged, "the journal \(file) is a symbolic link (to \(target)); a session reads and writes "
                               + "only its own journal, never through a link: put the file itself in its place",
                               danish: "journalen \(file) er et symbolsk link (til \(target)); en session læser og skriver kun "
                               + "sin egen journal, aldrig gennem et link: læg selve filen på dens plads")
        case .directory, .other:
            let kind: String
            switch info.kind {
            case .directory: kind = "a folder"
            case .other(let mode): kind = PlainFile.kind(of: mode) ?? "not a plain file"
            default: kind = "not a plain file"
            }
            throw StorageError(.damaged, "the journal \(file) is \(kind), not a regular file; it was left as it is. "
                               + "A session's journal is a plain file of lines",
                               danish: "journalen \(file) er ikke en almindelig fil (\(kind)); den blev ikke rørt. "
                               + "En sessions journal er en almindelig tekstfil")
        }
        var warnings: [String] = []
        if info.owner != geteuid() {
            warnings.append("the journal \(file) belongs to another user (uid \(info.owner)), who can change the day's record; "
                            + "run samskab as its owner, or copy the session")
        }
        if info.links > 1 {
            warnings.append("the journal \(file) has \(info.links) names (hard links): it can be changed through another name, "
                            + "perhaps in another session; copy it (cp) so it has only its own")
        }
        return warnings
    }
}
