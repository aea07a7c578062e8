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
    public var warnings: [String]
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
        var deadline = assessment.asOf.adding(days: claim.terms.reminderDays ?? defaultReminderDays)
        var warnings: [String] = []
        var statements: ConsumerStatements?
        if first, BelgianConsumerRules.applies(to: claim.debtor) {
            // Art. XIX.2 CEL: the first reminder to a consumer is free, and gives at least 14 days.
            if fee > 0 {
                warnings.append("the reminder fee of \(Money.plain(fee)) was left out: a first reminder to a consumer in Belgium is free (art. XIX.2 CEL)")
                fee = 0
            }
            let end = BelgianConsumerRules.waitingPeriodEnd(sent: assessment.asOf, byEmail: byEmail)
            deadline = max(deadline, end)
            var damages: Decimal = 0
            if let clause = claim.terms.penalty, clause.percent > 0 {
                var amount = Money.round(open * clause.percent / 100)
                if let minimum = clause.minimum, amount < minimum { amount = minimum }
                if let maximum = clause.maximum, amount > maximum { amount = maximum }
                let cap = BelgianConsumerRules.lumpSumCap(balance: open)
                if amount > cap {
                    warnings.append("the damages clause (\(Money.plain(amount))) exceeds the Book XIX cap for a balance of \(Money.plain(open)); the letter states \(Money.plain(cap)) (art. XIX.4 CEL)")
                    amount = cap
                }
                damages = amount
            } else if claim.terms.feePolicy == .beConsumer {
                damages = BelgianConsumerRules.lumpSumCap(balance: open)
            }
            // The rate the terms will claim; the assessment already holds it to the commercial rate (art. XIX.4 CEL).
            let rate = assessment.annualRate
            statements = ConsumerStatements(damagesIfUnpaid: damages, interestRateIfUnpaid: rate, periodEnd: end, byEmail: byEmail)
        }
        fee = ReminderFees.claimed(own: fee, claim: claim, asOf: assessment.asOf)
        return ReminderFigures(open: open, fee: Money.round(fee), deadline: deadline, consumer: statements, warnings: warnings)
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
