#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import SamskabFiles

/// `samskab serve`: the phone page for one session, until SIGINT or SIGTERM. Writes `web.json`
/// once it listens and removes it on the way out; keeps the room code in `web-code.json` for the
/// next server of the session (`RoomCodeFile`).
public struct WebServer: Sendable {
    public var session: String
    public var bind: String
    public var port: Int
    /// A new room code instead of the session's kept one.
    public var newCode: Bool

    public init(session: String, bind: String, port: Int, newCode: Bool = false) {
        self.session = session
        self.bind = bind
        self.port = port
        self.newCode = newCode
    }

    public enum Failure: Error, CustomStringConvertible {
        case alreadyServing(WebAnnouncement)
        case storage(StorageError)

        public var description: String {
            switch self {
            case .alreadyServing(let other):
                "this session is already served at \(other.url) (process \(other.pid)); stop that one first"
            case .storage(let error):
                error.description
            }
        }
    }

    /// Serves until asked to stop; `announce` is told the address and the room code once listening.
    public func run(announce: @escaping @Sendable (WebAnnouncement) -> Void) async throws {
        let store: SessionStore
        do {
            store = try SessionStore(path: session)
        } catch {
            throw Failure.storage(error)
        }
        let folder = store.path
        let earlier = WebAnnouncement.read(in: folder)
        if let earlier, earlier.isAlive, earlier.pid != getpid() { throw Failure.alreadyServing(earlier) }
        // The session's code, as the wall or a printed card may still show it.
        let code = RoomCodeFile.choose(in: folder, announced: earlier, renew: newCode)
        if RoomCodeFile.read(in: folder) != code {
            do {
                try RoomCodeFile.write(code, in: folder)
            } catch {
                FileHandle.standardError.write(Data("warning: the room code cannot be kept for a restart: \(error)\n".utf8))
            }
        }
        let web = WebApp(store: store, code: code)
        let host = LANAddress.host(bound: bind)
        let decoder = HTTP1Channel.Configuration.DecoderConfiguration(
            maxHeaderFieldSize: WebLimits.headerBytes, maxHeaderListSize: WebLimits.headerBytes,
            maxHeaderFieldCount: WebLimits.headerFields)
        var logger = Logger(label: "samskab-serve")
        logger.logLevel = .error
        let app = Application(
            router: web.router(),
            server: .http1(configuration: .init(idleTimeout: .seconds(WebLimits.idleSeconds), httpDecoderConfiguration: decoder)),
            configuration: .init(address: .hostname(bind, port: port), serverName: nil, backlog: 256,
                                 availableConnectionsDelegate: MaximumAvailableConnections(WebLimits.connections)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let announcement = WebAnnouncement(url: "http://\(host):\(port)/", code: code, pid: getpid())
                do {
                    try announcement.write(in: folder)
                } catch {
                    FileHandle.standardError.write(Data("warning: \(WebAnnouncement.path(in: folder)) cannot be written: \(error)\n".utf8))
                }
                announce(announcement)
            },
            logger: logger
        )
        // The state the live updates compare against: refreshed as soon as another writer appends.
        let watch = JournalWatch(folder: folder) { _ = store.current() }
        watch.start()
        defer {
            watch.stop()
            WebAnnouncement.remove(in: folder)
        }
        let outcome: Result<Void, any Error>
        do {
            try await app.runService()
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        // The phones, as they are now, for the next server of this session.
        await web.devices.save()
        try outcome.get()
    }
}
