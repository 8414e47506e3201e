import ArgumentParser
import Foundation
import SamskabWeb

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The phone page: serves the session to browsers on the local network.",
        discussion: """
            Prints the address people should type (the laptop's address on the local network, not \
            127.0.0.1, unless --bind names one address) and the room code, and keeps both in \
            DIR/web.json while it runs. The room code stays the session's (DIR/web-code.json) when \
            the server is started again; --new-code changes it. Plain HTTP: for the room's own network (the venue's Wi-Fi or \
            the laptop's hotspot), never the internet. Ctrl-C stops it. See docs/phones.md.
            """
    )

    @OptionGroup var sessionArgument: SessionArgument
    var session: String { sessionArgument.session }

    @Option(help: "The port to listen on (0: any free port; the address printed says which).")
    var port = 8080

    @Option(help: ArgumentHelp("The address to listen on: 0.0.0.0 for every network of the laptop, 127.0.0.1 for this machine only.",
                               valueName: "addr"))
    var bind = "0.0.0.0"

    @Flag(name: .customLong("new-code"), help: "A new room code instead of the one this session has had (say, one that leaked); phones already in stay in.")
    var newCode = false

    func validate() throws {
        if !(0...65_535).contains(port) { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
        let isAddress = bind.utf8.count <= 64 && !bind.isEmpty
            && bind.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isASCIIHexDigit || $0 == "." || $0 == ":") }
        if !isAddress { throw ValidationError("--bind must be an IP address such as 0.0.0.0 or 127.0.0.1, not '\(bind)'") }
    }

    func run() throws {
        let folder = try SessionAccess.open(session, definitionHint: "\(session) is a workshop definition; start it with "
                                            + "'samskab start \(session)' and serve the session folder it prints")
        let danish = folder.workshop.language == .danish
        let server = WebServer(session: folder.path, bind: bind, port: port, newCode: newCode)
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do {
                try await server.run { announcement in
                    let lines = danish
                        ? ["Telefonsiden kører. Skriv i browseren: \(announcement.url)", "Rumkode: \(announcement.code)",
                           "(Ctrl-C stopper den)"]
                        : ["The phone page is running. Type in a browser: \(announcement.url)", "Room code: \(announcement.code)",
                           "(Ctrl-C stops it)"]
                    for line in lines { try? Output.line(line) }
                }
            } catch {
                outcome.set(String(describing: error))
            }
            done.signal()
        }
        done.wait()
        if let failure = outcome.failure { throw CommandFailure(failure) }
    }
}

/// How the server ended, handed from its task to the command.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var message: String?

    func set(_ text: String) {
        lock.lock()
        message = text
        lock.unlock()
    }

    var failure: String? {
        lock.lock()
        defer { lock.unlock() }
        return message
    }
}
