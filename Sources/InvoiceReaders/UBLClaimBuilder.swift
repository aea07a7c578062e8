import Foundation
import InvoiceModel

/// Groups UBL documents into claims: the invoices of one buyer from one seller in one currency
/// form a claim; credit notes lower that buyer's balance; a document with nothing left to pay
/// is reported and skipped.
public struct UBLClaimBuilder {
    public let profile: Profile?
    public init(profile: Profile?) { self.profile = profile }

    /// Days after the issue date an invoice without a due date is due (Directive 2011/7/EU
    /// art. 3(3)(b): 30 days after receipt of the invoice when the contract fixes no term).
    public static let defaultTermDays = 30

    public struct Result {
        public var claims: [Claim]
        /// Documents skipped or adjusted, and why.
        public var notes: [String]
        /// Documents that could not be read (only when asked to skip them).
        public var failures: [InputError] = []
    }

    /// - Parameter skippingFailures: a document with a bad value is reported in `failures` and
    ///   the others go on (a batch); otherwise it is an error for all (one command, one answer).
    public func claims(from documents: [UBLDocument], skippingFailures: Bool = false) throws -> Result {
        var notes: [String] = []
        var failures: [InputError] = []
        var order: [String] = []
        var groups: [String: (creditor: Party, debtor: Party, invoices: [Invoice], credits: [(UBLDocument, Decimal, CalendarDate)])] = [:]
        for d in documents {
            do {
                try add(d)
            } catch let error as InputError where skippingFailures {
                failures.append(error)
            }
        }
        func add(_ d: UBLDocument) throws {
            func fail(_ field: String, _ message: String) -> InputError { InputError(file: d.file, field: field, message: message) }
            guard let id = d.id else { throw fail("ID", "missing") }
            guard let currency = d.currency?.uppercased() else { throw fail("DocumentCurrencyCode", "missing") }
            guard CurrencyCodes.iso4217.contains(currency) else {
                throw fail("DocumentCurrencyCode", "\"\(currency)\" is not an ISO 4217 currency code (e.g. EUR)")
            }
            for (field, other) in [("PayableAmount", d.payableCurrency), ("PrepaidAmount", d.prepaidCurrency)] {
                if let other, other.uppercased() != currency {
                    throw fail("LegalMonetaryTotal/\(field)/@currencyID", "\"\(other)\" differs from the document currency \(currency)")
                }
            }
            guard let issuedText = d.issueDate, let issued = Self.date(issuedText) else {
                throw fail("IssueDate", "\"\(d.issueDate ?? "")\" is not a date")
            }
            let payable = try Self.amount(d.payableAmount, field: "LegalMonetaryTotal/PayableAmount", file: d.file)
            let prepaid = try d.prepaidAmount.map { try Self.amount($0, field: "LegalMonetaryTotal/PrepaidAmount", file: d.file) } ?? 0
            if payable <= 0 {
                notes.append("\(d.file): \(d.isCreditNote ? "credit note" : "invoice") \(id) has nothing to pay (PayableAmount \(d.payableAmount!)): skipped")
                return
            }
            let creditor = try party(d.seller, file: d.file, role: "AccountingSupplierParty", document: d)
            // Accounts shaped like an IBAN that fail its checks are named, not used.
            for (i, means) in d.paymentMeans.enumerated() {
                guard let account = means.account, PaymentReference.ibanCompact(account) == nil else { continue }
                let compact = account.filter { !$0.isWhitespace }
                if compact.count >= 5, compact.prefix(2).allSatisfy(\.isLetter), compact.dropFirst(2).prefix(2).allSatisfy(\.isNumber) {
                    notes.append("\(d.file): PaymentMeans[\(i + 1)]/PayeeFinancialAccount/ID: \"\(account)\" is not a valid IBAN; not used")
                }
            }
            let debtor = try party(d.buyer, file: d.file, role: "AccountingCustomerParty", document: nil)
            let key = [creditor.id ?? creditor.name, debtor.id ?? debtor.name, currency].joined(separator: "\u{1F}")
            if groups[key] == nil { order.append(key); groups[key] = (creditor, debtor, [], []) }
            if d.isCreditNote {
                groups[key]!.credits.append((d, payable, issued))
                return
            }
            var due: CalendarDate
            if let text = d.dueDate ?? d.paymentMeans.compactMap(\.dueDate).first {
                guard let parsed = Self.date(text) else { throw fail("DueDate", "\"\(text)\" is not a date") }
                due = parsed
            } else {
                due = issued.adding(days: Self.defaultTermDays)
                notes.append("\(d.file): invoice \(id) has no due date\(d.paymentTerms.isEmpty ? "" : " (payment terms: \(d.paymentTerms.joined(separator: " | ")))"); taken as \(due), \(Self.defaultTermDays) days after issue")
            }
            if due < issued { due = issued }
            let reference = Self.reference(d, notes: &notes)
            var payments: [Payment] = []
            if prepaid > 0 { payments.append(Payment(date: issued, amount: prepaid)) }
            groups[key]!.invoices.append(Invoice(number: id, issued: issued, due: due, amount: payable + prepaid, currency: currency,
                                                 reference: reference, payments: payments))
        }

        var claims: [Claim] = []
        for key in order {
            var group = groups[key]!
            group.invoices.sort { ($0.due, $0.number) < ($1.due, $1.number) }
            // Credit notes settle the oldest open invoices first.
            for (note, amount, date) in group.credits.sorted(by: { $0.2 < $1.2 }) {
                var left = amount
                for i in group.invoices.indices where left > 0 {
                    let open = group.invoices[i].amount - group.invoices[i].payments.reduce(0) { $0 + $1.amount }
                    let part = min(open, left)
                    if part > 0 { group.invoices[i].payments.append(Payment(date: max(date, group.invoices[i].issued ?? date), amount: part)); left -= part }
                }
                if left > 0 {
                    notes.append("\(note.file): credit note \(note.id ?? "") leaves \(Money.plain(left)) \(note.currency ?? "") unused: no open invoice of \(group.debtor.name) to set it against")
                }
            }
            let open = group.invoices.filter { $0.amount > $0.payments.reduce(0) { $0 + $1.amount } }
            for paid in group.invoices where !open.contains(where: { $0.number == paid.number }) {
                notes.append("invoice \(paid.number) of \(group.debtor.name) is settled by credit notes: skipped")
            }
            guard !open.isEmpty else { continue }
            var creditor = group.creditor
            creditor.id = nil  // the seller's identifier only served to group the documents
            if let defaults = profile?.creditor {
                // The file's seller wins; the profile fills what the invoice does not say.
                creditor.iban = creditor.iban ?? defaults.iban
                creditor.bic = creditor.bic ?? defaults.bic
                creditor.email = creditor.email ?? defaults.email
                creditor.phone = creditor.phone ?? defaults.phone
                creditor.signatory = creditor.signatory ?? defaults.signatory
                creditor.place = creditor.place ?? defaults.place
                creditor.language = creditor.language ?? defaults.language
                creditor.vat = creditor.vat ?? defaults.vat
            }
            claims.append(Claim(asOf: nil, creditor: creditor, debtor: group.debtor, invoices: open, history: [],
                                terms: profile?.terms ?? Terms()))
        }
        return Result(claims: claims, notes: notes, failures: failures)
    }

    /// An amount as UBL writes it, or an error that says why it is not one.
    static func amount(_ text: String?, field: String, file: String) throws -> Decimal {
        guard let text else { throw InputError(file: file, field: field, message: "missing") }
        if Money.isBeyondExactRange(text) {
            throw InputError(file: file, field: field, message: "\"\(text)\" is beyond the largest amount read (\(Money.maximumIntegerDigits) digits before the point)")
        }
        guard let value = Money.parse(text) else { throw InputError(file: file, field: field, message: "\"\(text)\" is not an amount") }
        return value
    }

    /// An xsd:date: `YYYY-MM-DD`, optionally with a time zone (`Z`, `+01:00`), which a calendar date ignores.
    static func date(_ text: String) -> CalendarDate? {
        guard text.count >= 10, let date = CalendarDate(iso: String(text.prefix(10))) else { return nil }
        let zone = text.dropFirst(10)
        guard zone.isEmpty || zone == "Z" || ((zone.first == "+" || zone.first == "-") && zone.count == 6) else { return nil }
        return date
    }

    /// A party from the document; the seller also brings the first payee account that is a valid IBAN.
    func party(_ p: UBLParty, file: String, role: String, document: UBLDocument?) throws -> Party {
        guard let name = p.name else { throw InputError(file: file, field: "\(role)/Party/PartyLegalEntity/RegistrationName", message: "missing") }
        guard let country = p.country?.uppercased() else {
            throw InputError(file: file, field: "\(role)/Party/PostalAddress/Country/IdentificationCode", message: "missing")
        }
        guard CountryCodes.iso3166.contains(country) else {
            throw InputError(file: file, field: "\(role)/Party/PostalAddress/Country/IdentificationCode",
                             message: "\"\(country)\" is not an ISO 3166 country code")
        }
        var lines = [p.street, p.additionalStreet, p.addressLine].compactMap { $0 }
        let town = [p.postcode, p.city].compactMap { $0 }.joined(separator: " ")
        if !town.isEmpty { lines.append(town) }
        var party = Party(id: p.vat ?? p.companyID ?? p.endpointID, name: name, attention: document == nil ? p.contactName : nil,
                          address: lines, country: country, vat: p.vat, email: p.email, phone: p.phone)
        if let document {
            let means = document.paymentMeans.first { $0.account.flatMap { PaymentReference.ibanCompact($0) } != nil }
            party.iban = means?.account.flatMap { PaymentReference.ibanCompact($0) }
            party.bic = means?.bic.flatMap { PaymentReference.bicCompact($0) }
        }
        return party
    }

    /// The payment ID as the invoice's reference: a valid OGM/VCS or RF in its usual form, other
    /// free text as written; a structured-looking but invalid one is dropped with a note.
    static func reference(_ d: UBLDocument, notes: inout [String]) -> String? {
        guard let id = d.paymentMeans.compactMap(\.paymentID).first else { return nil }
        if let digits = PaymentReference.ogmDigits(id) { return PaymentReference.formatOGM(digits) }
        if let rf = PaymentReference.rfCompact(id) { return rf }
        if let problem = ReferenceChecks.problem(with: id) {
            notes.append("\(d.file): PaymentID: \(problem); not used")
            return nil
        }
        return id
    }
}
