import Foundation
import XMLCoder

/// The small parts of a workbook, decoded with XMLCoder: the sheet list, the relationships that
/// name each sheet's part, and the cell formats (to tell dates from numbers).
enum WorkbookParts {
    struct Workbook: Decodable {
        struct Properties: Decodable {
            var date1904: String?
        }
        struct Sheets: Decodable {
            var sheet: [Sheet]?
        }
        struct Sheet: Decodable {
            var name: String
            var relationship: String?
            enum CodingKeys: String, CodingKey {
                case name
                case relationship = "r:id"
            }
        }
        var workbookPr: Properties?
        var sheets: Sheets?
    }

    struct Relationships: Decodable {
        struct Relationship: Decodable {
            var Id: String
            var `Type`: String
            var Target: String
        }
        var Relationship: [Relationship]?
    }

    struct Styles: Decodable {
        struct NumberFormatList: Decodable {
            var numFmt: [NumberFormat]?
        }
        struct NumberFormat: Decodable {
            var numFmtId: Int
            var formatCode: String
        }
        struct CellFormatList: Decodable {
            var xf: [CellFormat]?
        }
        struct CellFormat: Decodable {
            var numFmtId: Int?
        }
        var numFmts: NumberFormatList?
        var cellXfs: CellFormatList?

        /// For each cell style index, whether it shows a date.
        func dateStyles() -> [Bool] {
            let custom = Dictionary((numFmts?.numFmt ?? []).map { ($0.numFmtId, $0.formatCode) }, uniquingKeysWith: { first, _ in first })
            return (cellXfs?.xf ?? []).map { xf in
                guard let id = xf.numFmtId else { return false }
                if let code = custom[id] { return NumberFormats.isDate(code: code) }
                return NumberFormats.builtInDates.contains(id)
            }
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data, part: String) throws -> T {
        let decoder = XMLDecoder(trimValueWhitespaces: false)
        decoder.shouldProcessNamespaces = false
        do {
            return try decoder.decode(T.self, from: data)
        } catch {
            throw XLSXError("\(part): not a workbook part Overdue can read (\(error))")
        }
    }

    /// A relationship target as a path in the archive: relative to `xl/`, or absolute.
    static func path(of target: String, base: String = "xl/") -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
