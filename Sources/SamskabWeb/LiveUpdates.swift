import Foundation
import Hummingbird
import SamskabFiles
import SamskabSession
import ServiceLifecycle

/// Following the room: a Server-Sent Events stream that sends the page's version (`LiveVersion`)
/// whenever it changes (checked every 250 ms against the store, which the server refreshes), and
/// a comment every 15 s so that the connection stays open. The page reloads itself on a change
/// (or, with a draft, says so); a reload always shows the truth, so a lost stream loses nothing.
extension WebApp {
    static let liveCheckMilliseconds = 250
    static let liveKeepAliveSeconds = 15
    /// A stream ends after this long; the browser opens a new one by itself.
    static let liveLifetimeSeconds = 600

    func events(_ request: Request) async -> Response {
        guard let device = await knownDevice(request), device.admitted else { return Response(status: .forbidden) }
        guard await streams.open() else { return Response(status: .serviceUnavailable, headers: [.retryAfter: "5"]) }
        let store = self.store
        let streams = self.streams
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                        body: .init { writer in
            defer { Task { await streams.close() } }
            var sent = store.version(at: SystemClock.now())
            try await writer.write(ByteBuffer(string: "retry: 2000\ndata: \(sent)\n\n"))
            let ticksPerPing = Self.liveKeepAliveSeconds * 1000 / Self.liveCheckMilliseconds
            let lifetime = Self.liveLifetimeSeconds * 1000 / Self.liveCheckMilliseconds
            for tick in 1...lifetime {
                try await Task.sleep(for: .milliseconds(Self.liveCheckMilliseconds))
                // The server is stopping: end the stream, so that it can (the browser comes back).
                if Task.isShuttingDownGracefully { break }
                let now = store.version(at: SystemClock.now())
                if now != sent {
                    sent = now
                    try await writer.write(ByteBuffer(string: "data: \(now)\n\n"))
                } else if tick % ticksPerPing == 0 {
                    try await writer.write(ByteBuffer(string: ": ping\n\n"))
                }
            }
            try await writer.finish(nil)
        })
    }
}

/// What a page shows, as one string: the journal's sequence number, and on a gallery walk with
/// pairs its round (the board a pair stands at changes with the clock, not with the journal).
/// A page carries it (`data-seq`); the live stream sends it when it changes, and the page reloads.
enum LiveVersion {
    static func of(_ state: SessionState, at now: Timestamp) -> String {
        guard state.pairPlans[state.position] != nil, let moment = state.walkMoment(item: state.position, at: now) else {
            return String(state.lastSequence)
        }
        return "\(state.lastSequence).\(moment.isOver ? moment.roundCount : moment.round)"
    }
}

/// Live-update streams open now, bounded by `WebLimits.liveStreams`.
actor StreamCount {
    private(set) var count = 0

    func open() -> Bool {
        guard count < WebLimits.liveStreams else { return false }
        count += 1
        return true
    }

    func close() {
        count = max(0, count - 1)
    }
}
