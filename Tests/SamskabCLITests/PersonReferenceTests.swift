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

    /// Found on a trial day: notes signed from the command line by someone marked absent left them
    /// listed as absent beside their own notes in the summary, without a word. The note is theirs;
    /// the script is told how to say they are here.
    @Test func aNoteSignedBySomeoneMarkedAbsentSaysHowToMarkThemPresent() throws {
        let folder = try BinaryRunner.scratchFolder()
        let session = try NotesWorkshop.start(in: folder)
        #expect(try BinaryRunner.run(["participant", "absent", session, "Åse Østergaard"]).status == 0)
        let note = try BinaryRunner.run(["note", "add", session, "Tillid", "--author", "åse østergaard"])
        #expect(note.status == 0 && note.stdout.hasPrefix("n"), "\(note.stderr)")
        let id = note.stderr.split(separator: " ").last.map(String.init)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        #expect(note.stderr.contains("note: Åse Østergaard is marked absent; if they are here: samskab participant present \(session) r"),
                "\(note.stderr)")
        let present = try BinaryRunner.run(["participant", "present", session, id])
        #expect(present.status == 0 && present.stdout.hasPrefix("Åse Østergaard is marked present"), "\(present.stderr)")
        let again = try BinaryRunner.run(["note", "add", session, "Mod", "--author", "åse østergaard"])
        #expect(again.status == 0 && again.stderr.isEmpty, "\(again.stderr)")
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
