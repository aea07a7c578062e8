import Foundation

/// One unpaid (or partly paid) invoice of the claim.
public struct Invoice: Sendable, Equatable {
    public var number: String
    public var issued: CalendarDate?
    public var due: CalendarDate
    /// Invoice total, VAT included (the amount the debtor had to pay).
    public var amount: Decimal
    public var currency: String
    /// Structured payment reference (e.g. Belgian `+++090/9337/55493+++`).
    public var reference: String?
    public var description: String?
    public var payments: [Payment]

    public init(number: String, issued: CalendarDate?, due: CalendarDate, amount: Decimal, currency: String,
                reference: String? = nil, description: String? = nil, payments: [Payment] = []) {
        self.number = number; self.issued = issued; self.due = due; self.amount = amount
        self.currency = currency; self.reference = reference; self.description = description
        self.payments = payments
    }

    /// Sum of the payments received up to and including `date`.
    public func paid(through date: CalendarDate) -> Decimal {
        payments.filter { $0.date <= date }.reduce(Decimal(0)) { $0 + $1.amount }
    }
}

/// A partial payment received on an invoice.
public struct Payment: Sendable, Equatable {
    public var date: CalendarDate
    public var amount: Decimal
    public init(date: CalendarDate, amount: Decimal) { self.date = date; self.amount = amount }
}
