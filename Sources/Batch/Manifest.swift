import Foundation
import InvoiceModel
import LateFees

/// What a batch wrote: one entry per letter, and totals per currency (written by `ManifestWriter`).
public enum Manifest {
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
        /// With `--combined`: the volume (1, 2, ...) the letter is printed in: `FILE.pdf` when the
        /// run made one file, else `FILE-001.pdf`, `FILE-002.pdf`, ...; nil for a failed letter.
        public var volume: Int?
        /// With `--combined`: the page of that volume the letter starts on (always odd).
        public var volume_page: Int?

        public init(debtor_id: String, debtor_name: String, origin: String, invoices: [String], currency: String, principal: String,
                    interest: String, fees: String, total: String, deadline: String, file: String, sha256: String, status: String,
                    error: String?, input_hash: String, pages: Int, volume: Int? = nil, volume_page: Int? = nil) {
            self.volume = volume; self.volume_page = volume_page
            self.debtor_id = debtor_id; self.debtor_name = debtor_name; self.origin = origin; self.invoices = invoices
            self.currency = currency; self.principal = principal; self.interest = interest; self.fees = fees; self.total = total
            self.deadline = deadline; self.file = file; self.sha256 = sha256; self.status = status; self.error = error
            self.input_hash = input_hash; self.pages = pages
        }
    }

    public struct Totals: Sendable, Codable, Equatable {
        public var currency: String
        public var letters: Int
        public var principal: String
        public var interest: String
        public var fees: String
        public var total: String
    }

    static let csvHeader = ["debtor_id", "debtor_name", "invoices", "currency", "principal", "interest", "fees", "total", "deadline",
                            "file", "sha256", "status", "error", "volume", "volume_page"]

    static func csvRow(_ e: Entry) -> String {
        [e.debtor_id, e.debtor_name, e.invoices.joined(separator: " "), e.currency, e.principal, e.interest, e.fees,
         e.total, e.deadline, e.file, e.sha256, e.status, e.error ?? "", e.volume.map(String.init) ?? "",
         e.volume_page.map(String.init) ?? ""].map(field).joined(separator: ",")
    }

    static func totalRow(_ t: Totals) -> String {
        ["TOTAL", "\(t.letters) letters", "", t.currency, t.principal, t.interest, t.fees, t.total, "", "", "", "", "", "", ""]
            .map(field).joined(separator: ",")
    }

    /// RFC 4180 quoting; a leading = + - @ is prefixed so spreadsheets never run it as a formula.
    static func field(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@".contains(first), Money.parse(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
