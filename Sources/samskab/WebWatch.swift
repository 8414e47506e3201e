import SamskabFiles
import SamskabScreens
import SamskabSession

/// The phones' web server of a session as the wall shows it, from what `samskab serve`
/// announces in `web.json`.
extension JoinAddress {
    /// Its address and room code while it runs; nil otherwise.
    static func running(in folder: SessionFolder) -> JoinAddress? {
        running(inFolder: folder.path)
    }

    static func running(inFolder path: String) -> JoinAddress? {
        WebAnnouncement.running(in: path).map { JoinAddress(url: $0.url, code: $0.code) }
    }
}

/// The projector's look at the server, once a second (a small file and a kill(pid, 0)).
/// And, with `--serve`, at the child it started: reaped when it ends, so the wall can say so.
struct WebWatch {
    enum Change: Equatable {
        /// A server is seen for the first time in this run.
        case appeared
        /// The server `--serve` started has ended: what to say on the wall.
        case childEnded(String)
    }

    let path: String
    let child: ServeChild?
    let danish: Bool
    private(set) var address: JoinAddress?
    private var lastLook: Int64?
    private var seen = false

    init(path: String, child: ServeChild? = nil, danish: Bool = true) {
        self.path = path
        self.child = child
        self.danish = danish
    }

    /// Looks again if a second has passed.
    mutating func look(now: Timestamp) -> Change? {
        let milliseconds = now.millisecondsSinceEpoch
        if let lastLook, milliseconds >= lastLook, milliseconds - lastLook < 1000 { return nil }
        lastLook = milliseconds
        // Reaped first: a server that ended is no zombie that kill(pid, 0) would take for alive.
        let ended = child?.reap(danish: danish)
        address = JoinAddress.running(inFolder: path)
        if let ended { return .childEnded(ended) }
        guard address != nil, !seen else { return nil }
        seen = true
        return .appeared
    }
}
