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
    /// The new deadline given in the letter: `deadlineBusinessDays` business days after the
    /// letter's presumed receipt, never on a weekend or public holiday.
    public var deadline: CalendarDate
    public var deadlineBusinessDays: Int
    /// When the letter is presumed to reach the debtor, from which its period runs: a notice takes
    /// effect on receipt (Belgian Civil Code Book 1, art. 1.4). By post, the third working day after
    /// posting, a conservative convention borrowed from art. 53bis Judicial Code (not the law of
    /// notices itself); by e-mail, the next day.
    public var presumedReceipt: CalendarDate
    /// Things the reader should check (e.g. a provisional statutory rate).
    public var warnings: [String]
    /// The interest terms applied (`nil`: no interest may be charged).
    public var interestTerms: InterestTerms?
    /// The yearly rate the interest terms give on the letter date, from the rate table the
    /// assessment used (`nil` without interest terms).
    public var annualRate: Decimal?
    public var imputation: Imputation
    /// For consumers in Belgium and the Netherlands: the first day fees may be charged
    /// (`.some(nil)`: no qualifying reminder yet); `nil` when the rule does not apply.
    public var feesAllowedFrom: CalendarDate??

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
    /// Principal still unpaid after imputing the payments.
    public var openPrincipal: Decimal { lines.reduce(0) { $0 + $1.statement.principalOpen } }

    /// One invoice's principal, what was paid on it and where the payments went.
    public struct InvoiceLine: Sendable, Equatable {
        public var invoice: Invoice
        public var amount: Decimal
        public var paid: Decimal
        /// Principal still unpaid after imputing the payments.
        public var open: Decimal { statement.principalOpen }
        public var interest: Decimal
        public var statement: DebtStatement
    }
}
