import Foundation
import Hummingbird
import HummingbirdTesting
import LateFees
import Testing
@testable import Studio

/// A studio on the shipped example (Examples/invoices.csv and overdue.yaml) in a temporary folder.
struct StudioFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let port = 18080
    static let token = "test-token-0123456789abcdef0123456789abcdef"

    let folder: URL
    let workspace: StudioWorkspace

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("studio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let configuration = StudioConfiguration(
            inputs: [Self.root.appendingPathComponent("Examples/invoices.csv").path],
            journal: folder.appendingPathComponent("overdue.db").path,
            profile: Self.root.appendingPathComponent("Examples/overdue.yaml").path,
            templates: folder.appendingPathComponent("templates").path,
            outputFolder: folder.appendingPathComponent("letters").path,
            asOf: "2026-11-30", rates: .bundled)
        workspace = try StudioWorkspace(configuration: configuration)
    }

    var journalPath: String { workspace.configuration.journalPath }
    var overrideFolder: String { workspace.configuration.overrideFolder }

    /// Runs `test` against the studio's routes in-process.
    func test(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: StudioRoutes.router(workspace: workspace, port: Self.port, token: Self.token))
        try await app.test(.router, test)
    }

    /// A form body with the session token unless told otherwise.
    static func form(_ fields: [String: String], token: String? = StudioFixture.token) -> ByteBuffer {
        var all = fields
        if let token { all["token"] = token }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let text = all.sorted { $0.key < $1.key }
            .map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return ByteBuffer(string: text)
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .origin: "http://127.0.0.1:\(port)"]
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
