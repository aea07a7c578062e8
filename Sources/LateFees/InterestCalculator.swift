import Foundation
import InvoiceModel

/// Simple late-payment interest, split at every rate change and every partial payment.
///
/// Conventions (shared/legal/rules.md §6): interest runs from the day after the due date up to
/// and including the end date; actual days over the basis year; full precision inside a period,
/// each period rounded half-up to cents; a payment lowers the base from the day after it is paid.
public struct InterestCalculator: Sendable {
    public var rates: RateTable

    public init(rates: RateTable = .bundled) { self.rates = rates }

    /// The periods of interest on `principal` due on `due`, through `until` (inclusive).
    public func periods(invoice: String, principal: Decimal, due: CalendarDate, until: CalendarDate,
                        payments: [Payment], terms: InterestTerms) throws -> [InterestPeriod] {
        let start = due.adding(days: 1)
        guard start <= until else { return [] }
        let series: RateSeries?
        switch terms.source {
        case .series(let name):
            guard let found = rates.named(name) else {
                throw AssessmentError.unknownSeries(name, known: rates.names)
            }
            series = found
        case .annualRate:
            series = nil
        }

        // Cut points: where each rate starts and the day after it ends (so that days past the
        // last known rate form a period of their own and fail), and the day after each payment.
        var cuts = Set<CalendarDate>()
        if let series {
            for p in series.periods {
                for cut in [p.from, p.to.adding(days: 1)] where cut > start && cut <= until { cuts.insert(cut) }
            }
        }
        for payment in payments where payment.date >= start && payment.date < until {
            cuts.insert(payment.date.adding(days: 1))
        }
        let starts = [start] + cuts.sorted()

        var result: [InterestPeriod] = []
        for (i, from) in starts.enumerated() {
            let to = i + 1 < starts.count ? starts[i + 1].adding(days: -1) : until
            let paidBefore = payments.filter { $0.date < from }.reduce(Decimal(0)) { $0 + $1.amount }
            let base = max(0, principal - paidBefore)
            guard base > 0 else { continue }
            let rate: Decimal
            var provisional = false
            switch terms.source {
            case .annualRate(let r):
                rate = r
            case .series(let name):
                guard let period = series?.period(on: from) else {
                    throw AssessmentError.rateUnknown(series: name, date: from, knownFrom: series?.knownFrom,
                                                      knownUntil: series?.knownUntil)
                }
                rate = period.percent
                provisional = period.provisional
            }
            let days = from.days(to: to) + 1
            let exact = base * rate * Decimal(days) / (100 * Decimal(terms.basis.yearDays))
            result.append(InterestPeriod(invoice: invoice, from: from, to: to, days: days, rate: rate,
                                         base: base, interest: Money.round(exact), provisionalRate: provisional))
        }
        return result
    }
}

extension DayCountBasis {
    /// Days in the year that divides the actual day count.
    var yearDays: Int {
        switch self {
        case .act365: return 365
        }
    }
}
