import Foundation
import InvoiceModel
import LateFees

/// One debtor's line of the plan: what is due, why, and the figures of the letter.
public struct PlanEntry: Sendable {
    public var debtor: String
    public var name: String
    public var action: PlanAction
    /// The invoices the letter names (for `wait` and `hold`: the overdue ones concerned).
    public var invoices: [String]
    /// Plain words: why this step, or why not yet and from which date.
    public var reason: String
    public var currency: String
    public var principal: Decimal
    public var interest: Decimal
    public var fees: Decimal
    public var total: Decimal
    /// How the letter leaves; `nil` when there is no letter.
    public var channel: MailChannel?
    /// The claim the letter is written from (only the invoices it names, the cycle's history,
    /// the agreement for a compromise, the letter date): what the journal keeps as sent.
    public var claim: Claim?
    /// The fee this letter incurs itself (carried by later letters).
    public var ownFee: Decimal
    /// The deadline the letter gives.
    public var deadline: CalendarDate?
    /// Each named invoice's open principal on the letter date.
    public var open: [Decimal]
    /// Things to check before sending (from the assessment and the fee rules).
    public var warnings: [String]
    /// The assessment of `claim` on the letter date (the letter is composed from it).
    public var assessment: Assessment?

    public init(debtor: String, name: String, action: PlanAction, invoices: [String], reason: String, currency: String,
                principal: Decimal, interest: Decimal = 0, fees: Decimal = 0, total: Decimal? = nil) {
        self.debtor = debtor; self.name = name; self.action = action; self.invoices = invoices; self.reason = reason
        self.currency = currency; self.principal = principal; self.interest = interest; self.fees = fees
        self.total = total ?? principal + interest + fees
        channel = nil; claim = nil; ownFee = 0; deadline = nil; open = []; warnings = []; assessment = nil
    }
}
