import Foundation

/// A request the studio refuses; shown on the page with its HTTP status, never a crash.
public struct StudioError: Error, CustomStringConvertible, Sendable {
    /// The HTTP status: 400 bad input, 403 refused, 404 unknown, 409 conflict, 422 template error.
    public var status: Int
    public var message: String

    public init(_ status: Int, _ message: String) { self.status = status; self.message = message }

    public var description: String { message }

    static func badInput(_ message: String) -> StudioError { StudioError(400, message) }
    static func unknownDebtor(_ id: String) -> StudioError { StudioError(404, "no debtor \"\(id)\" in the inputs") }
    static func unknownTemplate(_ name: String) -> StudioError { StudioError(404, "no template \"\(name)\" (choose one from the list)") }
}
