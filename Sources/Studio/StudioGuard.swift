import Foundation
import HTTPTypes
import Hummingbird

/// Local only: requests must name this machine as their host (no DNS rebinding), and a request
/// from a browser page must come from the studio's own origin (no cross-site requests).
struct StudioGuard<Context: RequestContext>: RouterMiddleware {
    let port: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let problem = Self.problem(host: request.head.authority, origin: request.headers[.origin], port: port) {
            return StudioResponses.html(status: 403, StudioResponses.plainPage(title: "Refused", message: problem))
        }
        return try await next(request, context)
    }

    /// Why a request with this Host and Origin is refused; nil when it is allowed.
    static func problem(host: String?, origin: String?, port: Int) -> String? {
        guard let host, isLocal(authority: host) else {
            return "the studio answers only requests to 127.0.0.1 or localhost (this one named \(host ?? "no host"))"
        }
        if let origin, origin != "http://127.0.0.1:\(port)", origin != "http://localhost:\(port)" {
            return "requests from other sites (\(origin)) are refused"
        }
        return nil
    }

    /// True for `127.0.0.1`, `localhost` or `[::1]`, with or without a port.
    static func isLocal(authority: String) -> Bool {
        let name: Substring
        if authority.hasPrefix("[") {
            name = authority.prefix { $0 != "]" }.dropFirst()
        } else {
            name = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        }
        return ["127.0.0.1", "localhost", "::1"].contains(name.lowercased())
    }
}

/// The per-session token that every state-changing request must carry (form field `token` or
/// header `X-Studio-Token`); pages embed it, other sites cannot read it.
struct SessionToken: Sendable {
    let value: String

    static let header = HTTPField.Name("X-Studio-Token")!

    static func random() -> SessionToken {
        var generator = SystemRandomNumberGenerator()
        return SessionToken(value: (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined())
    }

    func accepts(header: String?, field: String?) -> Bool {
        let given = header ?? field ?? ""
        // Compared in constant time over the token's length.
        guard given.utf8.count == value.utf8.count else { return false }
        return zip(given.utf8, value.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
