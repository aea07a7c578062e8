import Foundation
import InvoiceModel
import LateFees

/// Builds a plan line with its letter: the claim as it will be sent (the invoices it names, the
/// cycle's history, the agreement), and the figures the letter states, computed by the same
/// assessment and charges the letter is composed from.
struct LetterStep {
    let planner: DunningPlanner
    let claim: Claim
    let free: [Invoice]
    let cycle: [LetterRecord]
    let asOf: CalendarDate
    /// Appended to the reason (e.g. the invoices left out while on hold).
    let note: String

    var history: [HistoryEntry] { cycle.map(DunningPlanner.historyEntry) }

    /// A line without a letter (hand-over), with the claim's figures on the as-of date.
    func entry(_ action: PlanAction, reason: String) -> PlanEntry {
        var entry = PlanEntry(debtor: claim.debtor.id ?? claim.debtor.name, name: claim.debtor.name, action: action,
                              invoices: free.map(\.number), reason: reason + note, currency: claim.currency, principal: 0)
        var letterClaim = claim
        letterClaim.invoices = free; letterClaim.history = history; letterClaim.asOf = asOf
        if let a = try? planner.assessor.assess(letterClaim, asOf: asOf) {
            entry.principal = a.principal - a.paid; entry.interest = a.interest; entry.fees = a.fees; entry.total = a.total
        } else {
            entry.principal = free.reduce(0) { $0 + $1.amount - $1.paid(through: asOf) }; entry.total = entry.principal
        }
        return entry
    }

    /// A line with a letter of `action`.
    func letter(_ action: PlanAction, reason: String, agreement: AgreementRecord? = nil) -> PlanEntry {
        var entry = PlanEntry(debtor: claim.debtor.id ?? claim.debtor.name, name: claim.debtor.name, action: action,
                              invoices: free.map(\.number), reason: reason + note, currency: claim.currency, principal: 0)
        var letterClaim = claim
        letterClaim.invoices = free
        letterClaim.history = history
        letterClaim.asOf = asOf
        if let agreement { letterClaim.compromise = agreement.compromise }
        let kind = action.rawValue
        var channel = planner.settings.channels[kind] ?? .post
        if channel == .email, (claim.debtor.email ?? "").isEmpty { channel = .post }  // no address: paper
        entry.channel = channel
        entry.open = free.map { max(0, $0.amount - $0.paid(through: asOf)) }
        do {
            let a = try planner.assessor.assess(letterClaim, asOf: asOf, byEmail: channel == .email)
            entry.warnings = a.warnings
            switch action {
            case .reminder, .secondReminder:
                let r = LetterCharges.reminder(claim: letterClaim, assessment: a, first: action == .reminder, byEmail: channel == .email)
                entry.asks(.reminder(r, assessment: a))
                // What it claims beyond the fees it carries is its own (carried by the later letters).
                entry.ownFee = max(0, r.fee - ReminderFees.carried(claim: letterClaim, asOf: asOf))
                entry.warnings += r.warnings
            case .compromise:
                let f = try LetterCharges.compromise(letterClaim.compromise!, assessment: a)
                entry.asks(.compromise(f, assessment: a))
            default:
                entry.asks(.notice(a))
            }
            entry.claim = letterClaim
            entry.assessment = a
        } catch {
            // The letter cannot be written from this claim: say why instead of proposing it.
            entry.action = .none
            entry.reason = "\(action.rawValue) due, but the claim cannot be assessed: \(error)"
            entry.channel = nil
            entry.principal = free.reduce(0) { $0 + $1.amount - $1.paid(through: asOf) }; entry.total = entry.principal
        }
        return entry
    }
}

extension PlanEntry {
    /// The plan states what the letter will ask for, as the letter itself decides it (`LetterAsk`).
    mutating func asks(_ ask: LetterAsk) {
        principal = ask.principal; interest = ask.interest; fees = ask.fees; total = ask.total; deadline = ask.deadline
    }
}
