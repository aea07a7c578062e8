import Foundation
import InvoiceModel

/// When fees (and, in Belgium, interest) may first be charged to a consumer, given the reminders
/// already sent and how.
public enum ConsumerTimeline {
    /// `nil` when the rules do not apply (business debtor, other country); `.some(nil)` when no
    /// qualifying reminder was sent yet.
    /// Only a reminder sent after `firstDue` (once the debtor is late) counts.
    public static func feesAllowedFrom(debtor: Party, history: [HistoryEntry], firstDue: CalendarDate,
                                       asOf: CalendarDate) -> CalendarDate?? {
        guard debtor.kind == .consumer, ["BE", "NL"].contains(debtor.country) else { return nil }
        guard let first = history.filter({ $0.letter == "reminder" && $0.date > firstDue && $0.date <= asOf })
            .min(by: { $0.date < $1.date }) else {
            return .some(nil)
        }
        let byEmail = first.by?.lowercased() == "email"
        switch debtor.country {
        case "BE":
            // Art. XIX.2 CEL: 14 days from the 3rd working day after posting (day after an e-mail).
            return BelgianConsumerRules.waitingPeriodEnd(sent: first.date, byEmail: byEmail).adding(days: 1)
        default:
            // Art. 6:96(6) BW, HR 25 Nov 2016: 14 days from the day after receipt; a letter is presumed
            // received on the 2nd day after posting, Sundays, Mondays and holidays not counted.
            let receipt = byEmail ? first.date : dutchDelivery(posted: first.date)
            return receipt.adding(days: 15)
        }
    }

    /// The presumed day of delivery of a letter posted in the Netherlands.
    static func dutchDelivery(posted: CalendarDate) -> CalendarDate {
        var day = posted
        var counted = 0
        while counted < 2 {
            day = day.adding(days: 1)
            if day.isoWeekday != 7, day.isoWeekday != 1, !PublicHolidays.isHoliday(day, in: "NL") { counted += 1 }
        }
        return day
    }
}
