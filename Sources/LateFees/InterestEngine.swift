import Foundation
import InvoiceModel

/// Late-payment interest on one debt, period by period, with partial payments imputed.
///
/// Conventions (shared/legal/rules.md §6): interest runs from the day after the due date up to
/// and including the end date; simple interest, split wherever the rate changes (except for a
/// series fixed when interest starts, the UK's); Dutch statutory interest is added to the base
/// after each full year; a payment settles costs, then interest, then principal (or principal
/// first when the terms say so) and lowers the base from the day after it is paid; full
/// precision inside a period, each period rounded half-up to the cent.
public struct InterestEngine: Sendable {
    public var rates: RateTable

    public init(rates: RateTable = .bundled) { self.rates = rates }

    public func statement(_ account: DebtAccount, until: CalendarDate, terms: InterestTerms,
                          imputation: Imputation = .costsInterestPrincipal) throws -> DebtStatement {
        let start = account.due.adding(days: 1)
        let rate = try RateResolver(source: terms.source, rates: rates, start: start)

        // Cut points: rate changes, the day after each payment, anniversaries (compounding),
        // new years (act/act).
        var cuts = Set<CalendarDate>()
        if start <= until {
            for cut in rate.changes where cut > start && cut <= until { cuts.insert(cut) }
            for payment in account.payments where payment.date >= start && payment.date < until {
                cuts.insert(payment.date.adding(days: 1))
            }
            if rate.compoundsYearly {
                var k = 1
                while let anniversary = Self.anniversary(of: start, years: k), anniversary <= until {
                    cuts.insert(anniversary); k += 1
                }
            }
            if terms.basis == .actAct {
                for year in (start.year + 1)...max(start.year + 1, until.year) {
                    let newYear = CalendarDate(year: year, month: 1, day: 1)!
                    if newYear > start && newYear <= until { cuts.insert(newYear) }
                }
            }
        }
        var ledger = Ledger(principal: account.principal, imputation: imputation, costs: account.costs)
        // Payments made before interest starts settle what is owed then (the principal).
        for payment in account.payments where payment.date < start && payment.date <= until {
            ledger.pay(payment)
        }
        guard start <= until else { return ledger.statement(periods: [], until: until) }

        let anniversaries = Set((1...200).lazy.compactMap { Self.anniversary(of: start, years: $0) }.prefix { $0 <= until })
        let starts = [start] + cuts.sorted()
        var periods: [InterestPeriod] = []
        for (i, from) in starts.enumerated() {
            let to = i + 1 < starts.count ? starts[i + 1].adding(days: -1) : until
            if rate.compoundsYearly && anniversaries.contains(from) { ledger.capitalise() }
            let base = ledger.base
            if base > 0 {
                let (percent, provisional) = try rate.percent(on: from)
                let (days, yearDays) = terms.basis.count(from: from, to: to)
                let exact = base * percent * Decimal(days) / (100 * Decimal(yearDays))
                let interest = Money.round(exact)
                ledger.accrue(interest)
                periods.append(InterestPeriod(invoice: account.invoice, from: from, to: to, days: days, rate: percent,
                                              base: base, interest: interest, provisionalRate: provisional))
            }
            for payment in account.payments where payment.date == to { ledger.pay(payment) }
        }
        return ledger.statement(periods: periods, until: until)
    }

    /// The same day `years` later (28 February for 29 February in a common year).
    static func anniversary(of date: CalendarDate, years: Int) -> CalendarDate? {
        let year = date.year + years
        return CalendarDate(year: year, month: date.month, day: min(date.day, CalendarDate.daysInMonth(year: year, month: date.month)))
    }
}

/// The running balances of a debt: principal, capitalised and open interest, costs.
struct Ledger {
    var principal: Decimal
    var capitalised: Decimal = 0
    var interest: Decimal = 0
    var costs: Decimal = 0
    let imputation: Imputation
    var pendingCosts: [DatedAmount]
    var costsAccrued: Decimal = 0
    var paidToCosts: Decimal = 0, paidToInterest: Decimal = 0, paidToPrincipal: Decimal = 0, unapplied: Decimal = 0

    init(principal: Decimal, imputation: Imputation, costs: [DatedAmount]) {
        self.principal = principal
        self.imputation = imputation
        self.pendingCosts = costs.sorted { $0.date < $1.date }
    }

    /// What bears interest: the principal and any capitalised interest.
    var base: Decimal { max(0, principal + capitalised) }

    mutating func accrue(_ amount: Decimal) { interest += amount }

    /// Adds a year's unpaid interest to the base.
    mutating func capitalise() { capitalised += interest; interest = 0 }

    mutating func dueCosts(through date: CalendarDate) {
        while let next = pendingCosts.first, next.date <= date {
            costs += next.amount; costsAccrued += next.amount
            pendingCosts.removeFirst()
        }
    }

    mutating func pay(_ payment: Payment) {
        dueCosts(through: payment.date)
        var left = payment.amount
        func take(_ owed: inout Decimal, into paid: inout Decimal) {
            let part = min(left, max(0, owed))
            owed -= part; paid += part; left -= part
        }
        switch imputation {
        case .costsInterestPrincipal:
            take(&costs, into: &paidToCosts)
            take(&interest, into: &paidToInterest)
            take(&capitalised, into: &paidToInterest)
            take(&principal, into: &paidToPrincipal)
        case .principalFirst:
            take(&principal, into: &paidToPrincipal)
            take(&capitalised, into: &paidToInterest)
            take(&interest, into: &paidToInterest)
            take(&costs, into: &paidToCosts)
        }
        unapplied += left
    }

    mutating func statement(periods: [InterestPeriod], until: CalendarDate) -> DebtStatement {
        dueCosts(through: until)
        return DebtStatement(periods: periods, costsAccrued: costsAccrued, paidToCosts: paidToCosts,
                             paidToInterest: paidToInterest, paidToPrincipal: paidToPrincipal, unapplied: unapplied,
                             principalOpen: principal, interestOpen: interest + capitalised, costsOpen: costs)
    }
}

/// The annual rate on each day of a debt, from a series or a contract.
struct RateResolver {
    let percent: (CalendarDate) throws -> (Decimal, Bool)
    let changes: [CalendarDate]
    let compoundsYearly: Bool

    init(source: InterestSource, rates: RateTable, start: CalendarDate) throws {
        switch source {
        case .annualRate(let r):
            percent = { _ in (r, false) }; changes = []; compoundsYearly = false
        case .monthlyRate(let m):
            percent = { _ in (m * 12, false) }; changes = []; compoundsYearly = false
        case .series(let name):
            guard let series = rates.named(name) else { throw AssessmentError.unknownSeries(name, known: rates.names) }
            compoundsYearly = series.compoundsYearly
            let unknown = { (date: CalendarDate) in
                AssessmentError.rateUnknown(series: name, date: date, knownFrom: series.knownFrom, knownUntil: series.knownUntil)
            }
            switch series.rule {
            case .fixedAtStart:
                // One rate for the life of the debt: the one for the day interest starts to run.
                guard let fixed = series.period(on: start) else { throw unknown(start) }
                percent = { _ in (fixed.percent, fixed.provisional) }
                changes = []
            case .splitAtChanges:
                percent = { date in
                    guard let p = series.period(on: date) else { throw unknown(date) }
                    return (p.percent, p.provisional)
                }
                // Where each rate starts and the day after it ends, so that days past the last
                // known rate form a period of their own and fail with its date.
                changes = series.periods.flatMap { [$0.from, $0.to.adding(days: 1)] }
            }
        }
    }

    func percent(on date: CalendarDate) throws -> (Decimal, Bool) { try percent(date) }
}
