import Foundation
import Hummingbird

/// The fields of the studio's forms (each form sends some of them).
struct StudioForm: Decodable, Sendable {
    var token: String?
    var debtor: String?
    var until: String?
    var reason: String?
    var name: String?
    var text: String?
    var version: String?
    var sample: String?

    /// The largest form read (a template is at most a few hundred KB).
    static let maximumBytes = 4 << 20

    /// The form of `request`, or a 400 `StudioError` for a body that is not one.
    static func read(_ request: Request) async throws -> StudioForm {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maximumBytes)
        } catch {
            throw StudioError(413, "the form is larger than \(maximumBytes >> 20) MB")
        }
        do {
            return try URLEncodedFormDecoder().decode(StudioForm.self, from: String(buffer: buffer))
        } catch {
            throw StudioError.badInput("the request is not a form this page sends (\(error))")
        }
    }

    func required(_ value: String?, _ field: String) throws -> String {
        guard let value, !value.isEmpty else { throw StudioError.badInput("the form has no \(field)") }
        return value
    }
}
