import Foundation
import InvoiceModel

/// Fees per invoice: the fixed compensation and the contractual penalty clause.
public struct FeeCalculator: Sendable {
    public init() {}

    /// The statutory default compensation per late invoice for business debtors (EUR 40):
    /// Directive 2011/7/EU art. 6; Belgium: Law of 2 August 2002, art. 6.
    public static let defaultFixedCompensation: Decimal = 40

    /// Fee lines for one overdue invoice with `openBalance` still unpaid on the letter date.
    public func fees(invoice: Invoice, openBalance: Decimal, debtor: Party, terms: Terms) -> [FeeLine] {
        var lines: [FeeLine] = []
        // The fixed compensation is due by law only from business debtors (and public bodies).
        if debtor.kind != .consumer {
            let amount = terms.fixedCompensation ?? Self.defaultFixedCompensation
            if amount > 0 {
                lines.append(FeeLine(invoice: invoice.number, kind: .fixedCompensation,
                                     label: "Fixed compensation for recovery costs", amount: Money.round(amount)))
            }
        }
        // A damages clause is taken on what is still unpaid, within its floor and ceiling.
        if let clause = terms.penalty, openBalance > 0, clause.percent > 0 {
            var amount = Money.round(openBalance * clause.percent / 100)
            if let minimum = clause.minimum, amount < minimum { amount = minimum }
            if let maximum = clause.maximum, amount > maximum { amount = maximum }
            lines.append(FeeLine(invoice: invoice.number, kind: .penalty,
                                 label: "Contractual damages \(Money.plain(clause.percent, scale: 0))%",
                                 amount: Money.round(amount), percent: clause.percent, base: openBalance,
                                 minimum: clause.minimum, maximum: clause.maximum))
        }
        return lines
    }
}
