import Foundation
import InvoiceModel

/// Turns a schedule into dated amounts that sum exactly to the agreed total.
public enum InstalmentPlanner {
    public enum PlanError: Error, Equatable, CustomStringConvertible {
        case sumMismatch(sum: Decimal, total: Decimal)
        case tooManyInstalments(Int)
        case notAscending(CalendarDate)

        public var description: String {
            switch self {
            case .sumMismatch(let sum, let total):
                return "the instalments add up to \(Money.plain(sum)), not to the agreed total \(Money.plain(total))"
            case .tooManyInstalments(let n):
                return "\(n) instalments: a plan has between 1 and 120"
            case .notAscending(let date):
                return "the instalment dates must be in order (\(date) is out of order)"
            }
        }
    }

    /// The instalments: equal amounts in cents, the remainder (the rounding cents) in the last one.
    public static func instalments(_ schedule: InstalmentSchedule, total: Decimal) throws -> [Instalment] {
        switch schedule {
        case .regular(let count, let firstDue, let interval):
            guard (1...120).contains(count) else { throw PlanError.tooManyInstalments(count) }
            let cents = NSDecimalNumber(decimal: Money.round(total * 100, scale: 0)).int64Value
            let each = cents / Int64(count)
            return (0..<count).map { k in
                let amountCents = k == count - 1 ? cents - each * Int64(count - 1) : each
                return Instalment(due: date(firstDue, step: k, interval: interval), amount: Decimal(amountCents) / 100)
            }
        case .explicit(let list):
            guard (1...120).contains(list.count) else { throw PlanError.tooManyInstalments(list.count) }
            for (a, b) in zip(list, list.dropFirst()) where b.due < a.due { throw PlanError.notAscending(b.due) }
            let sum = list.reduce(Decimal(0)) { $0 + $1.amount }
            guard sum == total else { throw PlanError.sumMismatch(sum: sum, total: total) }
            return list
        }
    }

    /// The k-th due date: weeks later, or months later on the same day of the month (the
    /// month's last day when it is shorter), never drifting.
    static func date(_ first: CalendarDate, step k: Int, interval: InstalmentSchedule.Interval) -> CalendarDate {
        switch interval {
        case .weekly:
            return first.adding(days: 7 * k)
        case .monthly:
            let months = first.month - 1 + k
            let year = first.year + months / 12
            let month = months % 12 + 1
            let day = min(first.day, CalendarDate.daysInMonth(year: year, month: month))
            return CalendarDate(year: year, month: month, day: day)!
        }
    }
}
