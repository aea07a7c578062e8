import Foundation
import InvoiceModel

/// Turns an export's rows into rows of Overdue's own fields (`ExportField.all` order), so the CSV
/// reader's checks apply to every export alike:
/// - a grouped report's group row (no dates, a label where the debtor goes) names the debtor of
///   the rows under it, and subtotal and total rows (Totaal, Total, Totaux, ...) are skipped;
/// - the amount is the open amount alone, or a total with the open or paid amount (the third
///   derived); a row with nothing open is skipped; a negative amount is a credit note;
/// - a debtor without an address in the export takes it from the address book (customer list or
///   UBL invoices); those it cannot place are collected for one error.
struct ExportRowReader {
    /// What became of a row.
    enum Outcome {
        case row([String])
        case skipped
        /// The debtor could not be placed in the address book.
        case unplaced(String)
        /// A value of the row is wrong; `debtor` is the row's debtor as written.
        case invalid(InputError, debtor: String)
    }

    let mapping: ColumnMapping
    let file: String
    let delimiter: Character
    let addresses: AddressBook?
    /// The creditor's country, for a debtor whose address gives none (not for Overdue's own format).
    let defaultCountry: String?
    /// Overdue's own format: read as written, without groups, totals or derived amounts.
    let plain: Bool
    private(set) var group: String?

    static let totalWords = ["totaal", "total", "totaux", "subtotal", "subtotaal", "soustotal", "grandtotal", "eindtotaal"]

    init(mapping: ColumnMapping, file: String, delimiter: Character, addresses: AddressBook?, defaultCountry: String?, plain: Bool) {
        columns = ExportField.all.map { mapping.column($0) ?? -1 }
        copies = mapping.entries.map { ($0.column, ExportField.index[$0.field]!) }
        self.plain = plain; self.mapping = mapping; self.file = file; self.delimiter = delimiter; self.addresses = addresses; self.defaultCountry = defaultCountry
    }

    /// For each field (by its position in `ExportField.all`), its column, or -1.
    private let columns: [Int]
    /// (column, field position) for each mapped field.
    private let copies: [(Int, Int)]

    private func cell(_ row: [String], _ field: String) -> String? { cell(row, ExportField.index[field]!) }

    private func cell(_ row: [String], _ slot: Int) -> String? {
        let i = columns[slot]
        guard i >= 0, i < row.count else { return nil }
        let value = row[i].exportTrimmed
        return value.isEmpty ? nil : value
    }

    mutating func read(_ row: [String], line: Int) throws -> Outcome {
        let hasDebtor = cell(row, Slot.debtorID) != nil || cell(row, Slot.debtorName) != nil
        if !plain, cell(row, Slot.dueDate) == nil, cell(row, Slot.issueDate) == nil {
            guard let label = row.lazy.map({ $0.exportTrimmed }).first(where: { !$0.isEmpty }) else { return .skipped }
            let key = HeaderText.key(label)
            if Self.totalWords.contains(where: { key.hasPrefix($0) }) { return .skipped }
            if !hasDebtor {
                group = label
                return .skipped
            }
        }
        var out = [String](repeating: "", count: ExportField.all.count)
        for (column, slot) in copies where column < row.count {
            out[slot] = row[column].exportTrimmed
        }
        func set(_ field: String, _ value: String?) { out[Slot.of(field)] = value ?? "" }
        func get(_ field: String) -> String? { let v = out[Slot.of(field)]; return v.isEmpty ? nil : v }

        if !hasDebtor, let group { set("debtor_name", group) }
        if plain { return place(&out, line: line) }
        do {
            if let skip = try amounts(row, &out, line: line) { return skip }
        } catch let error as InputError {
            return .invalid(error, debtor: get("debtor_id") ?? get("debtor_name") ?? "\u{0}line \(line)")
        }
        return place(&out, line: line)
    }

    /// Total, open and paid: the missing one derived. Returns `.skipped` for a row with nothing open.
    private func amounts(_ row: [String], _ out: inout [String], line: Int) throws -> Outcome? {
        func set(_ field: String, _ value: String?) { out[Slot.of(field)] = value ?? "" }
        func get(_ field: String) -> String? { let v = out[Slot.of(field)]; return v.isEmpty ? nil : v }
        // Amounts: total, open, paid; the missing one derived.
        let total = try amount(row, "amount", line), open = try amount(row, "open", line), paid = try amount(row, "paid", line)
        if get("currency") == nil { set("currency", total?.currency ?? open?.currency ?? paid?.currency) }
        switch (total?.value, open?.value, paid?.value) {
        case (let t?, let o?, let p?):
            guard t - p == o else {
                throw InputError(file: file, line: line, field: header("open"),
                                 message: "\(Money.plain(o)) open is not the total \(Money.plain(t)) less \(Money.plain(p)) paid")
            }
            if o == 0, t > 0 { return .skipped }
            set("amount", Money.plain(t)); set("paid", Money.plain(p))
        case (let t?, let o?, nil):
            if o == 0, t > 0 { return .skipped }
            if t < 0 || o < 0 {
                set("amount", Money.plain(o)); set("paid", nil)  // a credit note: what is left of it counts
            } else {
                guard o <= t else {
                    throw InputError(file: file, line: line, field: header("open"),
                                     message: "\(Money.plain(o)) open is more than the total \(Money.plain(t))")
                }
                set("amount", Money.plain(t)); set("paid", Money.plain(t - o))
            }
        case (nil, let o?, _):
            if o == 0 { return .skipped }
            set("amount", Money.plain(o)); set("paid", nil)
        case (let t?, nil, let p):
            set("amount", Money.plain(t)); set("paid", p.map { Money.plain($0) })
            if let p, p >= t, t > 0 { return .skipped }
        case (nil, nil, _):
            break  // the CSV reader reports the missing amount
        }
        return nil
    }

    /// The debtor's id and address (from the address book when the row has none).
    private func place(_ out: inout [String], line: Int) -> Outcome {
        func set(_ field: String, _ value: String?) { out[Slot.of(field)] = value ?? "" }
        func get(_ field: String) -> String? { let v = out[Slot.of(field)]; return v.isEmpty ? nil : v }
        // The debtor: the code, else the name stands for it (not in Overdue's own format when its
        // debtor_id column is there but empty: that row is an error, "debtor_id: missing").
        let code = get("debtor_id")
        if code == nil, !(plain && copies.contains { $0.1 == Slot.debtorID }) { set("debtor_id", get("debtor_name")) }
        if get("debtor_street") == nil, let addresses {
            guard let entry = addresses.find(code: code, name: get("debtor_name"), invoice: get("invoice_number")) else {
                let who = [code, get("debtor_name")].compactMap { $0 }.joined(separator: " ")
                return .unplaced(who.isEmpty ? "line \(line)" : who)
            }
            for field in ExportField.address where get(field) == nil { set(field, entry.value(field)) }
            if get("debtor_name") == nil { set("debtor_name", entry.name) }
            if code == nil, let customerCode = entry.code, !customerCode.isEmpty { set("debtor_id", customerCode) }
        }
        if !plain, let country = get("debtor_country") { set("debtor_country", CountryNames.code(country) ?? country) }
        if get("debtor_country") == nil, let defaultCountry { set("debtor_country", defaultCountry) }
        return .row(out)
    }

    /// Field positions, looked up once.
    enum Slot {
        static let debtorID = ExportField.index["debtor_id"]!, debtorName = ExportField.index["debtor_name"]!
        static let dueDate = ExportField.index["due_date"]!, issueDate = ExportField.index["issue_date"]!
        static let table: [String: Int] = ExportField.index
        @inline(__always) static func of(_ field: String) -> Int { table[field]! }
    }

    private func header(_ field: String) -> String {
        guard let i = mapping.column(field) else { return field }
        let header = i < mapping.headers.count ? mapping.headers[i].trimmingCharacters(in: .whitespaces) : ""
        return header.isEmpty ? field : "\(field) (\"\(header)\")"
    }

    private func amount(_ row: [String], _ field: String, _ line: Int) throws -> (value: Decimal, currency: String?)? {
        guard let text = cell(row, field) else { return nil }
        guard let value = ExportAmount.parse(text, delimiter: delimiter) else {
            throw InputError(file: file, line: line, field: header(field), message: "\"\(text)\" is not an amount",
                             hint: "write 1234.56, 1.234,56 or 1,234.56 (1.234 alone is ambiguous)")
        }
        return value
    }
}
