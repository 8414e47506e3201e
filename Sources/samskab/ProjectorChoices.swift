#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains(#""show_authors":false"#) { view.showAuthors = false }
        else if !text.contains(#""show_authors":true"#) { view.showAuthors = false }
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
