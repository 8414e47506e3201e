import Foundation
import Testing
import SamskabFiles
@testable import SamskabModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the file layer reads for a definition: regular files only, never waiting, never more
/// than the caps, and a roster only from the definition's folder.
struct DefinitionFileTests {
    static let definition = "title: Dag\nprogram:\n  - kind: talk\n    title: Velkomst\n    minutes: 10\n"

    /// A fresh folder holding `files` (name → contents), with an `outside` folder next to it.
    final class Folder: Sendable {
        let root: String
        let path: String
        let outside: String

        init(_ files: [String: String] = [:]) throws {
            root = NSTemporaryDirectory() + "samskab-definition-\(UUID().uuidString)"
            path = root + "/workshop"
            outside = root + "/outside"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
            for (name, contents) in files { try write(name, contents) }
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func write(_ name: String, _ contents: String, in folder: String? = nil) throws {
            try contents.write(toFile: (folder ?? path) + "/" + name, atomically: false, encoding: .utf8)
        }

        func fifo(_ name: String) throws -> String {
            let fifo = path + "/" + name
            #expect(mkfifo(fifo, 0o600) == 0)
            return fifo
        }

        func link(_ name: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: path + "/" + name, withDestinationPath: target)
        }

        func load(_ name: String = "w.yaml") -> WorkshopParser.Outcome {
            DefinitionFile.load(path + "/" + name)
        }
    }

    /// Loads on another thread and gives up after `seconds`; a load stuck opening a FIFO is
    /// then freed by opening the FIFO's other end, so the test fails rather than hangs.
    static func loadWithin(_ seconds: Double, _ folder: Folder, _ name: String = "w.yaml", fifo: String)
        -> WorkshopParser.Outcome? {
        final class Box: @unchecked Sendable {
            var outcome: WorkshopParser.Outcome?
            let done = DispatchSemaphore(value: 0)
        }
        let box = Box()
        Thread.detachNewThread {
            box.outcome = folder.load(name)
            box.done.signal()
        }
        if box.done.wait(timeout: .now() + seconds) == .timedOut {
            let writer = open(fifo, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            _ = box.done.wait(timeout: .now() + 5)
            return nil
        }
        return box.outcome
    }

    @Test func aFIFOAsTheDefinitionIsRefusedWithoutWaiting() throws {
        let folder = try Folder()
        let fifo = try folder.fifo("w.yaml")
        let outcome = try #require(Self.loadWithin(2, folder, fifo: fifo), "loading a FIFO blocked")
        #expect(outcome.diagnostics.map(\.description) == ["\(fifo):1:1: error: not a regular file (a FIFO)"])
    }

    @Test func aFIFOAsTheRosterIsRefusedWithoutWaiting() throws {
        let folder = try Folder(["w.yaml": "roster: folk.csv\n" + Self.definition])
        let fifo = try folder.fifo("folk.csv")
        let outcome = try #require(Self.loadWithin(2, folder, fifo: fifo), "loading a FIFO roster blocked")
        #expect(outcome.diagnostics.map(\.description) == [
            "\(folder.path)/w.yaml:1:9: error: the roster file 'folk.csv' cannot be read: not a regular file (a FIFO)",
        ])
    }

    @Test func foldersAndDevicesAreNotRegularFiles() throws {
        let folder = try Folder(["w.yaml": "roster: csv\n" + Self.definition])
        try FileManager.default.createDirectory(atPath: folder.path + "/csv", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: folder.path + "/d.yaml", withIntermediateDirectories: false)
        try folder.link("null.yaml", to: "/dev/null")
        #expect(folder.load().diagnostics.map(\.description) == [
            "\(folder.path)/w.yaml:1:9: error: the roster file 'csv' cannot be read: not a regular file (a folder)",
        ])
        #expect(folder.load("d.yaml").diagnostics.map(\.message) == ["not a regular file (a folder)"])
        #expect(folder.load("null.yaml").diagnostics.map(\.message) == ["not a regular file (a character device)"])
    }

    @Test func aHugeDefinitionIsRefusedUnread() throws {
        let folder = try Folder()
        // A sparse file: 16 MB long, no disk used.
        let huge = folder.path + "/w.yaml"
        #expect(FileManager.default.createFile(atPath: huge, contents: Data("title: x\n".utf8)))
        #expect(truncate(huge, 16 * 1024 * 1024) == 0)
        let started = ContinuousClock.now
        let outcome = folder.load()
        #expect(ContinuousClock.now - started < .milliseconds(200))
        #expect(outcome.diagnostics.map(\.description) == [
            "\(huge):1:1: error: it is 16 MB, larger than the 256 KB a workshop definition may be; is it the right file?",
        ])
    }

    @Test func aHugeRosterIsRefusedUnread() throws {
        let folder = try Folder(["w.yaml": "roster: folk.csv\n" + Self.definition, "folk.csv": "name\n"])
        #expect(truncate(folder.path + "/folk.csv", 3 * 1024 * 1024 / 2) == 0)
        #expect(folder.load().diagnostics.map(\.description) == [
            "\(folder.path)/w.yaml:1:9: error: the roster file 'folk.csv' cannot be read: it is 1.5 MB, larger than the 256 KB a roster may be; is it the right file?",
        ])
    }

    @Test func aRosterLinkLeavingTheFolderIsRefusedAndNotQuoted() throws {
        let folder = try Folder(["w.yaml": "roster: folk.csv\n" + Self.definition])
        try folder.write("secret.csv", "SECRET=hemmeligt\nname\n", in: folder.outside)
        try folder.link("folk.csv", to: folder.outside + "/secret.csv")
        let outcome = folder.load()
        #expect(outcome.diagnostics.map(\.description) == [
            "\(folder.path)/w.yaml:1:9: error: the roster file 'folk.csv' cannot be read: it is a link to a file outside "
                + "'\(folder.path)', where the definition is; copy the file there instead",
        ])
        #expect(!outcome.diagnostics.contains { $0.description.contains("SECRET") })

        // The same through a linked folder.
        try FileManager.default.removeItem(atPath: folder.path + "/folk.csv")
        try folder.link("data", to: folder.outside)
        try folder.write("w.yaml", "roster: data/secret.csv\n" + Self.definition)
        #expect(folder.load().diagnostics.map(\.message) == [
            "the roster file 'data/secret.csv' cannot be read: it is a link to a file outside '\(folder.path)', "
                + "where the definition is; copy the file there instead",
        ])
    }

    @Test func aRosterLinkInsideTheFolderAndASubfolderAreRead() throws {
        let folder = try Folder(["w.yaml": "roster: folk.csv\n" + Self.definition, "rigtig.csv": "name\nÅse\n"])
        try folder.link("folk.csv", to: "rigtig.csv")
        #expect(folder.load().workshop?.roster.map(\.name) == ["Åse"])
        try FileManager.default.createDirectory(atPath: folder.path + "/data", withIntermediateDirectories: false)
        try folder.write("data/folk.csv", "name\nBo\n")
        try folder.write("w.yaml", "roster: data/folk.csv\n" + Self.definition)
        #expect(folder.load().workshop?.roster.map(\.name) == ["Bo"])
    }

    @Test func absoluteAndParentPathsNeverReachTheDisk() throws {
        let folder = try Folder()
        try folder.write("secret.csv", "SECRET=hemmeligt\nname\n", in: folder.outside)
        for name in ["/proc/self/environ", folder.outside + "/secret.csv", "../outside/secret.csv"] {
            try folder.write("w.yaml", "roster: \(name)\n" + Self.definition)
            let outcome = folder.load()
            #expect(outcome.errors.count == 1)
            #expect(outcome.errors.first?.message.hasPrefix("'roster' must name a CSV file in the definition's folder") == true)
            #expect(!outcome.diagnostics.contains { $0.description.contains("SECRET") || $0.description.contains("PATH=") })
        }
    }

    @Test func aDanglingLinkIsSaidSo() throws {
        let folder = try Folder(["w.yaml": "roster: folk.csv\n" + Self.definition])
        try folder.link("folk.csv", to: "borte.csv")
        #expect(folder.load().diagnostics.map(\.message) == [
            "the roster file 'folk.csv' cannot be read: it is a link to a file that does not exist",
        ])
    }
}
