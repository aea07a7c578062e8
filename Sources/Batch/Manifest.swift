import Foundation
import InvoiceModel
import LateFees

/// What a batch wrote: one entry per letter, and totals per currency.
public struct Manifest: Sendable {
    public struct Entry: Sendable, Codable, Equatable {
        public var debtor_id: String
        public var debtor_name: String
        public var origin: String
        public var invoices: [String]
        public var currency: String
        public var principal: String
        public var interest: String
        public var fees: String
        public var total: String
        public var deadline: String
        public var file: String
        public var sha256: String
        /// `rendered`, `unchanged` (skipped: same inputs as the file on disk) or `failed`.
        public var status: String
        public var error: String?
        /// SHA-256 of everything the letter depends on.
        public var input_hash: String
        public var pages: Int
    }

    public struct Totals: Sendable, Codable, Equatable {
        public var currency: String
        public var letters: Int
        public var principal: String
        public var interest: String
        public var fees: String
        public var total: String
    }

    public var entries: [Entry]

    public var totals: [Totals] {
        let ok = entries.filter { $0.status != "failed" }
        return Dictionary(grouping: ok, by: \.currency).keys.sorted().map { currency in
            let rows = ok.filter { $0.currency == currency }
            func sum(_ key: KeyPath<Entry, String>) -> String { Money.plain(rows.reduce(Decimal(0)) { $0 + (Money.parse($1[keyPath: key]) ?? 0) }) }
            return Totals(currency: currency, letters: rows.count, principal: sum(\.principal), interest: sum(\.interest), fees: sum(\.fees), total: sum(\.total))
        }
    }

    public func json() throws -> Data {
        struct Document: Codable { var letters: [Entry]; var totals: [Totals]; var failed: Int }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(letters: entries, totals: totals, failed: entries.filter { $0.status == "failed" }.count))
    }

    static let csvHeader = ["debtor_id", "debtor_name", "invoices", "currency", "principal", "interest", "fees", "total", "deadline",
                            "file", "sha256", "status", "error"]

    static func csvRow(_ e: Entry) -> String {
        [e.debtor_id, e.debtor_name, e.invoices.joined(separator: " "), e.currency, e.principal, e.interest, e.fees,
         e.total, e.deadline, e.file, e.sha256, e.status, e.error ?? ""].map(field).joined(separator: ",")
    }

    static func totalRow(_ t: Totals) -> String {
        ["TOTAL", "\(t.letters) letters", "", t.currency, t.principal, t.interest, t.fees, t.total, "", "", "", "", ""]
            .map(field).joined(separator: ",")
    }

    /// CSV: one row per letter, then one TOTAL row per currency.
    public func csv() -> Data {
        var lines = [Self.csvHeader.joined(separator: ",")]
        for e in entries { lines.append(Self.csvRow(e)) }
        for t in totals { lines.append(Self.totalRow(t)) }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets never run it as a formula.
    static func field(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@".contains(first), Money.parse(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
