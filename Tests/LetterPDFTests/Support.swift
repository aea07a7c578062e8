import Foundation
import InvoiceModel
import InvoiceReaders
import HaruPDF
import LetterPDF
import LateFees
import Letters
import Testing

enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/LettersTests/Fixtures")

    static func templates() throws -> LetterTemplates {
        let folder = root.appendingPathComponent("Templates")
        return try LetterTemplates(files: try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".mustache") }.sorted().map {
                TemplateFile(name: String($0.dropLast(9)), text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8), origin: $0)
            })
    }

    static func letter(_ claimFile: String, kind: LetterKind = .notice, language: String = "en",
                       edit: (inout Claim) -> Void = { _ in }) throws -> LetterDocument {
        var claim = try ClaimReader().read(try Data(contentsOf: fixtures.appendingPathComponent(claimFile)), file: claimFile)
        edit(&claim)
        let assessment = try Assessor().assess(claim, asOf: claim.asOf!)
        return try LetterComposer(templates: try templates()).compose(kind, language: language, claim: claim, assessment: assessment)
    }
}

/// The renderer as the command line sets it up: Overdue Sans with DejaVu Sans as the fallback.
func shippedRenderer() throws -> LetterPDFRenderer {
    try LetterPDFRenderer(fonts: FontFiles.family("OverdueSans", in: Repo.root.appendingPathComponent("Fonts").path),
                          fallback: .dejaVuSans)
}

/// Runs a command-line tool (qpdf, pdftotext, pdfinfo) as a reader of the PDF would.
func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [name] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = Pipe()
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Writes `data` to a fresh temporary file and returns its path.
func temporaryPDF(_ data: Data, name: String = "letter") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent("\(name).pdf")
    try data.write(to: url)
    return url.path
}

/// A word of `pdftotext -bbox` output, in points from the top-left corner.
struct Word { var text: String; var xMin, yMin, xMax, yMax: Double }

func words(bbox html: String) -> [(page: Int, word: Word)] {
    var result: [(Int, Word)] = []
    var page = 0
    let regex = try! NSRegularExpression(pattern: #"<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>"#)
    let ns = html as NSString
    for match in regex.matches(in: html, range: NSRange(location: 0, length: ns.length)) {
        if ns.substring(with: match.range).hasPrefix("<page") { page += 1; continue }
        let n = { (i: Int) in Double(ns.substring(with: match.range(at: i)))! }
        let text = ns.substring(with: match.range(at: 5))
            .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
        result.append((page, Word(text: text, xMin: n(1), yMin: n(2), xMax: n(3), yMax: n(4))))
    }
    return result
}
