import CSV
import Foundation
import InvoiceModel
import LateFees

/// Reads a rates file (`--rates FILE`): CSV with the header
/// `series,valid_from,valid_to,rate_percent[,source]`, one row per period.
public struct RateFileReader: Sendable {
    public init() {}

    public func read(_ data: Data, file: String) throws -> [String: [RatePeriod]] {
        guard data.count <= InputLimits.ratesBytes else {
            throw InputError(file: file, message: "the rates file is \(data.count >> 10) KB; a rates file is read up to \(InputLimits.ratesBytes >> 20) MB")
        }
        let text = try UTF8Check.text(data, file: file).replacingOccurrences(of: "\u{FEFF}", with: "")
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw InputError(file: file, line: 1, message: "not a CSV file (\(error))")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let required = ["series", "valid_from", "valid_to", "rate_percent"]
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw InputError(file: file, line: 1, message: "missing column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))",
                             hint: "the header must be series,valid_from,valid_to,rate_percent[,source]")
        }
        func column(_ row: [String], _ name: String) -> String {
            guard let i = header.firstIndex(of: name), i < row.count else { return "" }
            return row[i].trimmingCharacters(in: .whitespaces)
        }
        var result: [String: [RatePeriod]] = [:]
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func fail(_ field: String, _ message: String) -> InputError {
                InputError(file: file, line: line, field: field, message: message)
            }
            let series = column(row, "series")
            guard !series.isEmpty else { throw fail("series", "missing") }
            guard let from = CalendarDate(iso: column(row, "valid_from")) else {
                throw fail("valid_from", "\"\(column(row, "valid_from"))\" is not a date (expected YYYY-MM-DD)")
            }
            guard let to = CalendarDate(iso: column(row, "valid_to")) else {
                throw fail("valid_to", "\"\(column(row, "valid_to"))\" is not a date (expected YYYY-MM-DD)")
            }
            guard from <= to else { throw fail("valid_to", "\(to) is before valid_from \(from)") }
            guard let percent = Money.parse(column(row, "rate_percent"), maxScale: 4), percent >= 0, percent <= 100 else {
                throw fail("rate_percent", "\"\(column(row, "rate_percent"))\" is not a rate in percent such as 10.50")
            }
            let source = column(row, "source")
            let period = RatePeriod(from: from, to: to, percent: percent, provisional: source.contains("provisional"),
                                    source: source.isEmpty ? file : source)
            if let overlap = result[series]?.first(where: { $0.from <= to && from <= $0.to }) {
                throw fail("valid_from", "\(series) \(from) to \(to) overlaps \(overlap.from) to \(overlap.to)")
            }
            result[series, default: []].append(period)
        }
        if let error = reader.error {
            throw InputError(file: file, line: line + 1, message: "malformed CSV (\(error))")
        }
        return result
    }
}
