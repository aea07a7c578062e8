import Foundation
import InvoiceModel

/// What a reminder asks for: the open amounts, a reminder fee if the terms have one, a date.
public struct ReminderFigures: Sendable, Equatable {
    public var open: Decimal
    public var fee: Decimal
    public var total: Decimal { open + fee }
    public var deadline: CalendarDate
    /// Book XIX statements for a first reminder to a Belgian consumer, when they apply.
    public var consumer: ConsumerStatements?
    /// The reminder fee of a business debtor is a recovery cost that counts against the fixed
    /// compensation of the same invoices (CJEU C-287/17), never on top of it.
    public var feeWithinCompensation: Bool = false
    /// The fixed compensation per invoice the fee counts against (EUR 40 by default).
    public var compensationPerInvoice: Decimal = 0
    /// The 14-day letter to a Dutch consumer (art. 6:96(6) BW), when this reminder is it.
    public var dutchFourteenDay: DutchFourteenDayStatement?
    public var warnings: [String]
}

/// What the 14-day letter to a consumer in the Netherlands states (art. 6:96(6) BW; HR 25-11-2016,
/// ECLI:NL:HR:2016:2704): the exact collection costs (WIK scale) charged if the debt is not paid
/// within 14 days from the day after receipt.
public struct DutchFourteenDayStatement: Sendable, Equatable {
    /// The collection costs on the open principal (Besluit vergoeding voor buitengerechtelijke incassokosten).
    public var collectionCosts: Decimal
}

/// The four mentions art. XIX.2 CEL requires in the first reminder to a consumer.
public struct ConsumerStatements: Sendable, Equatable {
    /// The lump sum the damages clause will claim if unpaid in time (capped by art. XIX.4); 0 if none.
    public var damagesIfUnpaid: Decimal
    /// The annual interest rate the clause will claim (capped at the commercial rate); nil if none.
    public var interestRateIfUnpaid: Decimal?
    /// Last day of the 14-day waiting period.
    public var periodEnd: CalendarDate
    public var byEmail: Bool
}

/// What a compromise confirms.
public struct CompromiseFigures: Sendable, Equatable {
    /// What the claim amounts to without the arrangement (interest and fees included).
    public var originalTotal: Decimal
    public var agreedTotal: Decimal
    public var instalments: [Instalment]
}

/// Figures for the letters before and beside the formal notice.
public enum LetterCharges {
    /// Default days a reminder gives.
    public static let defaultReminderDays = 7

    /// A reminder (`first`) or second reminder on the letter date of `assessment`.
    public static func reminder(claim: Claim, assessment: Assessment, first: Bool, byEmail: Bool) -> ReminderFigures {
        let open = assessment.principal - assessment.paid
        var fee = claim.terms.reminderFee ?? 0
        let calendar = BusinessCalendar(country: claim.debtor.country, extraClosingDays: Set(claim.terms.closingDays ?? []))
        var deadline = assessment.asOf.adding(days: claim.terms.reminderDays ?? defaultReminderDays)
        var warnings: [String] = []
        var statements: ConsumerStatements?
        var withinCompensation = false
        var perInvoice: Decimal = 0
        var fourteenDay: DutchFourteenDayStatement?
        let consumer = claim.debtor.kind == .consumer
        if first, claim.creditor.country == "DE", fee > 0 {
            // §286 BGB: the first reminder is what puts the debtor in default; its cost is not a
            // damage caused by the default, so it cannot be charged.
            warnings.append("the reminder fee of \(Money.plain(fee)) was left out: the first reminder puts the debtor in default (§286 BGB), so its cost cannot be charged")
            fee = 0
        } else if BelgianConsumerRules.applies(to: claim.debtor) {
            fee = belgianConsumerReminderFee(fee, claim: claim, assessment: assessment, first: first, byEmail: byEmail, warnings: &warnings)
        } else if consumer, claim.debtor.country == "NL", fee > 0 {
            // Art. 6:96(5-6) BW: a consumer owes only the WIK scale for collection, after the 14-day letter.
            warnings.append("the reminder fee of \(Money.plain(fee)) was left out: a consumer in the Netherlands owes only the statutory collection costs (WIK), after the 14-day letter (art. 6:96(6) BW)")
            fee = 0
        }
        // The fees earlier letters of the cycle claimed are carried, never added again.
        fee = ReminderFees.claimed(own: fee, claim: claim, asOf: assessment.asOf)
        if !consumer, fee > 0 {
            // CJEU C-287/17: the fixed compensation covers the creditor's own recovery costs, reminders
            // included; a reminder fee counts against it and never exceeds it.
            let policy = claim.terms.feePolicy ?? LawDefaults.feePolicy(creditor: claim.creditor, debtor: claim.debtor)
            if policy == .euB2B || policy == .ukFixed {
                perInvoice = claim.terms.fixedCompensation ?? StatutoryFees.fee(policy, principal: assessment.invoices.first?.amount ?? 0)
                let cap = assessment.invoices.reduce(Decimal(0)) { $0 + (claim.terms.fixedCompensation ?? StatutoryFees.fee(policy, principal: $1.amount)) }
                withinCompensation = true
                if fee > cap {
                    warnings.append("the reminder fee of \(Money.plain(fee)) was reduced to \(Money.plain(cap)): reminder costs count against the fixed compensation of the invoices and never exceed it (CJEU C-287/17)")
                    fee = cap
                }
            }
        }
        if first, BelgianConsumerRules.applies(to: claim.debtor) {
            let end = BelgianConsumerRules.waitingPeriodEnd(sent: assessment.asOf, byEmail: byEmail)
            deadline = max(deadline, end)
            var damages: Decimal = 0
            if let clause = claim.terms.penalty, clause.percent > 0 {
                var amount = Money.round(open * clause.percent / 100)
                if let minimum = clause.minimum, amount < minimum { amount = minimum }
                if let maximum = clause.maximum, amount > maximum { amount = maximum }
                let cap = BelgianConsumerRules.lumpSumCap(balance: open)
                if amount > cap {
                    // Art. XIX.4 CEL: a clause above the cap is void: announce nothing under it.
                    warnings.append("your terms' damages clause (\(Money.plain(amount))) exceeds what art. XIX.4 CEL allows on a balance of \(Money.plain(open)) (\(Money.plain(cap))): such a clause is void, so the letter announces no damages. Bring your terms into line (e.g. fee policy be-consumer)")
                    amount = 0
                }
                damages = amount
            } else if claim.terms.feePolicy == .beConsumer {
                damages = BelgianConsumerRules.lumpSumCap(balance: open)
            }
            // The rate the terms will claim; the assessment already dropped a void clause (art. XIX.4 CEL).
            let rate = assessment.interestTerms == nil ? nil : assessment.annualRate
            statements = ConsumerStatements(damagesIfUnpaid: damages, interestRateIfUnpaid: rate, periodEnd: end, byEmail: byEmail)
        }
        if first, consumer, claim.debtor.country == "NL", let allowed = assessment.feesAllowedFrom, allowed == nil,
           assessment.invoices.allSatisfy({ $0.due < assessment.asOf }) {
            // Art. 6:96(6) BW: sent once the consumer is in default (after the due date), the first
            // reminder is the 14-day letter (the one ConsumerTimeline counts); it states the exact
            // costs (HR 25-11-2016).
            fourteenDay = DutchFourteenDayStatement(collectionCosts: StatutoryFees.wik(open))
        }
        // No deadline falls on a weekend or public holiday.
        deadline = calendar.onOrAfter(deadline)
        return ReminderFigures(open: open, fee: Money.round(fee), deadline: deadline, consumer: statements,
                               feeWithinCompensation: withinCompensation && fee > 0, compensationPerInvoice: perInvoice,
                               dutchFourteenDay: fourteenDay, warnings: warnings)
    }

    /// Art. XIX.2 CEL: no reminder fee to a consumer in Belgium, except under a contract of regular
    /// supply, where reminders for the first three unpaid due dates of a calendar year are free and
    /// from the fourth a reminder costs at most EUR 7.50 plus postage (creno.be, eylaw.be; rules.md,
    /// corrections of 2026-12-01). A fee above that is void: not charged at all.
    static func belgianConsumerReminderFee(_ fee: Decimal, claim: Claim, assessment: Assessment, first: Bool, byEmail: Bool,
                                           warnings: inout [String]) -> Decimal {
        guard fee > 0 else { return 0 }
        guard claim.terms.regularSupply == true else {
            warnings.append("the reminder fee of \(Money.plain(fee)) was left out: a consumer in Belgium owes no reminder fee (art. XIX.2 CEL), except under a contract of regular supply (terms.regular_supply)")
            return 0
        }
        // Each invoice's due date that was not paid on time, counted per calendar year.
        let unpaidOnTime = claim.invoices.filter { invoice in
            invoice.payments.filter { $0.date <= invoice.due }.reduce(Decimal(0)) { $0 + $1.amount } < invoice.amount
        }
        let dates = unpaidOnTime.map(\.due).sorted()
        let chargeable = BelgianConsumerRules.regularSupplyReminderMayBeCharged(unpaidDueDates: dates)
        let chargeableDates = Set(zip(dates, chargeable).filter(\.1).map(\.0))
        guard assessment.invoices.contains(where: { chargeableDates.contains($0.due) }) else {
            warnings.append("the reminder fee of \(Money.plain(fee)) was left out: under a contract of regular supply, reminders for the first three unpaid due dates of a calendar year are free (art. XIX.2 CEL)")
            return 0
        }
        let postage = byEmail ? 0 : (claim.terms.reminderPostage ?? 0)
        let maximum = BelgianConsumerRules.regularSupplyReminderMaximum + postage
        guard fee <= maximum else {
            warnings.append("the reminder fee of \(Money.plain(fee)) was not charged: under a contract of regular supply a reminder to a consumer in Belgium costs at most EUR 7.50 plus postage (\(Money.plain(maximum)) here, art. XIX.2 CEL); a higher fee is not due at all")
            return 0
        }
        return fee
    }

    /// The arrangement's figures; the plan's amounts always sum to the agreed total.
    public static func compromise(_ compromise: Compromise, assessment: Assessment) throws -> CompromiseFigures {
        let open = assessment.principal - assessment.paid
        let agreed = compromise.agreedTotal ?? {
            if case .explicit(let list) = compromise.plan { return list.reduce(Decimal(0)) { $0 + $1.amount } }
            return open + (compromise.waiveInterest ? 0 : assessment.interest) + (compromise.waiveFees ? 0 : assessment.fees)
        }()
        let instalments = try InstalmentPlanner.instalments(compromise.plan, total: agreed)
        return CompromiseFigures(originalTotal: assessment.total, agreedTotal: agreed, instalments: instalments)
    }
}
