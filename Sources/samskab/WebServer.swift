import SamskabFiles
import SamskabScreens
import SamskabSession

/// The phones' web server of a session, as `samskab serve` announces it in `web.json`.
enum WebServer {
    /// Its address and room code while it runs; nil otherwise.
    static func address(of folder: SessionFolder) -> JoinAddress? {
        address(inFolder: folder.path)
    }

    static func address(inFolder path: String) -> JoinAddress? {
        WebAnnouncement.read(inFolder: path).map { JoinAddress(url: $0.url, code: $0.code) }
    }
}

/// The projector's look at the server, once a second (a small file and a kill(pid, 0)).
struct WebWatch {
    let path: String
    private(set) var address: JoinAddress?
    private var lastLook: Int64?
    private var seen = false

    init(path: String) {
        self.path = path
    }

    /// Looks again if a second has passed. True the first time a server is seen in this run.
    mutating func look(now: Timestamp) -> Bool {
        let milliseconds = now.millisecondsSinceEpoch
        if let lastLook, milliseconds >= lastLook, milliseconds - lastLook < 1000 { return false }
        lastLook = milliseconds
        address = WebServer.address(inFolder: path)
        guard address != nil, !seen else { return false }
        seen = true
        return true
    }
}
