import Foundation
import InvoiceModel

/// Turns a claim into an assessment. Pure: the letter date is passed in, nothing is read.
public struct Assessor: Sendable {
    public var engine: InterestEngine

    /// Default number of business days the notice gives the debtor.
    public static let defaultDeadlineBusinessDays = 5

    public init(rates: RateTable = .bundled) {
        self.engine = InterestEngine(rates: rates)
    }

    public func assess(_ claim: Claim, asOf: CalendarDate) throws -> Assessment {
        guard !claim.invoices.isEmpty else { throw AssessmentError.noInvoices }
        let currencies = Array(Set(claim.invoices.map(\.currency))).sorted()
        guard currencies.count == 1 else { throw AssessmentError.mixedCurrencies(currencies) }
        let firstDue = claim.invoices.map(\.due).min()!
        guard firstDue < asOf else { throw AssessmentError.nothingDue(asOf: asOf, firstDue: firstDue) }

        var warnings: [String] = []
        // A letter claims only what is overdue: an invoice still within its term is left out.
        let notYetDue = claim.invoices.filter { $0.due >= asOf }
        if !notYetDue.isEmpty {
            warnings.append("not yet due on \(asOf), so left out of the letter: "
                + notYetDue.map { "invoice \($0.number) (due \($0.due))" }.joined(separator: ", "))
        }
        let overdue = claim.invoices.filter { $0.due < asOf }
        var rules = try Guardrails(claim: claim, asOf: asOf, rates: engine.rates)
        let imputation = claim.terms.imputation ?? .costsInterestPrincipal
        let remindersClaimed = ReminderFees.claimedPerInvoice(claim: claim, asOf: asOf)

        var lines: [Assessment.InvoiceLine] = []
        var periods: [InterestPeriod] = []
        var feeLines: [FeeLine] = []
        for invoice in overdue {
            let counted = invoice.payments.filter { $0.date <= asOf }
            let paid = counted.reduce(Decimal(0)) { $0 + $1.amount }
            let late = paid < invoice.amount || counted.contains { $0.date > invoice.due }
            let perInvoice = late ? rules.perInvoiceFee(invoice).map { ReminderFees.absorbing($0, claimed: remindersClaimed[invoice.number]) } : nil
            let account = DebtAccount(invoice: invoice.number, principal: invoice.amount,
                                      due: rules.interestFrom(invoice.due), payments: counted,
                                      costs: perInvoice.map { [DatedAmount(date: invoice.due.adding(days: 1), amount: $0.amount)] } ?? [])
            let statement: DebtStatement
            if let interest = rules.interest {
                statement = try engine.statement(account, until: asOf, terms: interest, imputation: imputation)
            } else {
                statement = try engine.statement(account, until: asOf, terms: InterestTerms(source: .annualRate(0)), imputation: imputation)
            }
            let invoicePeriods = statement.periods.filter { rules.interest != nil && $0.interest >= 0 }
            periods += invoicePeriods
            if let perInvoice { feeLines.append(perInvoice) }
            if let penalty = rules.penalty(invoice: invoice, openPrincipal: statement.principalOpen) { feeLines.append(penalty) }
            if statement.unapplied > 0 {
                warnings.append("invoice \(invoice.number): \(Money.plain(statement.unapplied)) paid beyond what was owed")
            }
            lines.append(.init(invoice: invoice, amount: invoice.amount, paid: paid,
                               interest: invoicePeriods.reduce(0) { $0 + $1.interest }, statement: statement))
        }
        guard lines.contains(where: { $0.amount > $0.paid }) else { throw AssessmentError.nothingOwed }
        let openPrincipal = lines.reduce(Decimal(0)) { $0 + $1.statement.principalOpen }
        feeLines = rules.claimFees(openPrincipal: openPrincipal, invoiceFees: feeLines)
        warnings += rules.warnings

        let businessDays = claim.terms.deadlineBusinessDays ?? Self.defaultDeadlineBusinessDays
        let calendar = BusinessCalendar(country: claim.debtor.country, extraClosingDays: Set(claim.terms.closingDays ?? []))
        let deadline = calendar.adding(businessDays: businessDays, to: asOf)

        let provisional = Set(periods.filter(\.provisionalRate).map { "\($0.from.year) H\($0.from.month <= 6 ? 1 : 2)" })
        if !provisional.isEmpty, case .series(let name)? = rules.interest?.source {
            warnings.append("the \(name) rate for \(provisional.sorted().joined(separator: ", ")) is provisional "
                + "(not yet confirmed by an official publication): check it before sending")
        }
        return Assessment(asOf: asOf, currency: currencies[0], lines: lines, periods: periods, feeLines: feeLines,
                          deadline: deadline, deadlineBusinessDays: businessDays, warnings: warnings,
                          interestTerms: rules.interest,
                          annualRate: rules.interest?.annualRate(on: asOf, rates: engine.rates), imputation: imputation, feesAllowedFrom: rules.feesAllowedFrom)
    }
}
