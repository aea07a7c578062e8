import Foundation
import InvoiceModel

/// What the debtor owes on the letter date, with every figure that makes it up.
public struct Assessment: Sendable, Equatable {
    /// The letter date: interest runs through it.
    public var asOf: CalendarDate
    public var currency: String
    public var lines: [InvoiceLine]
    public var periods: [InterestPeriod]
    public var feeLines: [FeeLine]
    /// The new deadline given in the letter.
    public var deadline: CalendarDate
    public var deadlineBusinessDays: Int
    /// Things the reader should check (e.g. a provisional statutory rate).
    public var warnings: [String]

    /// The invoices the letter claims (those overdue on the letter date).
    public var invoices: [Invoice] { lines.map(\.invoice) }

    /// Sum of the invoice amounts.
    public var principal: Decimal { lines.reduce(0) { $0 + $1.amount } }
    /// Sum of the payments received.
    public var paid: Decimal { lines.reduce(0) { $0 + $1.paid } }
    public var interest: Decimal { periods.reduce(0) { $0 + $1.interest } }
    public var fees: Decimal { feeLines.reduce(0) { $0 + $1.amount } }
    /// What the debtor must pay by the deadline.
    public var total: Decimal { principal - paid + interest + fees }

    /// One invoice's principal and what was paid on it.
    public struct InvoiceLine: Sendable, Equatable {
        public var invoice: Invoice
        public var amount: Decimal
        public var paid: Decimal
        public var open: Decimal { amount - paid }
        public var interest: Decimal
    }
}
