import Foundation
import Testing

/// Every command that names a person finds them by the engine's one rule: a name typed without
/// its accents, in any case, or an id; a name not on the roster gets the closest names.
@Suite struct PersonReferenceTests {
    @Test func aNameTypedWithoutItsLettersFindsThePersonInEveryCommand() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let absent = try BinaryRunner.run(["participant", "absent", session, "ase ostergaard"])
        #expect(absent.status == 0 && absent.stdout == "Åse Østergaard is marked absent\n", "\(absent.stderr)")
        let present = try BinaryRunner.run(["participant", "present", session, "AASE ØSTERGAARD"])
        #expect(present.status == 0 && present.stdout.hasPrefix("Åse Østergaard is marked present"), "\(present.stderr)")
        let note = try BinaryRunner.run(["note", "add", session, "Tillid", "--author", "åse østergaard"])
        #expect(note.status == 0, "\(note.stderr)")
        let export = try BinaryRunner.run(["export", session, "--format", "json"]).stdout
        #expect(export.contains(#""author" : "Åse Østergaard""#))
    }

    /// Found on a trial day: `note add --author soren` signed the note "Soren", a new person, without
    /// a word; the engine keeps a new name (as the scribe's), and the script is now told who it may have meant.
    @Test func aNoteSignedWithANewNameSaysSoAndOffersTheClosestNames() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let note = try BinaryRunner.run(["note", "add", session, "Tillid", "--author", "åse"])
        #expect(note.status == 0 && note.stdout == "n1\n", "\(note.stderr)")
        #expect(note.stderr.contains("nobody on the roster was called 'åse', so Åse joined it with n1; did you mean Åse Østergaard (MBU)?"),
                "\(note.stderr)")
        // The whole name, typed any way, is the person: nothing to say.
        let known = try BinaryRunner.run(["note", "add", session, "Mod", "--author", "aase oestergaard"])
        #expect(known.status == 0 && known.stderr.isEmpty, "\(known.stderr)")
    }

    @Test func aNameNotOnTheRosterIsRefusedWithTheClosestNames() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        let result = try BinaryRunner.run(["participant", "absent", session, "åse"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("there is nobody called 'åse' on the roster; did you mean Åse Østergaard (MBU)?"),
                "\(result.stderr)")
        let byID = try BinaryRunner.run(["participant", "absent", session, "r99"])
        #expect(byID.stderr.contains("there is no participant r99"), "\(byID.stderr)")
    }
}
