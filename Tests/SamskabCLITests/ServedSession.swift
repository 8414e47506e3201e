import Foundation

/// `samskab serve DIR` on loopback, any free port: its address and room code once it listens
/// (read from what it prints, then from web.json, which is written before it prints).
final class ServedSession {
    let process = Process()
    let url: String
    let code: String
    /// The process id web.json names.
    let announcedPID: Int32?
    /// What it printed, up to the room code.
    let printed: String

    init(_ session: String, options: [String] = []) throws {
        process.executableURL = try BinaryRunner.binary
        process.arguments = ["serve", session, "--bind", "127.0.0.1", "--port", "0"] + options
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Waits for the room code's line; an empty read is the end of its output.
        var printed = ""
        while !printed.contains("Rumkode:") && !printed.contains("Room code:") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let data = FileManager.default.contents(atPath: session + "/web.json") ?? Data()
        let announcement = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        guard let url = announcement?["url"] as? String, let code = announcement?["code"] as? String else {
            if process.isRunning { process.terminate() }
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "samskab serve did not start: \(printed)"])
        }
        self.url = url
        self.code = code
        self.announcedPID = (announcement?["pid"] as? Int).map(Int32.init)
        self.printed = printed
    }

    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }
}
