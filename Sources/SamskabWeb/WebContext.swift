import Hummingbird

/// The request context: Hummingbird's core, and the address the request came from (for the
/// limit on wrong room codes).
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address as text; nil where there is none (the router test framework).
    public let remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies are read by the handlers themselves, never past `WebLimits.bodyBytes`.
    public var maxUploadSize: Int { WebLimits.bodyBytes }
}

/// What one request may be: checked where it comes in.
public enum WebLimits {
    /// A request body: 20 KB and more is refused with 413 (a note is at most 8 KiB).
    public static let bodyBytes = 20 * 1024 - 1
    /// The request target, path and query.
    public static let uriBytes = 2048
    /// All header fields together, and how many there may be.
    public static let headerBytes = 16 * 1024
    public static let headerFields = 64
    /// Seconds a connection may send nothing while a request is being read (or between requests).
    public static let idleSeconds: Int64 = 20
    /// Open connections at once; more wait in the backlog.
    public static let connections = 600
    /// Live-update streams at once; more are refused (the page still works by reloading).
    public static let liveStreams = 500
}
