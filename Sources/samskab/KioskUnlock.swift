import SamskabFiles
import SamskabScreens

/// The projector's one hook for kiosks locked after wrong codes (`kiosk-lockouts/`): while any is
/// locked the wall's status line says so, and `L` unlocks them all. Kept out of the projector's
/// controller: the lockout is a file beside the journal, not the state of the day.
enum KioskUnlock {
    /// Says on the wall which kiosks are locked, when nothing else is being said.
    static func announce(_ folder: SessionFolder, view: inout ProjectorView) {
        guard view.message == nil else { return }
        let locked = folder.lockedKiosks()
        if !locked.isEmpty { view.message = Strings(view.language).kiosksLocked(locked) }
    }

    /// `L` with kiosks locked and no prompt or question open: unlocks them. True when the key was taken.
    static func take(_ key: Key, folder: SessionFolder, view: inout ProjectorView) -> Bool {
        guard key == .text("L"), view.input == nil, view.overlay == nil else { return false }
        let locked = folder.lockedKiosks()
        guard !locked.isEmpty else { return false }
        do {
            try folder.unlockKiosks()
            view.message = Strings(view.language).kiosksUnlocked(locked.count)
        } catch {
            view.message = error.text(danish: view.language == .danish)
        }
        return true
    }
}
