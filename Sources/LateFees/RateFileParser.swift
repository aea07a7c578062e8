import CSV
import Foundation
import InvoiceModel

/// Where a rates CSV is wrong: `file:line: field: message`, with a hint.
public struct RateFileError: Error, Equatable, CustomStringConvertible {
    /// The file's name as the caller gave it.
    public var file: String
    /// The line (1 is the header), when the problem is on one.
    public var line: Int?
    /// The column, e.g. `rate_percent`.
    public var field: String?
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String?

    /// One line: `rates.csv:3: rate_percent: "ten" is not a rate in percent such as 10.50`.
    public var description: String {
        [file + (line.map { ":\($0)" } ?? ""), field, message].compactMap { $0 }.joined(separator: ": ")
    }
}

/// The one parser of the rates CSV `series,valid_from,valid_to,rate_percent[,source]`, one row
/// per period: for the shipped series (Data/rates, compiled in) and for a user's rates file
/// (`--rates FILE`, `Overdue(rates:)`, read by `RateFileReader`). Pure: it is given the text.
public enum RateFileParser {
    /// The periods of each series in `text`; a period overlapping another of its series, a rate
    /// outside 0...100 %, a date that is not YYYY-MM-DD or a missing column is an error.
    public static func parse(_ text: String, file: String) throws -> [String: [RatePeriod]] {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text.replacingOccurrences(of: "\u{FEFF}", with: ""), hasHeaderRow: true)
        } catch {
            throw RateFileError(file: file, line: 1, message: "not a CSV file (\(error))")
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let required = ["series", "valid_from", "valid_to", "rate_percent"]
        let missing = required.filter { !header.contains($0) }
        guard missing.isEmpty else {
            throw RateFileError(file: file, line: 1, message: "missing column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))",
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
            func fail(_ field: String, _ message: String) -> RateFileError {
                RateFileError(file: file, line: line, field: field, message: message)
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
            // The source is the last column; its text may hold unquoted commas (as the shipped files do).
            let source = header.last == "source" && row.count > header.count
                ? row[(header.count - 1)...].joined(separator: ",").trimmingCharacters(in: .whitespaces)
                : column(row, "source")
            let period = RatePeriod(from: from, to: to, percent: percent, provisional: source.contains("provisional"),
                                    source: source.isEmpty ? file : source)
            if let overlap = result[series]?.first(where: { $0.from <= to && from <= $0.to }) {
                throw fail("valid_from", "\(series) \(from) to \(to) overlaps \(overlap.from) to \(overlap.to)")
            }
            result[series, default: []].append(period)
        }
        if let error = reader.error {
            throw RateFileError(file: file, line: line + 1, message: "malformed CSV (\(error))")
        }
        return result
    }
}
