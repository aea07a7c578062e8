import Foundation
import InvoiceModel

/// The claim's terms, filled with the law's defaults and held to what the law allows for this
/// debtor. Every cap it applies is reported as a warning that names the rule.
struct Guardrails {
    let claim: Claim
    let asOf: CalendarDate
    /// The interest terms in force, `nil` when no interest may be charged.
    private(set) var interest: InterestTerms?
    let policy: FeePolicy
    /// For Belgian and Dutch consumers: the first day fees may be charged (`.some(nil)`: not yet).
    let feesAllowedFrom: CalendarDate??
    private(set) var warnings: [String] = []
    /// A Belgian consumer's interest clause was void (art. XIX.4 CEL).
    private(set) var voidInterestClause = false

    var debtor: Party { claim.debtor }
    var terms: Terms { claim.terms }
    var consumer: Bool { debtor.kind == .consumer }
    var belgianConsumer: Bool { BelgianConsumerRules.applies(to: debtor) }
    var dutchConsumer: Bool { consumer && debtor.country == "NL" }
    /// A German creditor and a consumer: interest runs from default (§286 BGB), which for a
    /// consumer needs a reminder (Mahnung) after the due date.
    var germanConsumerDefault: Bool { consumer && claim.creditor.country == "DE" }

    init(claim: Claim, asOf: CalendarDate, rates: RateTable) throws {
        self.claim = claim
        self.asOf = asOf
        let firstDue = claim.invoices.filter { $0.due < asOf }.map(\.due).min() ?? asOf
        feesAllowedFrom = ConsumerTimeline.feesAllowedFrom(debtor: claim.debtor, history: claim.history, firstDue: firstDue, asOf: asOf)
        policy = claim.terms.feePolicy ?? LawDefaults.feePolicy(creditor: claim.creditor, debtor: claim.debtor)
        if let given = claim.terms.interest {
            interest = given
        } else if let series = LawDefaults.interestSeries(creditor: claim.creditor, debtor: claim.debtor) {
            interest = InterestTerms(source: .series(series))
        }
        try checkInterest(rates: rates)
        if let allowed = feesAllowedFrom {
            switch allowed {
            case nil:
                warnings.append(belgianConsumer
                    ? "no first reminder in the history: a consumer in Belgium owes no interest, damages or costs before the free first reminder and its 14-day period (art. XIX.2 CEL)"
                    : "no 14-day letter in the history: a consumer in the Netherlands owes collection costs only 14 days after it (art. 6:96(6) BW)")
            case let date? where date > asOf:
                warnings.append(belgianConsumer
                    ? "the 14-day period of the first reminder runs until \(date.adding(days: -1)): no interest, damages or costs before \(date) (art. XIX.2 CEL)"
                    : "the 14-day letter's period runs until \(date.adding(days: -1)): no collection costs before \(date) (art. 6:96(6) BW)")
            default: break
            }
        }
    }

    /// True when fees may be charged on the letter date.
    var feesAllowed: Bool {
        guard let allowed = feesAllowedFrom else { return true }
        guard let date = allowed else { return false }
        return date <= asOf
    }

    private mutating func checkInterest(rates: RateTable) throws {
        guard let current = interest else { return }
        if case .series(let name) = current.source {
            if debtor.kind == .consumer, name == "de-b2b" {
                warnings.append("de-b2b (base rate + 9) applies only when no consumer is involved; de-consumer (base rate + 5) was used (§288(1) BGB)")
                interest = InterestTerms(source: .series("de-consumer"), basis: current.basis)
            }
            if debtor.kind == .consumer, name == "uk-late-payment" {
                warnings.append("statutory interest under the Late Payment Act is for business debts only: no interest was charged")
                interest = nil
            }
            if debtor.kind == .consumer, ["fr-b2b", "nl-commercial"].contains(name) {
                warnings.append("\(name) applies to commercial transactions only: check the interest terms for this consumer")
            }
        }
        if belgianConsumer, claim.terms.interest != nil, let current = interest {
            try checkBelgianConsumerClause(current, rates: rates)
        }
    }

    /// Art. XIX.4 CEL: an interest clause towards a consumer may not exceed the rate of the Law of
    /// 2 August 2002 (be-commercial). A clause above it is prohibited and void, not reduced
    /// (rules.md, corrections of 2026-12-01): no interest is claimed under it, and the creditor is
    /// warned. The clause is compared with the commercial rate of every day it would charge, so a
    /// half-year whose commercial rate is not known is an error, never a silent charge.
    private mutating func checkBelgianConsumerClause(_ current: InterestTerms, rates: RateTable) throws {
        guard let commercial = rates.named("be-commercial") else { return }
        let firstDue = claim.invoices.filter { $0.due < asOf }.map(\.due).min() ?? asOf
        let start = min(interestFrom(firstDue).adding(days: 1), asOf)
        // The days on which either rate may change: the range start and every period start in range.
        var checkDays: Set<CalendarDate> = [start, asOf]
        for period in commercial.periods where start < period.from && period.from <= asOf { checkDays.insert(period.from) }
        // The first day past the known values, so an error names the day the gap begins.
        if let until = commercial.knownUntil, start <= until, until < asOf { checkDays.insert(until.adding(days: 1)) }
        if case .series(let name) = current.source, let offered = rates.named(name) {
            for period in offered.periods where start < period.from && period.from <= asOf { checkDays.insert(period.from) }
        }
        for day in checkDays.sorted() {
            guard let cap = commercial.period(on: day) else {
                throw AssessmentError.rateUnknown(series: "be-commercial", date: day,
                                                  knownFrom: commercial.knownFrom, knownUntil: commercial.knownUntil)
            }
            guard let offered = current.annualRate(on: day, rates: rates) else { continue }
            if offered > cap.percent {
                warnings.append("your terms' interest clause (\(Money.plain(offered))% a year) exceeds the rate of the Law of 2 August 2002 (\(Money.plain(cap.percent))% on \(day)), "
                    + "the most a consumer in Belgium may be charged: such a clause is void (art. XIX.4 CEL), so no interest is claimed. "
                    + "Bring your terms into line (e.g. interest series be-commercial)")
                interest = nil
                voidInterestClause = true
                return
            }
        }
    }

    /// Interest runs from the day after this date. A Belgian consumer owes none before the
    /// first reminder's period has ended (art. XIX.2 CEL; whether it then runs from the original
    /// due date is an open question: we take the cautious reading).
    func interestFrom(_ due: CalendarDate) -> CalendarDate {
        if germanConsumerDefault {
            return GermanDefault.interestFrom(due: due, history: claim.history, asOf: asOf,
                                              reminderDays: terms.reminderDays ?? LetterCharges.defaultReminderDays)
        }
        guard belgianConsumer, let allowed = feesAllowedFrom else { return due }
        guard let date = allowed else { return asOf }  // no interest at all yet
        return max(due, date.adding(days: -1))
    }

    /// The fixed compensation of one late invoice, if the law or the terms give one.
    mutating func perInvoiceFee(_ invoice: Invoice) -> FeeLine? {
        if consumer {
            if let fixed = terms.fixedCompensation, fixed > 0, !warnings.contains(where: { $0.contains("fixed compensation") }) {
                warnings.append("the fixed compensation applies to business debtors only (Directive 2011/7/EU art. 6): left out")
            }
            return nil
        }
        let amount: Decimal
        let label: String
        switch policy {
        case .euB2B:
            amount = terms.fixedCompensation ?? StatutoryFees.fee(.euB2B, principal: invoice.amount)
            label = "Fixed compensation for recovery costs"
        case .ukFixed:
            amount = terms.fixedCompensation ?? StatutoryFees.fee(.ukFixed, principal: invoice.amount)
            label = "Fixed sum for recovery costs (Late Payment Act s. 5A)"
        default:
            guard let fixed = terms.fixedCompensation else { return nil }
            amount = fixed
            label = "Fixed compensation for recovery costs"
        }
        guard amount > 0 else { return nil }
        return FeeLine(invoice: invoice.number, kind: .fixedCompensation, label: label, amount: Money.round(amount))
    }

    /// The damages clause on one invoice, on what is still unpaid, within its floor and ceiling.
    func penalty(invoice: Invoice, openPrincipal: Decimal) -> FeeLine? {
        guard let clause = terms.penalty, openPrincipal > 0, clause.percent > 0, feesAllowed else { return nil }
        var amount = Money.round(openPrincipal * clause.percent / 100)
        if let minimum = clause.minimum, amount < minimum { amount = minimum }
        if let maximum = clause.maximum, amount > maximum { amount = maximum }
        return FeeLine(invoice: invoice.number, kind: .penalty,
                       label: "Contractual damages \(Money.plain(clause.percent, scale: LocaleDigits.needed(clause.percent)))%",
                       amount: Money.round(amount), percent: clause.percent, base: openPrincipal,
                       minimum: clause.minimum, maximum: clause.maximum)
    }

    /// One invoice's fixed compensation and damages clause. The EUR 40 already covers the
    /// creditor's own recovery costs (CJEU C-287/17, Directive 2011/7 art. 6): a damages clause
    /// on top of it risks double recovery (art. 5.88 Civil Code), so without the creditor's
    /// explicit setting the letter claims the larger of the two and says which.
    mutating func compensationAndPenalty(fixed: FeeLine?, penalty: FeeLine?) -> [FeeLine] {
        guard let fixed, let penalty, terms.penaltyAddsToCompensation != true else { return [fixed, penalty].compactMap { $0 } }
        if penalty.amount >= fixed.amount {
            note("the damages clause was claimed instead of the fixed compensation, not on top of it (the compensation covers the same recovery costs, CJEU C-287/17); set terms.penalty_adds_to_compensation only if your terms explicitly provide both")
            return [penalty]
        }
        note("the damages clause gives less than the fixed compensation: the fixed compensation was claimed instead (not both, CJEU C-287/17)")
        return [fixed]
    }

    private mutating func note(_ warning: String) {
        if !warnings.contains(warning) { warnings.append(warning) }
    }

    /// Claim-wide fees and consumer caps, given the per-invoice ones.
    mutating func claimFees(openPrincipal: Decimal, invoiceFees: [FeeLine]) -> [FeeLine] {
        var fees = invoiceFees
        guard feesAllowed else {
            return fees.filter { $0.kind != .penalty }
        }
        if dutchConsumer {
            // Art. 6:96(5-6) BW: the WIK scale is the most a consumer may be charged for collection.
            let wik = StatutoryFees.wik(openPrincipal)
            if fees.contains(where: { $0.kind == .penalty }) {
                warnings.append("a damages clause cannot exceed the WIK scale for a consumer in the Netherlands (art. 6:96(6) BW): the WIK amount was charged instead")
                fees.removeAll { $0.kind == .penalty }
            }
            if policy == .nlWIK || policy == .none {
                fees.append(FeeLine(invoice: "", kind: .collectionCosts, label: "Extrajudicial collection costs (WIK)", amount: wik))
            }
            return fees
        }
        if belgianConsumer {
            // Art. XIX.4 CEL: a damages clause above the cap on the outstanding balance is prohibited
            // and void, not reduced (rules.md, corrections of 2026-12-01): nothing is claimed under it.
            let cap = BelgianConsumerRules.lumpSumCap(balance: openPrincipal)
            let clauseTotal = fees.filter { $0.kind == .penalty }.reduce(Decimal(0)) { $0 + $1.amount }
            if clauseTotal > cap {
                warnings.append("your terms' damages clause (\(Money.plain(clauseTotal))) exceeds what art. XIX.4 CEL allows on a balance of \(Money.plain(openPrincipal)) (\(Money.plain(cap))): "
                    + "such a clause is void, so no damages are claimed. Bring your terms into line (e.g. fee policy be-consumer)")
                fees.removeAll { $0.kind == .penalty }
            } else if clauseTotal == 0, policy == .beConsumer {
                fees.append(FeeLine(invoice: "", kind: .lumpSum, label: "Lump-sum damages (art. XIX.4 CEL)", amount: cap))
            }
            return fees
        }
        switch policy {
        case .nlWIK where !consumer:
            fees.append(FeeLine(invoice: "", kind: .collectionCosts, label: "Extrajudicial collection costs (WIK)", amount: StatutoryFees.wik(openPrincipal)))
        case .beConsumer where !consumer:
            warnings.append("the be-consumer policy applies to consumers only: left out")
        default: break
        }
        return fees
    }
}

/// Decimals a percentage needs to print exactly ("10", "12.5").
enum LocaleDigits {
    static func needed(_ value: Decimal) -> Int {
        for scale in 0...4 where Money.round(value, scale: scale) == value { return scale }
        return 4
    }
}
