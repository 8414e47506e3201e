import HTTPTypes
import Hummingbird

/// The bounds every request meets before any handler: the URI's length, the body's declared
/// length (a body without one is bounded as it is read), and the headers every answer carries
/// (nothing cached, nothing framed, nothing loaded from elsewhere).
struct LimitsMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.uri.string.utf8.count > WebLimits.uriBytes {
            return Self.secured(Response(status: .uriTooLong))
        }
        if let length = request.headers[.contentLength], let bytes = Int(length), bytes > WebLimits.bodyBytes {
            return Self.secured(Response(status: .contentTooLarge, headers: [.connection: "close"]))
        }
        do {
            return Self.secured(try await next(request, context))
        } catch let error as HTTPError where error.status == .contentTooLarge {
            return Self.secured(Response(status: .contentTooLarge, headers: [.connection: "close"]))
        }
    }

    static func secured(_ response: Response) -> Response {
        var response = response
        response.headers[.cacheControl] = response.headers[.cacheControl] ?? "no-store"
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; "
            + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        if let referrer = HTTPField.Name("Referrer-Policy") { response.headers[referrer] = "no-referrer" }
        return response
    }
}
