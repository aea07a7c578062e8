import Foundation
import InvoiceModel

/// One value of a rate series: `percent` per year from `from` through `to` (inclusive).
public struct RatePeriod: Sendable, Equatable {
    public var from: CalendarDate
    public var to: CalendarDate
    public var percent: Decimal
    /// True when the value is not yet confirmed by an official publication.
    public var provisional: Bool
    public var source: String
    public init(from: CalendarDate, to: CalendarDate, percent: Decimal, provisional: Bool = false, source: String = "") {
        self.from = from; self.to = to; self.percent = percent; self.provisional = provisional; self.source = source
    }
}

/// How a series applies its rates over the life of a debt.
public enum RateRule: Sendable, Equatable {
    /// Each period uses the rate in force (split at every change): BE, NL, DE, FR.
    case splitAtChanges
    /// The rate in force on the first day of interest applies for the life of the debt
    /// (UK Late Payment Act: SI 2002/1675 art. 4).
    case fixedAtStart
}

/// A statutory rate series: contiguous periods, each with its annual rate.
public struct RateSeries: Sendable, Equatable {
    public var name: String
    public var title: String
    public var periods: [RatePeriod]
    public var rule: RateRule
    /// Interest is added to the principal after each full year (NL art. 6:119(2), 6:119a(3) BW).
    public var compoundsYearly: Bool

    public init(name: String, title: String, periods: [RatePeriod], rule: RateRule = .splitAtChanges, compoundsYearly: Bool = false) {
        self.name = name; self.title = title
        self.periods = periods.sorted { $0.from < $1.from }
        self.rule = rule; self.compoundsYearly = compoundsYearly
    }

    /// First day covered by the series.
    public var knownFrom: CalendarDate? { periods.first?.from }
    /// Last day covered by the series.
    public var knownUntil: CalendarDate? { periods.last?.to }
    /// The latest value.
    public var latest: RatePeriod? { periods.last }

    /// The period in force on `date`, if known.
    public func period(on date: CalendarDate) -> RatePeriod? {
        periods.first { $0.from <= date && date <= $0.to }
    }

    /// These periods with `other`'s periods replacing the days they cover, and only those: a
    /// period partly covered keeps its value for the days before and after (a `--rates` row for
    /// September alone leaves July, August and October to December of that half-year as they were).
    public func replacing(with other: [RatePeriod]) -> RateSeries {
        var kept: [RatePeriod] = []
        for period in periods {
            var pieces = [period]
            for replacement in other {
                pieces = pieces.flatMap { piece -> [RatePeriod] in
                    guard replacement.from <= piece.to, piece.from <= replacement.to else { return [piece] }
                    var parts: [RatePeriod] = []
                    if piece.from < replacement.from { var before = piece; before.to = replacement.from.adding(days: -1); parts.append(before) }
                    if replacement.to < piece.to { var after = piece; after.from = replacement.to.adding(days: 1); parts.append(after) }
                    return parts
                }
            }
            kept += pieces
        }
        kept += other
        var copy = self
        copy.periods = kept.sorted { $0.from < $1.from }
        return copy
    }
}

/// The rate series Overdue knows, by name. The shipped series are parsed on first use, one by
/// one, so that a command that needs one series does not pay for ten.
public struct RateTable: Sendable {
    private var own: [String: RateSeries]
    private let withBundled: Bool

    public init(series: [RateSeries]) {
        own = Dictionary(series.map { ($0.name, $0) }, uniquingKeysWith: { _, new in new })
        withBundled = false
    }

    private init(bundled: Bool) { own = [:]; withBundled = bundled }

    /// The series shipped with the package.
    public static let bundled = RateTable(bundled: true)

    public func named(_ name: String) -> RateSeries? {
        own[name] ?? (withBundled ? BundledRates.series(name) : nil)
    }

    public var names: [String] {
        Set(own.keys).union(withBundled ? BundledRates.catalogue.map(\.name) : []).sorted()
    }

    /// Adds new series and replaces the periods the given values cover (`--rates FILE`).
    /// A series unknown so far is added with the usual rule (split at changes, simple interest).
    public func merging(_ additions: [String: [RatePeriod]]) -> RateTable {
        var copy = self
        for (name, periods) in additions {
            if let existing = named(name) {
                copy.own[name] = existing.replacing(with: periods)
            } else {
                copy.own[name] = RateSeries(name: name, title: "\(name) (from a rates file)", periods: periods)
            }
        }
        return copy
    }
}

extension InterestTerms {
    /// The yearly rate these terms give on `date` (a monthly rate times 12), looking series up
    /// in `rates`; nil for a series without a rate that day.
    public func annualRate(on date: CalendarDate, rates: RateTable) -> Decimal? {
        switch source {
        case .annualRate(let rate): return rate
        case .monthlyRate(let rate): return rate * 12
        case .series(let name): return rates.named(name)?.period(on: date)?.percent
        }
    }
}
