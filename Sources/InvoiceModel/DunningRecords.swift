import Foundation

/// Where a recorded letter stands.
public enum LetterStatus: String, Sendable, CaseIterable, Codable {
    /// Written and recorded; not yet marked as sent.
    case recorded
    /// Marked as sent (`overdue sent`): its date is the one the legal periods count from.
    case sent
    /// Withdrawn before it was sent (`overdue void`): it counts for nothing.
    case void
}

/// A letter in the journal: what it claimed, from whom, and how it left.
public struct LetterRecord: Sendable, Equatable {
    public var id: Int64
    /// The letter date (the run's as-of date).
    public var date: CalendarDate
    public var debtor: String
    public var debtorName: String
    /// `reminder`, `second-reminder`, `compromise` or `notice`.
    public var letter: String
    /// The invoices the letter named, and each one's open principal on the letter date.
    public var invoices: [String]
    public var open: [Decimal]
    public var currency: String
    public var principal: Decimal
    public var interest: Decimal
    public var fees: Decimal
    public var total: Decimal
    /// The fee this letter incurred itself (a reminder fee), carried by the later letters.
    public var ownFee: Decimal
    /// The deadline the letter gave.
    public var deadline: CalendarDate
    public var channel: MailChannel
    public var file: String
    public var sha256: String
    public var status: LetterStatus
    public var sentOn: CalendarDate?
    public var tracking: String?
    public var voidReason: String?

    public init(id: Int64, date: CalendarDate, debtor: String, debtorName: String, letter: String, invoices: [String], open: [Decimal],
                currency: String, principal: Decimal, interest: Decimal, fees: Decimal, total: Decimal, ownFee: Decimal,
                deadline: CalendarDate, channel: MailChannel, file: String, sha256: String, status: LetterStatus,
                sentOn: CalendarDate? = nil, tracking: String? = nil, voidReason: String? = nil) {
        self.id = id; self.date = date; self.debtor = debtor; self.debtorName = debtorName; self.letter = letter
        self.invoices = invoices; self.open = open; self.currency = currency; self.principal = principal
        self.interest = interest; self.fees = fees; self.total = total; self.ownFee = ownFee; self.deadline = deadline
        self.channel = channel; self.file = file; self.sha256 = sha256; self.status = status; self.sentOn = sentOn
        self.tracking = tracking; self.voidReason = voidReason
    }

    /// The day the letter's periods count from: the day it left, else the letter date.
    public var effectiveDate: CalendarDate { sentOn ?? date }
    /// The deadline counted from the day the letter left (as many days after it as the letter gave).
    public var effectiveDeadline: CalendarDate { effectiveDate.adding(days: deadline.dayNumber - date.dayNumber) }
}

/// A dunning block on a debtor or on one invoice, with its end date and reason.
public struct HoldRecord: Sendable, Equatable {
    public var id: Int64
    /// Exactly one of `debtor` and `invoice` is set.
    public var debtor: String?
    public var invoice: String?
    /// The day it was said.
    public var from: CalendarDate
    /// The first day the hold no longer applies.
    public var until: CalendarDate
    public var reason: String
    public var releasedOn: CalendarDate?

    public init(id: Int64, debtor: String?, invoice: String?, from: CalendarDate, until: CalendarDate, reason: String,
                releasedOn: CalendarDate? = nil) {
        self.id = id; self.debtor = debtor; self.invoice = invoice; self.from = from; self.until = until
        self.reason = reason; self.releasedOn = releasedOn
    }

    /// True on `date`: said by then, not yet ended, not released by then.
    public func isActive(on date: CalendarDate) -> Bool {
        from <= date && date < until && (releasedOn.map { date < $0 } ?? true)
    }
}

/// A compromise agreed with a debtor (`overdue agree`).
public struct AgreementRecord: Sendable, Equatable {
    public var id: Int64
    public var debtor: String
    public var agreedOn: CalendarDate
    public var total: Decimal
    public var instalments: Int
    public var first: CalendarDate
    public var interval: InstalmentSchedule.Interval
    public var waiveInterest: Bool
    public var waiveFees: Bool
    public var disputed: String?
    public var channel: String

    public init(id: Int64, debtor: String, agreedOn: CalendarDate, total: Decimal, instalments: Int, first: CalendarDate,
                interval: InstalmentSchedule.Interval, waiveInterest: Bool, waiveFees: Bool, disputed: String?, channel: String) {
        self.id = id; self.debtor = debtor; self.agreedOn = agreedOn; self.total = total; self.instalments = instalments
        self.first = first; self.interval = interval; self.waiveInterest = waiveInterest; self.waiveFees = waiveFees
        self.disputed = disputed; self.channel = channel
    }

    /// The compromise the confirmation letter states.
    public var compromise: Compromise {
        Compromise(agreedOn: agreedOn, channel: channel, disputed: disputed, agreedTotal: total, waiveInterest: waiveInterest,
                   waiveFees: waiveFees, plan: .regular(count: instalments, firstDue: first, interval: interval))
    }
}
