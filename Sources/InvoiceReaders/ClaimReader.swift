import Foundation
import InvoiceModel

/// Reads the canonical claim JSON (format v1, see README) into a `Claim`.
///
/// Pure: takes the file's bytes and name; the caller reads the file. Profile defaults
/// (creditor, terms) fill whatever the claim leaves out; what the claim says wins.
public struct ClaimReader: Sendable {
    public init() {}

    public func read(_ data: Data, file: String, profile: Profile? = nil) throws -> Claim {
        guard data.count <= InputLimits.claimJSONBytes else {
            throw InputError(file: file, message: "the claim is \(data.count / 1_048_576) MB; a claim JSON is read up to \(InputLimits.claimJSONBytes >> 20) MB",
                             hint: "split it into several claims (JSON Lines)")
        }
        try UTF8Check.validate(data, file: file)
        try NestingCheck.checkJSON(data, file: file)
        let root = try Self.parseJSON(data, file: file)
        guard root is [String: Any] else {
            throw InputError(file: file, message: "expected a claim object at the top level, found \(JSONNode.describe(root))")
        }
        return try decode(JSONNode(value: root, path: "", file: file), profile: profile)
    }

    /// Parses JSON, turning Foundation's "around character N" into a line and column.
    static func parseJSON(_ data: Data, file: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            var line: Int?, column: Int?
            if let range = detail.range(of: #"character (\d+)"#, options: .regularExpression),
               let offset = Int(detail[range].split(separator: " ").last ?? "") {
                (line, column) = Self.lineAndColumn(of: offset, in: data)
            } else if detail.localizedCaseInsensitiveContains("end of file") || detail.localizedCaseInsensitiveContains("unexpected end") {
                (line, column) = Self.lineAndColumn(of: String(decoding: data, as: UTF8.self).utf16.count, in: data)
            }
            let text = detail.replacingOccurrences(of: #"\s*around (line \d+, column \d+|character \d+)\.?"#,
                                                   with: "", options: .regularExpression)
                .trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            throw InputError(file: file, line: line, column: column,
                             message: "malformed JSON: \(text.isEmpty ? "invalid" : text)",
                             hint: "check the quotes, commas and brackets near that place")
        }
    }

    /// 1-based line and column of the character at `offset` (counted in UTF-16 units by Foundation).
    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        let text = String(decoding: data, as: UTF8.self)
        var line = 1, column = 1, seen = 0
        for unit in text.utf16 {
            if seen >= offset { break }
            if unit == 0x0A { line += 1; column = 1 } else { column += 1 }
            seen += 1
        }
        return (line, column)
    }

    func decode(_ root: JSONNode, profile: Profile?) throws -> Claim {
        let asOf = try root.optional("as_of")?.date()

        let creditor: Party
        if let node = try root.optional("creditor") {
            creditor = try PartyDecoder.creditor(node, defaults: profile?.creditor)
        } else if let fromProfile = profile?.creditor {
            creditor = try fromProfile.complete(file: profile?.file ?? root.file)
        } else {
            throw InputError(file: root.file, field: "creditor", message: "missing (expected an object with name, address, country)",
                             hint: "add a \"creditor\" object to the claim, or put it in the profile (overdue.yaml)")
        }
        let debtor = try PartyDecoder.debtor(try root.required("debtor", expected: "an object with name, address, country"))

        let invoiceNodes = try root.required("invoices", expected: "a list of invoices").array()
        guard !invoiceNodes.isEmpty else {
            throw InputError(file: root.file, field: "invoices", message: "the list is empty", hint: "a claim needs at least one invoice")
        }
        let invoices = try invoiceNodes.map(decodeInvoice)
        let currencies = Set(invoices.map(\.currency))
        if currencies.count > 1 {
            throw InputError(file: root.file, field: "invoices",
                             message: "the invoices mix currencies (\(currencies.sorted().joined(separator: ", ")))",
                             hint: "one letter claims one currency: split the claim")
        }
        var seen = Set<String>()
        for (index, invoice) in invoices.enumerated() where !seen.insert(invoice.number).inserted {
            throw InputError(file: root.file, field: "invoices[\(index)].number",
                             message: "\"\(invoice.number)\" appears twice")
        }

        let history = try (root.optional("history")?.array() ?? []).map { node in
            HistoryEntry(letter: try node.required("letter", expected: "a letter kind such as \"reminder\"").nonEmptyString(),
                         date: try node.required("date", expected: "a date YYYY-MM-DD").date(),
                         by: try node.optional("by")?.nonEmptyString(),
                         fee: try node.optional("fee")?.decimal(),
                         invoices: try node.optional("invoices")?.array().map { try $0.nonEmptyString() })
        }

        var terms = try root.optional("terms").map(TermsDecoder.decode) ?? Terms()
        if let defaults = profile?.terms { terms = terms.filling(from: defaults) }
        let compromise = try root.optional("compromise").map(CompromiseDecoder.decode)
        return Claim(asOf: asOf, creditor: creditor, debtor: debtor, invoices: invoices, history: history,
                     terms: terms, compromise: compromise)
    }

    func decodeInvoice(_ node: JSONNode) throws -> Invoice {
        _ = try node.object()
        let number = try node.required("number", expected: "the invoice number as a string").nonEmptyString()
        let amount = try node.required("amount", expected: "the invoice total as a string like \"1210.00\"").decimal()
        guard amount > 0 else { throw try node.required("amount", expected: "").fail("must be more than zero") }
        let currency = try node.optional("currency")?.nonEmptyString().uppercased() ?? "EUR"
        guard CurrencyCodes.iso4217.contains(currency) else {
            throw try node.required("currency", expected: "").fail("\"\(currency)\" is not an ISO 4217 currency code (e.g. EUR)")
        }
        let issued = try node.optional("issued")?.date()
        let due = try node.required("due", expected: "the due date YYYY-MM-DD").date()
        if let issued, due < issued {
            throw try node.required("due", expected: "").fail("\(due) is before the issue date \(issued)")
        }
        let payments = try (node.optional("payments")?.array() ?? []).map { p in
            let paymentAmount = try p.required("amount", expected: "an amount like \"200.00\"").decimal()
            guard paymentAmount > 0 else { throw try p.required("amount", expected: "").fail("must be more than zero") }
            return Payment(date: try p.required("date", expected: "a date YYYY-MM-DD").date(), amount: paymentAmount)
        }
        let totalPaid = payments.reduce(Decimal(0)) { $0 + $1.amount }
        if totalPaid > amount {
            throw try node.required("payments", expected: "").fail(
                "the payments (\(Money.plain(totalPaid))) exceed the invoice amount (\(Money.plain(amount)))")
        }
        return Invoice(number: number, issued: issued, due: due, amount: amount, currency: currency,
                       reference: try node.optional("reference").map(ReferenceChecks.paymentReference),
                       description: try node.optional("description")?.nonEmptyString(),
                       payments: payments.sorted { $0.date < $1.date })
    }
}
