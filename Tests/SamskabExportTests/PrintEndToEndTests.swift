import Foundation
import Testing
import SamskabSession
@testable import SamskabExport

/// The HTML summary printed for real: headless Chromium makes the PDF, poppler's `pdfinfo`
/// counts its pages. Without them the test is skipped and says so (`bash .ci/run` installs
/// `chromium poppler-utils`, and there a missing one fails: see ExternalTool).
/// With `SAMSKAB_PRINT_KEEP=DIR` the HTML and PDF stay in DIR for a look.
struct PrintEndToEndTests {
    static let chromium = Tool.find(["chromium", "chromium-browser", "google-chrome"])
    static let pdfinfo = Tool.find(["pdfinfo"])

    @Test(.tags(.slow), .needs(.chromium, .pdfinfo))
    func aFullDayOf200NotesPrintsOnAtMost12A4Pages() throws {
        let day = try FullDayFixture.day()
        #expect(day.state.notes.count == 200)
        let html = HTMLExport.render(DaySummary(day.state, utcOffsetSeconds: ExportFixture.offset))
        let pages = try Self.printedPages(html, name: "full-day")
        #expect(pages <= 12, "200 notes print on \(pages) A4 pages")
    }

    /// Prints the page to PDF and counts its pages.
    static func printedPages(_ html: String, name: String) throws -> Int {
        let keep = ProcessInfo.processInfo.environment["SAMSKAB_PRINT_KEEP"].map { URL(fileURLWithPath: $0) }
        let folder = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("samskab-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
        let page = folder.appendingPathComponent(name + ".html"), pdf = folder.appendingPathComponent(name + ".pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        _ = try Tool.run(try #require(chromium), [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--print-to-pdf=" + pdf.path, page.absoluteString,
        ])
        let info = try Tool.run(try #require(pdfinfo), [pdf.path])
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }, "pdfinfo: \(info)")
        return try #require(Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
    }
}

/// A program on PATH, run to its end.
enum Tool {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func find(_ names: [String]) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in names {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Standard output; a failure carries standard error.
    static func run(_ program: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Both pipes read at once, so neither fills and stalls the program.
        nonisolated(unsafe) var errorBytes = Data()
        let reader = Thread { errorBytes = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputBytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(program.lastPathComponent) exited \(process.terminationStatus): \(String(decoding: errorBytes, as: UTF8.self))")
        }
        return String(decoding: outputBytes, as: UTF8.self)
    }
}
