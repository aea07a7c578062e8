import CSV
import Foundation
import InvoiceModel

/// Reads invoices from a spreadsheet export: one row per invoice, columns found by header
/// name (see README), rows of the same `debtor_id` forming one claim. Streams the rows.
public struct InvoiceCSVReader {
    public static let requiredColumns = ["debtor_id", "debtor_name", "debtor_street", "debtor_postcode", "debtor_city",
                                         "debtor_country", "invoice_number", "due_date", "amount"]
    public static let optionalColumns = ["debtor_attention", "debtor_kind", "debtor_language", "debtor_email", "debtor_vat",
                                         "issue_date", "currency", "paid", "paid_date", "reference", "description"]

    public let file: String
    public let profile: Profile?
    /// The export's tool, sheet and address sources (see `ExportSettings`).
    public var export = ExportSettings()

    public init(file: String, profile: Profile?, export: ExportSettings = ExportSettings()) {
        self.file = file; self.profile = profile; self.export = export
    }

    /// `;` when the header has more semicolons than commas (Belgian exports), else `,`.
    public static func delimiter(sniffing head: Data) -> Character {
        let firstLine = String(decoding: head.prefix(64 * 1024), as: UTF8.self).split(whereSeparator: \.isNewline).first ?? ""
        return firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
    }

    /// Reads every row of `stream` and groups them into claims, in the order debtors first appear.
    /// The first bad row is an error.
    public func read(_ stream: InputStream, delimiter: Character) throws -> [Claim] {
        try read(.csv(open: { stream }, delimiter: delimiter))
    }

    /// Reads every row of a CSV or XLSX export and groups them into claims (see `read(_:delimiter:)`).
    public func read(_ input: ExportInput) throws -> [Claim] {
        // One pass, everything in memory: for the commands that show or render a few letters.
        var claims: [Claim] = []
        try run(input, counts: nil, strict: true) { result in
            if case .claim(let claim, _) = result { claims.append(claim) }
            return true
        }
        return claims
    }

    /// One claim of an export, or why its debtor's rows could not be read.
    public enum Result {
        case claim(Claim, line: Int)
        case failure(InputError, debtor: String, line: Int)
    }

    /// Streams an export in two passes (`open` is called twice): the first counts each debtor's
    /// rows, the second emits each claim as soon as its last row is read, so memory holds only
    /// the debtors whose rows are still coming (none, for an export sorted by debtor). A bad row
    /// fails its debtor's claim; the others go on. `count` hears the number of claims before any
    /// is emitted; `emit` returns false to stop.
    public func stream(open: @escaping () -> InputStream?, delimiter: Character, count: (Int) -> Void, emit: (Result) throws -> Bool) throws {
        try stream(.csv(open: open, delimiter: delimiter), count: count, emit: emit)
    }

    /// Streams a CSV or XLSX export in two passes (see `stream(open:delimiter:count:emit:)`).
    public func stream(_ input: ExportInput, count: (Int) -> Void, emit: (Result) throws -> Bool) throws {
        var counts: [String: Int] = [:]
        try scan(input) { id, _ in counts[id, default: 0] += 1 }
        count(counts.count)
        try run(input, counts: counts, strict: false, emit: emit)
    }

    /// The first pass: each row's debtor id.
    func scan(_ input: ExportInput, row: (String, Int) -> Void) throws {
        var spellings: [String: Int] = [:]
        try rows(input) { outcome, rowLine in
            switch outcome {
            case .row(let fields):
                let id = fields[ExportField.index["debtor_id"]!]
                if !id.isEmpty {
                    if let first = spellings.index(forKey: id), !spellings[first].key.utf8.elementsEqual(id.utf8) {
                        throw Self.lookAlike(id, spellings[first].key, firstLine: spellings[first].value, file: file, line: rowLine)
                    }
                    if spellings[id] == nil { spellings[id] = rowLine }
                }
                row(id.isEmpty ? "\u{0}line \(rowLine)" : id, rowLine)
            case .invalid(_, let debtor): row(debtor, rowLine)
            case .skipped, .unplaced: break
            }
            return true
        }
    }

    /// Two ids that are the same text written with different characters (NFC "é" and NFD "é"):
    /// Swift would take them for one debtor, the person who typed them perhaps not.
    static func lookAlike(_ id: String, _ other: String, firstLine: Int, file: String, line: Int) -> InputError {
        func points(_ text: String) -> String { text.unicodeScalars.map { String(format: "U+%04X", $0.value) }.joined(separator: " ") }
        return InputError(file: file, line: line, field: "debtor_id",
                          message: "\"\(id)\" (\(points(id))) looks like \"\(other)\" on line \(firstLine) (\(points(other))) but is written differently",
                          hint: "write one debtor's id the same way on every row, and give different debtors ids that look different")
    }

    /// Reads the export's header (an error names the fields it lacks and the headers it has), then
    /// hands on each row in Overdue's own fields. Debtors the address book cannot place are one
    /// error at the end, listing them all.
    private func rows(_ input: ExportInput, _ body: (ExportRowReader.Outcome, Int) throws -> Bool) throws {
        var reader: ExportRowReader?
        var unplaced: [String] = []
        var stopped = false
        try input.read(file: file, sheet: export.sheet, header: { header, line in
            let mapping = try ColumnMapping(headers: header, format: export.format, columns: profile?.columns ?? [:], file: file, line: line)
            let plain = mapping.presetName == ExportPreset.all.last?.name && (export.format ?? .overdue) == .overdue
            let addresses = export.addresses.flatMap { $0.isEmpty ? nil : $0 }
            let missing = plain && addresses == nil
                ? Self.requiredColumns.filter { mapping.column($0) == nil }
                : mapping.missing(addressesElsewhere: addresses != nil)
            guard missing.isEmpty else {
                throw InputError(file: file, line: line, message: "no column for \(missing.joined(separator: ", ")) (headers seen: \(ColumnMapping.list(header)))",
                                 hint: missing.contains("debtor_street")
                                    ? "this export has no addresses: give --customers FILE (a customer list) or the UBL invoices beside it"
                                    : "choose the tool with --format \(ExportFormat.allCases.map(\.rawValue).joined(separator: "|")), or map the fields in the profile's columns: section")
            }
            reader = ExportRowReader(mapping: mapping, file: file, delimiter: input.delimiter, addresses: addresses,
                                   defaultCountry: plain ? nil : profile?.creditor?.country, plain: plain)
        }, row: { fields, line in
            let outcome = try reader!.read(fields, line: line)
            if case .unplaced(let debtor) = outcome {
                if !unplaced.contains(debtor) { unplaced.append(debtor) }
                return true
            }
            stopped = try !body(outcome, line)
            return !stopped
        })
        if !unplaced.isEmpty, !stopped {
            let shown = unplaced.prefix(20).map { "\"\($0)\"" }.joined(separator: ", ") + (unplaced.count > 20 ? ", ..." : "")
            throw InputError(file: file, message: "\(unplaced.count) debtor\(unplaced.count == 1 ? "" : "s") without an address: \(shown)",
                             hint: "\(export.addresses?.sources.joined(separator: ", ") ?? "the customer list") has no customer with their code (or, without a code, their exact name) nor a UBL invoice of theirs")
        }
    }

    /// Reads the rows; with `counts`, emits a claim when its debtor's last row is read, else at the end.
    private func run(_ input: ExportInput, counts: [String: Int]?, strict: Bool,
                     emit: (Result) throws -> Bool) throws {
        guard let creditorDefaults = profile?.creditor else {
            throw InputError(file: file, message: "a CSV export has no creditor details",
                             hint: "give a profile (--profile FILE or ./overdue.yaml) with the creditor")
        }
        let creditor = try creditorDefaults.complete(file: profile?.file ?? file)
        let terms = profile?.terms ?? Terms()
        var remaining = counts ?? [:]
        var open: [String: (debtor: Party, invoices: [Invoice], line: Int)] = [:]
        var order: [String] = []
        var failed: Set<String> = []

        func finish(_ id: String) throws -> Bool {
            guard let group = open.removeValue(forKey: id) else { return true }
            let currencies = Set(group.invoices.map(\.currency))
            guard currencies.count == 1 else {
                let error = InputError(file: file, line: group.line, field: "currency",
                                       message: "debtor \(id) has invoices in \(currencies.sorted().joined(separator: " and "))",
                                       hint: "one letter claims one currency: split the export")
                if strict { throw error }
                return try emit(.failure(error, debtor: id, line: group.line))
            }
            let invoices = CreditNotes.settle(group.invoices)
            guard !invoices.isEmpty else { return true }  // credit notes settle everything: nothing to claim
            return try emit(.claim(Claim(asOf: nil, creditor: creditor, debtor: group.debtor, invoices: invoices,
                                         history: [], terms: terms), line: group.line))
        }

        var stop = false
        try rows(input) { outcome, rowLine in
            let row: [String]
            switch outcome {
            case .row(let fields): row = fields
            case .invalid(let error, let debtor):
                if strict { throw error }
                if failed.contains(debtor) { return true }
                failed.insert(debtor)
                open.removeValue(forKey: debtor)
                stop = try !emit(.failure(error, debtor: debtor, line: rowLine))
                return !stop
            case .skipped, .unplaced: return true
            }
            let fields = RowFields(row: row, index: ExportField.index, file: file, line: rowLine, delimiter: input.delimiter)
            let rawID = fields.optional("debtor_id") ?? "\u{0}line \(rowLine)"
            if let first = open.index(forKey: rawID), !open[first].key.utf8.elementsEqual(rawID.utf8) {
                throw Self.lookAlike(rawID, open[first].key, firstLine: open[first].value.line, file: file, line: rowLine)
            }
            defer {
                if counts != nil {
                    let left = remaining[rawID, default: 1] - 1
                    if left <= 0 { remaining.removeValue(forKey: rawID) } else { remaining[rawID] = left }
                }
            }
            if failed.contains(rawID) { return true }
            do {
                if let long = row.indices.first(where: { row[$0].utf8.count > InputLimits.textCharacters && row[$0].count > InputLimits.textCharacters }) {
                    throw fields.fail(long < ExportField.all.count ? ExportField.all[long] : "column \(long + 1)",
                                      "\(row[long].count) characters; a field is read up to \(InputLimits.textCharacters)")
                }
                let (debtor, invoice) = try parse(fields)
                if let group = open[rawID], let field = Self.disagreement(group.debtor, debtor) {
                    var error = fields.fail(field.column, "\"\(field.value)\" differs from \"\(field.earlier)\" on line \(group.line) for debtor \(rawID)")
                    error.hint = "one debtor's rows must agree on its details; give different debtors different ids"
                    throw error
                }
                if open[rawID] == nil {
                    open[rawID] = (debtor, [], rowLine)
                    if counts == nil { order.append(rawID) }
                }
                if open[rawID]!.invoices.contains(where: { $0.number == invoice.number }) {
                    throw fields.fail("invoice_number", "\"\(invoice.number)\" appears twice for debtor \(rawID)")
                }
                open[rawID]!.invoices.append(invoice)
            } catch let error as InputError {
                if strict { throw error }
                failed.insert(rawID)
                open.removeValue(forKey: rawID)
                stop = try !emit(.failure(error, debtor: rawID, line: rowLine))
                return !stop
            }
            if counts != nil, remaining[rawID, default: 1] <= 1 {
                stop = try !finish(rawID)
                return !stop
            }
            return true
        }
        if stop { return }
        for id in order where open[id] != nil { guard try finish(id) else { return } }
    }

    /// The first detail of a debtor that a later row gives differently: column, new and earlier value.
    static func disagreement(_ earlier: Party, _ later: Party) -> (column: String, value: String, earlier: String)? {
        let pairs: [(String, String?, String?)] = [
            ("debtor_name", later.name, earlier.name), ("debtor_attention", later.attention, earlier.attention),
            ("debtor_street", later.address.first, earlier.address.first),
            ("debtor_city", later.address.dropFirst().joined(separator: " "), earlier.address.dropFirst().joined(separator: " ")),
            ("debtor_country", later.country, earlier.country), ("debtor_vat", later.vat, earlier.vat),
            ("debtor_email", later.email, earlier.email), ("debtor_kind", later.kind.rawValue, earlier.kind.rawValue),
            ("debtor_language", later.language, earlier.language),
        ]
        for (column, value, before) in pairs where !(value ?? "").unicodeScalars.elementsEqual((before ?? "").unicodeScalars) {
            return (column, value ?? "", before ?? "")
        }
        return nil
    }

    func parse(_ f: RowFields) throws -> (Party, Invoice) {
        let id = try f.required("debtor_id")
        let country = try f.required("debtor_country").uppercased()
        guard country.count == 2, CountryCodes.iso3166.contains(country) || country == "UK" else {
            throw f.fail("debtor_country", "\"\(country)\" is not a two-letter ISO country code")
        }
        let kindText = f.optional("debtor_kind")?.lowercased() ?? "business"
        guard let kind = DebtorKind(rawValue: kindText) else {
            throw f.fail("debtor_kind", "\"\(kindText)\" is not business, consumer or public")
        }
        let language = f.optional("debtor_language")?.lowercased()
        if let language, !LetterLanguages.written.contains(language) {
            throw f.fail("debtor_language", "\"\(language)\" is not a language Overdue writes letters in (\(LetterLanguages.written.joined(separator: ", ")))")
        }
        if let vat = f.optional("debtor_vat"), let problem = EnterpriseNumber.problem(with: vat) { throw f.fail("debtor_vat", problem) }
        let postcodeCity = [f.optional("debtor_postcode"), f.optional("debtor_city")].compactMap { $0 }.joined(separator: " ")
        let debtor = Party(id: id, name: try f.required("debtor_name"), attention: f.optional("debtor_attention"),
                           address: [try f.required("debtor_street"), postcodeCity], country: country == "UK" ? "GB" : country,
                           vat: f.optional("debtor_vat"), email: f.optional("debtor_email"), kind: kind, language: language)

        let number = try f.required("invoice_number")
        let amount = try f.amount("amount")
        // A negative amount is a credit note: it settles the debtor's oldest invoices (`CreditNotes`).
        guard amount != 0 else { throw f.fail("amount", "must not be zero (a negative amount is a credit note)") }
        let due = try f.date("due_date")
        let issued = try f.optional("issue_date").map { _ in try f.date("issue_date") }
        if let issued, due < issued { throw f.fail("due_date", "\(due) is before the issue date \(issued)") }
        let currency = f.optional("currency")?.uppercased() ?? "EUR"
        guard CurrencyCodes.iso4217.contains(currency) else {
            throw f.fail("currency", "\"\(currency)\" is not an ISO 4217 currency code (e.g. EUR)")
        }
        var payments: [Payment] = []
        if f.optional("paid") != nil {
            let paid = try f.amount("paid")
            guard paid >= 0, paid <= amount || amount < 0 && paid == 0 else { throw f.fail("paid", "must be between 0 and the amount") }
            // Without a payment date the payment counts from the due date (no interest on it).
            let date = try f.optional("paid_date").map { _ in try f.date("paid_date") } ?? due
            if paid > 0 { payments.append(Payment(date: date, amount: paid)) }
        }
        var reference = f.optional("reference")
        if let text = reference {
            if let problem = ReferenceChecks.problem(with: text) { throw f.fail("reference", problem) }
            if let digits = PaymentReference.ogmDigits(text) { reference = PaymentReference.formatOGM(digits) }
        }
        let invoice = Invoice(number: number, issued: issued, due: due, amount: amount, currency: currency,
                              reference: reference, description: f.optional("description"), payments: payments)
        return (debtor, invoice)
    }
}

/// One CSV row with its location, for errors like `invoices.csv:14: amount: "12,50.3" is not an amount`.
struct RowFields {
    let row: [String]
    let index: [String: Int]
    let file: String
    let line: Int
    let delimiter: Character

    func fail(_ column: String, _ message: String) -> InputError {
        InputError(file: file, line: line, field: column, message: message)
    }

    func optional(_ column: String) -> String? {
        guard let i = index[column], i < row.count else { return nil }
        let value = row[i].trimmed(.spacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    func required(_ column: String) throws -> String {
        guard let value = optional(column) else { throw fail(column, "missing") }
        return value
    }

    func amount(_ column: String) throws -> Decimal {
        let text = try required(column)
        if text.filter(\.isNumber).count > Money.maximumIntegerDigits + 2 {
            throw fail(column, "\"\(text)\" is beyond the largest amount read (\(Money.maximumIntegerDigits) digits before the point)")
        }
        guard let value = LocalValues.amount(text, delimiter: delimiter) else {
            var error = fail(column, "\"\(text)\" is not an amount")
            error.hint = delimiter == ";"
                ? "write 1234,56 or 1.234,56 (1.234 alone is ambiguous)"
                : "write 1234.56 or 1,234.56 (1,234 alone is ambiguous)"
            throw error
        }
        return value
    }

    func date(_ column: String) throws -> CalendarDate {
        let text = try required(column)
        guard let value = LocalValues.date(text) else {
            throw fail(column, "\"\(text)\" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")
        }
        return value
    }
}
