import InvoiceModel

/// What the journal knows, indexed for the planner: each debtor's letters (oldest first), the
/// holds on debtors and on invoices, each debtor's agreements.
public struct DunningFacts: Sendable {
    public private(set) var letters: [String: [LetterRecord]] = [:]
    public private(set) var debtorHolds: [String: [HoldRecord]] = [:]
    public private(set) var invoiceHolds: [String: [HoldRecord]] = [:]
    public private(set) var agreements: [String: [AgreementRecord]] = [:]

    /// `letters` in journal order (by id); `agreements` likewise.
    public init(letters: [LetterRecord] = [], holds: [HoldRecord] = [], agreements: [AgreementRecord] = []) {
        for letter in letters { self.letters[letter.debtor, default: []].append(letter) }
        for hold in holds {
            if let debtor = hold.debtor { debtorHolds[debtor, default: []].append(hold) }
            if let invoice = hold.invoice { invoiceHolds[invoice, default: []].append(hold) }
        }
        for agreement in agreements { self.agreements[agreement.debtor, default: []].append(agreement) }
    }

    /// The hold in force on a debtor on `date`, the one ending last.
    public func hold(debtor: String, on date: CalendarDate) -> HoldRecord? {
        debtorHolds[debtor]?.filter { $0.isActive(on: date) }.max { $0.until < $1.until }
    }

    /// The hold in force on an invoice on `date`, the one ending last.
    public func hold(invoice: String, on date: CalendarDate) -> HoldRecord? {
        invoiceHolds[invoice]?.filter { $0.isActive(on: date) }.max { $0.until < $1.until }
    }

    /// The debtor's latest agreement made by `date`.
    public func agreement(debtor: String, on date: CalendarDate) -> AgreementRecord? {
        agreements[debtor]?.last { $0.agreedOn <= date }
    }
}
