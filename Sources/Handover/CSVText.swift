import CSV
import Foundation

/// Rows as CSV text (RFC 4180 quoting by CSV.swift), CRLF line ends, a final line end.
enum CSVText {
    static func bytes(header: [String], rows: [[String]]) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return [] }
        return [UInt8](data) + [0x0D, 0x0A]
    }
}
