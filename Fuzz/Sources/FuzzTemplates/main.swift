import Foundation
import FuzzDriver
import Letters

// libFuzzer target: templates. The input is split at NUL bytes into templates `a`, `b`, `c`...
// (so that includes between them are reached), then `a` is rendered with a few values.
runFuzzer { data in
    let parts = data.split(separator: 0, omittingEmptySubsequences: false).prefix(8)
    var files: [TemplateFile] = []
    for (index, part) in parts.enumerated() {
        guard let text = String(data: Data(part), encoding: .utf8) else { return }
        let name = String(UnicodeScalar(UInt8(97 + index)))
        files.append(TemplateFile(name: name, text: text, origin: "\(name).mustache"))
    }
    guard let templates = try? LetterTemplates(files: files) else { return }
    let values: [String: Any] = ["name": "Jansen & Co", "amount": "1.234,56", "flag": true,
                            "items": [["number": "2026-1", "due": "1 July 2026"], ["number": "2026-2", "due": "1 August 2026"]]]
    _ = try? templates.render("a", values: values)
}
