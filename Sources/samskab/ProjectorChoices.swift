#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SamskabFiles
import SamskabScreens

/// What the facilitator chose on the projector that must survive a crash: above all, names
/// hidden with `a` must never come back on by themselves. Kept beside the journal in
/// `projector.json` (a view, not the day's record, so not an event).
enum ProjectorChoices {
    static let fileName = "projector.json"

    static func path(_ folder: SessionFolder) -> String { folder.path + "/" + fileName }

    /// Applies what was saved; anything unreadable leaves names hidden if in doubt.
    static func load(into view: inout ProjectorView, from folder: SessionFolder) {
        let descriptor = open(path(folder), O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        guard case .success(let bytes) = FileBytes.read(descriptor: descriptor, limit: 4096) else {
            view.showAuthors = false
            return
        }
        // Only a saved "true" shows names; "false", or anything unreadable, hides them.
        if !String(decoding: bytes, as: UTF8.self).contains(#""show_authors":true"#) { view.showAuthors = false }
    }

    /// Saves the choices durably; says so on the wall if it cannot.
    static func save(_ view: inout ProjectorView, to folder: SessionFolder) {
        let json = #"{"show_authors":\#(view.showAuthors)}"# + "\n"
        do {
            try AtomicFile.write(Array(json.utf8), to: path(folder))
        } catch {
            view.message = view.language == .danish
                ? "Valget kunne ikke gemmes (\(error.description)); det gælder til programmet lukkes"
                : "The choice could not be saved (\(error.description)); it holds until the program ends"
        }
    }
}

/// One projector per session: a second one still runs (a spare window is legitimate), but says
/// which process has the wall already, so two facilitators do not step on each other unknowingly.
enum ProjectorClaim {
    /// Takes the claim, or says who has it. The descriptor is kept open (and the lock held) for
    /// as long as the process runs.
    static func take(_ folder: SessionFolder, danish: Bool) -> String? {
        let path = folder.path + "/projector.lock"
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return nil }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            _ = ftruncate(descriptor, 0)
            let pid = Array("\(getpid())\n".utf8)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            return nil  // held until the process ends
        }
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, 31, 0) }
        close(descriptor)
        let pid = count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "?"
        return danish ? "Et andet projektorvindue (proces \(pid)) viser allerede denne session"
                      : "Another projector (process \(pid)) already shows this session"
    }
}
