import CSV
import Foundation

/// Rows as CSV text (RFC 4180 quoting by CSV.swift), CRLF line ends, a final line end.
enum CSVText {
    /// A cell a spreadsheet would run as a formula (= + - @ first, and not a number such as
    /// -12.50) gets a leading apostrophe, as manifest.csv does: the pack is opened by a third party.
    static func defused(_ cell: String) -> String {
        guard let first = cell.first, "=+-@".contains(first), Decimal(string: cell, locale: Locale(identifier: "en_US_POSIX")) == nil || cell.contains(where: { $0.isLetter }) else { return cell }
        return "'" + cell
    }

    static func bytes(header: [String], rows: [[String]]) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row.map(defused)) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return [] }
        return [UInt8](data) + [0x0D, 0x0A]
    }
}
