import Foundation
import Testing
import SamskabFiles

/// kiosk-lockouts/: a kiosk locks itself by name, the projector lists and unlocks them all, and the
/// folder exists only while one is locked.
struct KioskLockoutTests {
    @Test func aKioskLocksAndTheProjectorUnlocksThemAll() throws {
        let test = try TestFolder()
        defer { try? FileManager.default.removeItem(at: test.url) }
        let folder = try test.start()
        #expect(folder.lockedKiosks().isEmpty && !folder.isKioskLocked("bord-2"))
        try folder.lockKiosk("bord-2")
        try folder.lockKiosk("pts/3")
        #expect(folder.lockedKiosks() == ["bord-2", "pts-3"], "names kept to letters, digits and dashes")
        #expect(folder.isKioskLocked("bord-2") && folder.isKioskLocked("pts-3") && !folder.isKioskLocked("bord-1"))
        let mode = try FileManager.default.attributesOfItem(atPath: test.session + "/kiosk-lockouts/bord-2")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try folder.unlockKiosks()
        #expect(folder.lockedKiosks().isEmpty && !folder.isKioskLocked("bord-2"))
        #expect(!FileManager.default.fileExists(atPath: test.session + "/kiosk-lockouts"), "gone while nothing is locked")
    }

    @Test func aNameCannotLeaveTheFolder() {
        #expect(SessionFolder.kioskName("../../etc/passwd") == "------etc-passwd")
        #expect(SessionFolder.kioskName("") == "kiosk")
        #expect(SessionFolder.kioskName(String(repeating: "x", count: 500)).count == 40)
    }
}
