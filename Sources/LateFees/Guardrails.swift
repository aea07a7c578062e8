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

    var debtor: Party { claim.debtor }
    var terms: Terms { claim.terms }
    var consumer: Bool { debtor.kind == .consumer }
    var belgianConsumer: Bool { BelgianConsumerRules.applies(to: debtor) }
    var dutchConsumer: Bool { consumer && debtor.country == "NL" }

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
        if belgianConsumer, let current = interest {
            // Art. XIX.4 CEL: at most the rate of the Law of 2 August 2002.
            let commercial = rates.named("be-commercial")
            let offered = current.annualRate(on: asOf, rates: rates)
            if let offered, let cap = commercial?.period(on: asOf)?.percent, offered > cap {
                warnings.append("the interest rate \(Money.plain(offered))% exceeds the commercial rate \(Money.plain(cap))%, the most a consumer in Belgium may be charged (art. XIX.4 CEL): be-commercial was used")
                interest = InterestTerms(source: .series("be-commercial"), basis: current.basis)
            }
        }
    }

    /// Interest runs from the day after this date. A Belgian consumer owes none before the
    /// first reminder's period has ended (art. XIX.2 CEL; whether it then runs from the original
    /// due date is an open question: we take the cautious reading).
    func interestFrom(_ due: CalendarDate) -> CalendarDate {
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
            // Art. XIX.4 CEL: the lump sum is capped on the outstanding balance.
            let cap = BelgianConsumerRules.lumpSumCap(balance: openPrincipal)
            let clauseTotal = fees.filter { $0.kind == .penalty }.reduce(Decimal(0)) { $0 + $1.amount }
            if clauseTotal > cap {
                warnings.append("the damages clause (\(Money.plain(clauseTotal))) exceeds the Book XIX cap of \(Money.plain(cap)) on a balance of \(Money.plain(openPrincipal)): capped (art. XIX.4 CEL)")
                fees.removeAll { $0.kind == .penalty }
                fees.append(FeeLine(invoice: "", kind: .lumpSum, label: "Lump-sum damages (art. XIX.4 CEL)", amount: cap))
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
