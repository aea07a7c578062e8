import Foundation
import InvoiceModel

/// Turns a claim into an assessment. Pure: the letter date is passed in, nothing is read.
public struct Assessor: Sendable {
    public var interest: InterestCalculator
    public var fees: FeeCalculator

    /// Default number of business days the notice gives the debtor.
    public static let defaultDeadlineBusinessDays = 5
    /// Default interest when neither claim nor profile names one: the statutory commercial rate.
    public static let defaultInterest = InterestTerms(source: .series("be-commercial"))

    public init(rates: RateTable = .bundled) {
        self.interest = InterestCalculator(rates: rates)
        self.fees = FeeCalculator()
    }

    public func assess(_ claim: Claim, asOf: CalendarDate) throws -> Assessment {
        guard !claim.invoices.isEmpty else { throw AssessmentError.noInvoices }
        let currencies = Array(Set(claim.invoices.map(\.currency))).sorted()
        guard currencies.count == 1 else { throw AssessmentError.mixedCurrencies(currencies) }
        let firstDue = claim.invoices.map(\.due).min()!
        guard firstDue < asOf else { throw AssessmentError.nothingDue(asOf: asOf, firstDue: firstDue) }

        let terms = claim.terms
        let interestTerms = terms.interest ?? Self.defaultInterest
        var lines: [Assessment.InvoiceLine] = []
        var periods: [InterestPeriod] = []
        var feeLines: [FeeLine] = []
        var warnings: [String] = []
        // A letter claims only what is overdue: an invoice still within its term is left out.
        let notYetDue = claim.invoices.filter { $0.due >= asOf }
        if !notYetDue.isEmpty {
            warnings.append("not yet due on \(asOf), so left out of the letter: "
                + notYetDue.map { "invoice \($0.number) (due \($0.due))" }.joined(separator: ", "))
        }
        for invoice in claim.invoices where invoice.due < asOf {
            let paid = invoice.paid(through: asOf)
            let counted = invoice.payments.filter { $0.date <= asOf }
            let invoicePeriods = try interest.periods(invoice: invoice.number, principal: invoice.amount,
                                                      due: invoice.due, until: asOf, payments: counted,
                                                      terms: interestTerms)
            let invoiceInterest = invoicePeriods.reduce(Decimal(0)) { $0 + $1.interest }
            lines.append(.init(invoice: invoice, amount: invoice.amount, paid: paid, interest: invoiceInterest))
            periods += invoicePeriods
            // Fees are owed only for invoices that were late: still open, or paid after the due date.
            let late = invoice.due < asOf && (paid < invoice.amount || counted.contains { $0.date > invoice.due })
            if late {
                feeLines += fees.fees(invoice: invoice, openBalance: max(0, invoice.amount - paid),
                                      debtor: claim.debtor, terms: terms)
            }
        }
        guard lines.contains(where: { $0.open > 0 }) else { throw AssessmentError.nothingOwed }

        let businessDays = terms.deadlineBusinessDays ?? Self.defaultDeadlineBusinessDays
        let calendar = BusinessCalendar(country: claim.debtor.country)
        let deadline = calendar.adding(businessDays: businessDays, to: asOf)

        let provisional = Set(periods.filter(\.provisionalRate).map { "\($0.from.year) H\($0.from.month <= 6 ? 1 : 2)" })
        if !provisional.isEmpty, case .series(let name) = interestTerms.source {
            warnings.append("the \(name) rate for \(provisional.sorted().joined(separator: ", ")) is provisional "
                + "(not yet confirmed by an official publication): check it before sending")
        }
        return Assessment(asOf: asOf, currency: currencies[0], lines: lines, periods: periods, feeLines: feeLines,
                          deadline: deadline, deadlineBusinessDays: businessDays, warnings: warnings)
    }
}
