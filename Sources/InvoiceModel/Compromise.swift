import Foundation

/// A payment arrangement negotiated with the debtor (after a dispute), to be confirmed in writing.
public struct Compromise: Sendable, Equatable {
    public var agreedOn: CalendarDate
    /// How it was agreed: `phone`, `email`, `meeting`, `video`, `letter`, or free text.
    public var channel: String
    /// What the debtor disputed, in the creditor's words.
    public var disputed: String?
    /// The reduced total the debtor will pay; `nil` = the claim less what is waived.
    public var agreedTotal: Decimal?
    public var waiveInterest: Bool
    public var waiveFees: Bool
    public var plan: InstalmentSchedule

    public init(agreedOn: CalendarDate, channel: String, disputed: String?, agreedTotal: Decimal?,
                waiveInterest: Bool, waiveFees: Bool, plan: InstalmentSchedule) {
        self.agreedOn = agreedOn; self.channel = channel; self.disputed = disputed; self.agreedTotal = agreedTotal
        self.waiveInterest = waiveInterest; self.waiveFees = waiveFees; self.plan = plan
    }
}

/// How the agreed total is paid.
public enum InstalmentSchedule: Sendable, Equatable {
    public enum Interval: String, Sendable, CaseIterable { case monthly, weekly }
    /// `count` equal instalments from `firstDue`, the remainder in the last one.
    case regular(count: Int, firstDue: CalendarDate, interval: Interval)
    /// Dates and amounts as agreed.
    case explicit([Instalment])
}

/// One payment of a plan.
public struct Instalment: Sendable, Equatable {
    public var due: CalendarDate
    public var amount: Decimal
    public init(due: CalendarDate, amount: Decimal) { self.due = due; self.amount = amount }
}
