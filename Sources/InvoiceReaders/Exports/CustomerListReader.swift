import Foundation

/// A customer-list export (`--customers`, CSV or XLSX): one row per customer with its code, name
/// and address, headers recognised by the same synonym lists as the open-items exports
/// (Klantnummer, Naam, Adres, Postcode, Gemeente, Land, E-mail, ...).
public struct CustomerListReader {
    public let file: String
    public var sheet: String?

    public init(file: String, sheet: String? = nil) { self.file = file; self.sheet = sheet }

    /// Adds the customers of `input` to `book`. The list needs a code or a name, and a street and
    /// a town, for each customer; a row without them is an error naming its line.
    public func read(_ input: ExportInput, into book: inout AddressBook) throws {
        var columns: [String: Int] = [:]
        var added = 0
        var entries: [AddressBook.Entry] = []
        try input.read(file: file, sheet: sheet, header: { header, line in
            for (i, cell) in header.enumerated() {
                if let field = ColumnSynonyms.field(for: cell), columns[field] == nil { columns[field] = i }
            }
            var missing: [String] = []
            if columns["debtor_id"] == nil, columns["debtor_name"] == nil { missing.append("customer code or name") }
            if columns["debtor_street"] == nil { missing.append("street") }
            if columns["debtor_city"] == nil { missing.append("city") }
            guard missing.isEmpty else {
                throw InputError(file: file, line: line, message: "not a customer list Overdue can read: no column for \(missing.joined(separator: ", ")) (headers seen: \(ColumnMapping.list(header)))",
                                 hint: "the list needs the customer's code (or name), street and town, e.g. Klantnummer;Naam;Adres;Postcode;Gemeente;Land")
            }
        }, row: { row, line in
            func cell(_ field: String) -> String? {
                guard let i = columns[field], i < row.count else { return nil }
                let value = row[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            guard cell("debtor_id") != nil || cell("debtor_name") != nil else { return true }
            var entry = AddressBook.Entry(code: cell("debtor_id"), name: cell("debtor_name"), street: cell("debtor_street"),
                                          postcode: cell("debtor_postcode"), city: cell("debtor_city"),
                                          country: cell("debtor_country").map { CountryNames.code($0) ?? $0.uppercased() },
                                          email: cell("debtor_email"), vat: cell("debtor_vat"), origin: "\(file):\(line)")
            entry.attention = cell("debtor_attention")
            entry.language = cell("debtor_language")?.lowercased()
            guard entry.street != nil, entry.city != nil else {
                throw InputError(file: file, line: line, field: entry.street == nil ? "street" : "city",
                                 message: "missing for customer \(entry.code ?? entry.name ?? "")")
            }
            entries.append(entry)
            added += 1
            return true
        })
        for entry in entries { book.add(customer: entry) }
        book.sources.append(file)
    }
}
