import Foundation
import InvoiceModel

/// Test helpers: dates and decimals from literals, fixture files beside the tests.
func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
func dec(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Rows of a simple CSV (quoted fields with commas allowed), header first.
    static func csv(_ name: String) throws -> [[String: String]] {
        let lines = try text(name).split(whereSeparator: \.isNewline).map(String.init)
        let header = split(lines[0])
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, split(line)))
        }
    }

    private static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var previous: Character?
        for ch in line {
            if ch == "\"" {
                if quoted, previous == "\"" { field.append("\"") }
                quoted.toggle()
            } else if ch == ",", !quoted {
                fields.append(field); field = ""
            } else {
                field.append(ch)
            }
            previous = ch
        }
        fields.append(field)
        return fields
    }
}
