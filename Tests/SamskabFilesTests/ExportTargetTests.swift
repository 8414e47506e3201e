import Foundation
import Testing
@testable import SamskabFiles

/// Where an export may be written: never over what is not a plain file, never through a link,
/// never silently over a file; a folder of summary files only where nothing else would be mixed in.
@Suite struct ExportTargetTests {
    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    static func refusal(_ body: () throws(StorageError) -> Void) -> String? {
        do { try body(); return nil } catch { return error.message }
    }

    @Test func aNewFileIsWrittenAndAnExistingOneOnlyWithForce() throws {
        let test = try TestFolder()
        let path = test.path + "/summary.md"
        try ExportTarget.writeFile(Array("one".utf8), to: path, fileName: "summary.md", force: false)
        #expect(Self.read(path) == "one")
        let refused = Self.refusal { () throws(StorageError) in
            try ExportTarget.writeFile(Array("two".utf8), to: path, fileName: "summary.md", force: false)
        }
        #expect(refused?.contains("exists; add --force to replace it") == true)
        #expect(Self.read(path) == "one", "nothing written over")
        try ExportTarget.writeFile(Array("two".utf8), to: path, fileName: "summary.md", force: true)
        #expect(Self.read(path) == "two")
    }

    @Test func aLinkIsNeverWrittenThroughEvenWithForce() throws {
        let test = try TestFolder()
        let target = test.path + "/elsewhere.txt"
        try "keep".write(toFile: target, atomically: true, encoding: .utf8)
        let link = test.path + "/summary.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let refused = Self.refusal { () throws(StorageError) in
            try ExportTarget.writeFile(Array("x".utf8), to: link, fileName: "summary.md", force: true)
        }
        #expect(refused?.contains("is a symbolic link (to \(target)); samskab does not write through a link") == true)
        #expect(Self.read(target) == "keep")
    }

    @Test func aFolderOrAPipeIsNeverAFileToWrite() throws {
        let test = try TestFolder()
        let refusedFolder = Self.refusal { () throws(StorageError) in
            try ExportTarget.writeFile([], to: test.path, fileName: "summary.md", force: true)
        }
        #expect(refusedFolder?.contains("is a folder; name a file for one format (such as \(test.path)/summary.md)") == true)
        let pipe = test.path + "/pipe"
        #expect(mkfifo(pipe, 0o600) == 0)
        let refusedPipe = Self.refusal { () throws(StorageError) in
            try ExportTarget.writeFile([], to: pipe, fileName: "summary.md", force: true)
        }
        #expect(refusedPipe?.contains("is a named pipe (FIFO), not a regular file; it was left as it is") == true)
    }

    static var files: [ExportFile] { ["summary.md", "summary.csv"].map { name in ExportFile(name: name) { Array(name.utf8) } } }

    @Test func everyFileGoesIntoANewFolderMadeWithItsParents() throws {
        let test = try TestFolder()
        let folder = test.path + "/a/b/export"
        let written = try ExportTarget.writeAll(Self.files, to: folder, samskabsOwn: false, force: false)
        #expect(written == [folder + "/summary.md", folder + "/summary.csv"])
        #expect(Self.read(folder + "/summary.csv") == "summary.csv")
    }

    @Test func aFolderWithOtherFilesNeedsForceUnlessItIsSamskabsOwn() throws {
        let test = try TestFolder()
        let folder = test.path + "/out"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try "mine".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let refused = Self.refusal { () throws(StorageError) in
            _ = try ExportTarget.writeAll(Self.files, to: folder, samskabsOwn: false, force: false)
        }
        #expect(refused?.contains("already holds other files (notes.txt)") == true)
        #expect(Self.read(folder + "/summary.md") == nil, "nothing written")
        _ = try ExportTarget.writeAll(Self.files, to: folder, samskabsOwn: true, force: false)
        #expect(Self.read(folder + "/summary.md") == "summary.md")
        #expect(Self.read(folder + "/notes.txt") == "mine")
    }

    @Test func aSummaryNameThatIsNotAFileStopsEverything() throws {
        let test = try TestFolder()
        let folder = test.path + "/out"
        try FileManager.default.createDirectory(atPath: folder + "/summary.csv", withIntermediateDirectories: true)
        let refused = Self.refusal { () throws(StorageError) in
            _ = try ExportTarget.writeAll(Self.files, to: folder, samskabsOwn: true, force: true)
        }
        #expect(refused?.contains("summary.csv is not a regular file; it was left as it is, and nothing was written") == true)
        #expect(Self.read(folder + "/summary.md") == nil)
    }

    @Test func aFileWhereTheFolderShouldBeIsRefused() throws {
        let test = try TestFolder()
        let refused = Self.refusal { () throws(StorageError) in
            _ = try ExportTarget.writeAll(Self.files, to: test.definition, samskabsOwn: false, force: true)
        }
        #expect(refused?.contains("is not a folder; --format all writes a folder of files (summary.md, summary.csv)") == true)
    }
}
