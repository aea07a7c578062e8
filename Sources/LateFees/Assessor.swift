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

    /// Assesses `claim` on the letter date `asOf`; `byEmail` says how the letter is sent, which
    /// decides when it is presumed received and so the deadline.
    public func assess(_ claim: Claim, asOf: CalendarDate, byEmail: Bool = false) throws -> Assessment {
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
            let interestTerms = rules.interest ?? InterestTerms(source: .annualRate(0))
            func imputed(costs fee: FeeLine?) throws -> DebtStatement {
                let account = DebtAccount(invoice: invoice.number, principal: invoice.amount,
                                          due: rules.interestFrom(invoice.due), payments: counted,
                                          costs: fee.map { [DatedAmount(date: invoice.due.adding(days: 1), amount: $0.amount)] } ?? [])
                return try engine.statement(account, until: asOf, terms: interestTerms, imputation: imputation)
            }
            var statement = try imputed(costs: perInvoice)
            var chosen = rules.compensationAndPenalty(fixed: perInvoice,
                                                      penalty: rules.penalty(invoice: invoice, openPrincipal: statement.principalOpen))
            if let perInvoice, !chosen.contains(perInvoice) {
                // The damages clause replaces the fixed compensation: payments are imputed without it.
                statement = try imputed(costs: nil)
                if let penalty = rules.penalty(invoice: invoice, openPrincipal: statement.principalOpen), penalty.amount >= perInvoice.amount {
                    chosen = [penalty]
                } else {
                    statement = try imputed(costs: perInvoice)
                    chosen = [perInvoice]
                }
            }
            let invoicePeriods = statement.periods.filter { rules.interest != nil && $0.interest >= 0 }
            periods += invoicePeriods
            feeLines += chosen
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
        let receipt = Self.presumedReceipt(sent: asOf, byEmail: byEmail, calendar: calendar)
        var deadline = calendar.adding(businessDays: businessDays, to: receipt)
        if claim.debtor.kind == .consumer {
            // No statute fixes the notice's period, but it must be reasonable: for a consumer at
            // least the 14 days of art. XIX.2 CEL (rules.md, corrections of 2026-12-01).
            deadline = max(deadline, calendar.onOrAfter(receipt.adding(days: 14)))
        }
        // The letter states the period as business days from receipt: count them as given.
        var businessDaysGiven = 0
        var day = receipt
        while day < deadline { day = day.adding(days: 1); if calendar.isBusinessDay(day) { businessDaysGiven += 1 } }
        if rules.germanConsumerDefault, claim.history.allSatisfy({ $0.letter != "reminder" && $0.letter != "second-reminder" }) {
            warnings.append("no reminder (Mahnung) in the history: a consumer is in default, and owes interest, only after one (§286(1) BGB); no interest was charged")
        }

        // Every provisional half-year a figure used: the interest periods, and the rate a letter
        // announces for the letter date (a first reminder to a consumer states it before any interest).
        var provisional = Set(periods.filter(\.provisionalRate).map { Self.halfYear($0.from) })
        if case .series(let name)? = rules.interest?.source, engine.rates.named(name)?.period(on: asOf)?.provisional == true {
            provisional.insert(Self.halfYear(asOf))
        }
        if !provisional.isEmpty, case .series(let name)? = rules.interest?.source {
            warnings.append("the \(name) rate for \(provisional.sorted().joined(separator: ", ")) is provisional "
                + "(not yet confirmed by an official publication): check it before sending")
        }
        return Assessment(asOf: asOf, currency: currencies[0], lines: lines, periods: periods, feeLines: feeLines,
                          deadline: deadline, deadlineBusinessDays: businessDaysGiven, presumedReceipt: receipt, warnings: warnings,
                          interestTerms: rules.interest,
                          annualRate: rules.interest?.annualRate(on: asOf, rates: engine.rates), imputation: imputation, feesAllowedFrom: rules.feesAllowedFrom)
    }

    /// When a letter sent on `sent` is presumed to reach the debtor: the third working day after
    /// posting (our conservative reading, after art. 53bis Judicial Code), the day after an e-mail.
    public static func presumedReceipt(sent: CalendarDate, byEmail: Bool, calendar: BusinessCalendar) -> CalendarDate {
        byEmail ? sent.adding(days: 1) : calendar.adding(businessDays: 3, to: sent)
    }

    static func halfYear(_ date: CalendarDate) -> String { "\(date.year) H\(date.month <= 6 ? 1 : 2)" }
}
