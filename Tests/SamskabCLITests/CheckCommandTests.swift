import Foundation
import Testing

/// `samskab check` as the facilitator runs it: real binary, real files, exit status.
@Suite(.serialized)
struct CheckCommandTests {
    @Test func shippedWorkshopsAreClean() throws {
        let result = try BinaryRunner.run([
            "check", "Workshops/ledelse-af-samskabelse-2019-08-30.yaml", "Workshops/team-retrospective.yaml",
        ])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == """
            Workshops/ledelse-af-samskabelse-2019-08-30.yaml: ok: 14 items, 3 discussions, 10 questions, 6 h 15 min (09:00–15:15)
            Workshops/team-retrospective.yaml: ok: 4 items, 1 discussion, 3 questions, 55 min (14:00–14:55)

            """)
    }

    @Test func problemsGoToStandardErrorWithExitStatusOne() throws {
        let folder = try BinaryRunner.scratchFolder()
        let broken = "title: Dag\nprogram:\n  - kind: talk\n    title: Gruppedrøftelse\n    minutes: nul\n"
        try broken.write(to: folder.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        try "title: Godt\nprogram:\n  - kind: break\n    minutes: 5\n"
            .write(to: folder.appendingPathComponent("godt.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["check", "dag.yaml", "godt.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "dag.yaml:5:14: error: 'minutes' in program item 1 (talk) must be a whole number of minutes, like 20; found 'nul'\n")
        #expect(result.stdout == "godt.yaml: ok: 1 item, 0 discussions, 0 questions, 5 min\n", "clean files are still summarised")
    }

    @Test func warningsAloneDoNotFail() throws {
        let folder = try BinaryRunner.scratchFolder()
        try "title: Dag\nprogram:\n  - kind: discussion\n    title: D\n    grouping: room\n    group_size: 4\n    prompt: P\n    minutes: 5\n"
            .write(to: folder.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["check", "dag.yaml"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("dag.yaml:6:5: warning: 'group_size'"))
        #expect(result.stdout == "dag.yaml: ok with 1 warning: 1 item, 1 discussion, 1 question, 5 min\n")
    }

    @Test func aMissingFileIsNamed() throws {
        let result = try BinaryRunner.run(["check", "Workshops/findes-ikke.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr == "Workshops/findes-ikke.yaml:1:1: error: the file does not exist; check the name and folder\n")
    }

    @Test func aRosterBesideTheDefinitionIsFoundFromAnyFolder() throws {
        let folder = try BinaryRunner.scratchFolder()
        let sub = folder.appendingPathComponent("Workshops")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try "title: Dag\ndepartments:\n  - code: MBU\n    name: Børn og Unge\nroster: folk.csv\nprogram:\n  - kind: break\n    minutes: 5\n"
            .write(to: sub.appendingPathComponent("dag.yaml"), atomically: true, encoding: .utf8)
        try "navn;afdeling\nÅse;MBU\nBo;MXU\n".write(to: sub.appendingPathComponent("folk.csv"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["check", "Workshops/dag.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "Workshops/folk.csv:3:4: error: Bo is in an unknown department 'MXU'; did you mean 'MBU'?\n")
    }

    @Test func usageErrorsExitTwo() throws {
        let noFiles = try BinaryRunner.run(["check"])
        #expect(noFiles.status == 2)
        #expect(noFiles.stderr.contains("Missing expected argument '<file> ...'"))
        let unknown = try BinaryRunner.run(["chekc"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("chekc"))
    }

    @Test func helpExitsZero() throws {
        let help = try BinaryRunner.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("FILE:LINE:COL: error: MESSAGE"))
    }
}
