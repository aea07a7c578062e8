import Foundation
import InvoiceModel

/// Book XIX of the Belgian Code of Economic Law (consumer debts, Law of 4 May 2023, in force
/// 1 September 2023): the free first reminder, its 14-day waiting period and the caps on damages.
public enum BelgianConsumerRules {
    /// Book XIX applies to consumers in Belgium.
    public static func applies(to debtor: Party) -> Bool {
        debtor.kind == .consumer && debtor.country == "BE"
    }

    /// Art. XIX.4: the highest lump sum a clause may claim on `balance`: EUR 20 up to 150;
    /// 30 + 10 % of the part from 150.01 to 500; 65 + 5 % of the part above 500; at most 2,000.
    public static func lumpSumCap(balance: Decimal) -> Decimal {
        let cap: Decimal
        if balance <= 150 {
            cap = 20
        } else if balance <= 500 {
            cap = 30 + (balance - 150) * Decimal(string: "0.10")!
        } else {
            cap = 65 + (balance - 500) * Decimal(string: "0.05")!
        }
        return min(Money.round(cap), 2000)
    }

    /// Art. XIX.2: the waiting period of at least 14 calendar days starts on the third working
    /// day after a paper reminder is sent, or on the day after an e-mail. Returns its last day.
    public static func waitingPeriodEnd(sent: CalendarDate, byEmail: Bool) -> CalendarDate {
        let start = byEmail ? sent.adding(days: 1)
                            : BusinessCalendar(country: "BE").adding(businessDays: 3, to: sent)
        return start.adding(days: 13)
    }
}

extension BelgianConsumerRules {
    /// Art. XIX.2 CEL, contracts of regular supply (subscriptions): reminders about the first three
    /// unpaid due dates of a calendar year are free; from the fourth, at most EUR 7.50 plus postage.
    /// Returns, for each unpaid due date in order, whether its reminder may be charged.
    public static func regularSupplyReminderMayBeCharged(unpaidDueDates: [CalendarDate]) -> [Bool] {
        var countPerYear: [Int: Int] = [:]
        return unpaidDueDates.sorted().map { date in
            countPerYear[date.year, default: 0] += 1
            return countPerYear[date.year]! > 3
        }
    }

    /// The most a reminder under a regular-supply contract may cost, postage excluded.
    public static let regularSupplyReminderMaximum: Decimal = Decimal(string: "7.50")!
}
