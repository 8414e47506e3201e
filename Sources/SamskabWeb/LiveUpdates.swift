import Foundation
import Hummingbird
import SamskabFiles
import SamskabSession
import ServiceLifecycle

/// Following the room: a Server-Sent Events stream that sends the page's version (`LiveVersion`)
/// whenever it changes — at once when the store signals a change (an event this server wrote, or
/// another writer's line noticed by `JournalWatch`), but never sooner than 250 ms after its last
/// one, so that a busy room's notes come in batches (each one reloads the page); otherwise checked
/// every 500 ms (a walk's round changes with the clock) — and a comment every 15 s so that the
/// connection stays open.
/// The page reloads itself on a change (or, with a draft, says so); a reload always shows the
/// truth, so a lost stream loses nothing.
extension WebApp {
    static let liveCheckMilliseconds = 500
    /// The least time between two versions sent on one stream.
    static let liveGapSeconds = 0.25
    static let liveKeepAliveSeconds = 15.0
    /// A stream ends after this long; the browser opens a new one by itself.
    static let liveLifetimeSeconds = 600.0

    func events(_ request: Request) async -> Response {
        guard let device = await knownDevice(request), device.admitted else { return Response(status: .forbidden) }
        guard await streams.open() else { return Response(status: .serviceUnavailable, headers: [.retryAfter: "5"]) }
        let store = self.store
        let streams = self.streams
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                        body: .init { writer in
            defer { Task { await streams.close() } }
            var generation = store.changes.generation
            var sent = store.version(at: SystemClock.now())
            try await writer.write(ByteBuffer(string: "retry: 2000\ndata: \(sent)\n\n"))
            let opened = Devices.now()
            var lastWritten = opened, lastSent = opened - Self.liveGapSeconds
            while Devices.now() - opened < Self.liveLifetimeSeconds {
                await store.changes.wait(after: generation, milliseconds: Self.liveCheckMilliseconds)
                // The server is stopping: end the stream, so that it can (the browser comes back).
                if Task.isShuttingDownGracefully || Task.isCancelled { break }
                let since = Devices.now() - lastSent
                if since < Self.liveGapSeconds {
                    try await Task.sleep(for: .milliseconds(Int((Self.liveGapSeconds - since) * 1000) + 1))
                }
                generation = store.changes.generation
                let now = store.version(at: SystemClock.now())
                if now != sent {
                    sent = now
                    try await writer.write(ByteBuffer(string: "data: \(now)\n\n"))
                    lastWritten = Devices.now()
                    lastSent = lastWritten
                } else if Devices.now() - lastWritten >= Self.liveKeepAliveSeconds {
                    try await writer.write(ByteBuffer(string: ": ping\n\n"))
                    lastWritten = Devices.now()
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
