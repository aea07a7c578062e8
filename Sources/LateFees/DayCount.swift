import Foundation
import InvoiceModel

extension DayCountBasis {
    /// The days counted for interest from `from` through `to` (both included) and the year
    /// they are divided by. act/act periods never span a new year (the engine cuts them there).
    func count(from: CalendarDate, to: CalendarDate) -> (days: Int, yearDays: Int) {
        let actual = from.days(to: to) + 1
        switch self {
        case .act365: return (actual, 365)
        case .act360: return (actual, 360)
        case .actAct: return (actual, CalendarDate.isLeap(from.year) ? 366 : 365)
        case .thirty360:
            // 30E/360 between the day before the period and its last day.
            let start = from.adding(days: -1)
            let d1 = min(start.day, 30), d2 = min(to.day, 30)
            let days = (to.year - start.year) * 360 + (to.month - start.month) * 30 + (d2 - d1)
            return (days, 360)
        }
    }
}
