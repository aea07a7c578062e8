import Foundation
import InvoiceModel
import InvoiceReaders
import LateFees
import Letters
import Testing

/// Loads the repository's templates and fixtures, as the CLI would.
enum Repo {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let root = tests.deletingLastPathComponent().deletingLastPathComponent()

    static func templateFiles(folder: URL = root.appendingPathComponent("Templates")) throws -> [TemplateFile] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.sorted().map {
            TemplateFile(name: String($0.dropLast(9)), text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8),
                         origin: "Templates/\($0)")
        }
    }

    static func templates() throws -> LetterTemplates { try LetterTemplates(files: try templateFiles()) }

    static func claim(_ name: String) throws -> Claim {
        let data = try Data(contentsOf: tests.appendingPathComponent("Fixtures/\(name)"))
        return try ClaimReader().read(data, file: name)
    }

    static func letter(_ name: String, kind: LetterKind = .notice, language: String = "en",
                       edit: (inout Claim) -> Void = { _ in }) throws -> LetterDocument {
        var claim = try claim(name)
        edit(&claim)
        let assessment = try Assessor().assess(claim, asOf: claim.asOf!)
        return try LetterComposer(templates: try templates()).compose(kind, language: language, claim: claim, assessment: assessment)
    }

    /// The values a template sees, with every optional flag's data present.
    static func values(_ name: String, kind: LetterKind) throws -> [String: Any] {
        let claim = try claim(name)
        let assessment = try Assessor().assess(claim, asOf: claim.asOf!)
        return try LetterComposer.values(kind, language: "en", claim: claim, assessment: assessment)
    }
}

/// Compares `text` with the golden file; `OVERDUE_RECORD=1` rewrites it (and fails, so a
/// recording run is never mistaken for a passing one).
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Repo.tests.appendingPathComponent("Golden/\(name)")
    if ProcessInfo.processInfo.environment["OVERDUE_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name); run again without OVERDUE_RECORD", sourceLocation: sourceLocation)
        return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(text == golden, "differs from Golden/\(name) (OVERDUE_RECORD=1 rewrites it)", sourceLocation: sourceLocation)
}
