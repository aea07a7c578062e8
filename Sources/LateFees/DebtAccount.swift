import Foundation
import InvoiceModel

/// One debt (an invoice) as the interest engine sees it.
public struct DebtAccount: Sendable, Equatable {
    public var invoice: String
    public var principal: Decimal
    /// Interest runs from the day after this date.
    public var due: CalendarDate
    public var payments: [Payment]
    /// Costs and the date each falls due (the fixed compensation: the day after the due date).
    public var costs: [DatedAmount]

    public init(invoice: String, principal: Decimal, due: CalendarDate, payments: [Payment] = [], costs: [DatedAmount] = []) {
        self.invoice = invoice; self.principal = principal; self.due = due
        self.payments = payments.sorted { $0.date < $1.date }; self.costs = costs
    }
}

/// An amount that falls due on a date.
public struct DatedAmount: Sendable, Equatable {
    public var date: CalendarDate
    public var amount: Decimal
    public init(date: CalendarDate, amount: Decimal) { self.date = date; self.amount = amount }
}

/// What happened on a debt up to a date: interest per period and where each payment went.
public struct DebtStatement: Sendable, Equatable {
    public var periods: [InterestPeriod]
    public var costsAccrued: Decimal
    public var paidToCosts: Decimal
    public var paidToInterest: Decimal
    public var paidToPrincipal: Decimal
    /// Payments beyond everything owed.
    public var unapplied: Decimal
    public var principalOpen: Decimal
    /// Unpaid interest, capitalised (NL) or not.
    public var interestOpen: Decimal
    public var costsOpen: Decimal

    /// Interest of all periods (each rounded to the cent).
    public var interestAccrued: Decimal { periods.reduce(0) { $0 + $1.interest } }
}
