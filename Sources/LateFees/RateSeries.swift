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

/// A statutory rate series: contiguous periods, each with its annual rate.
public struct RateSeries: Sendable, Equatable {
    public var name: String
    public var title: String
    public var periods: [RatePeriod]

    public init(name: String, title: String, periods: [RatePeriod]) {
        self.name = name; self.title = title
        self.periods = periods.sorted { $0.from < $1.from }
    }

    /// First day covered by the series.
    public var knownFrom: CalendarDate? { periods.first?.from }
    /// Last day covered by the series.
    public var knownUntil: CalendarDate? { periods.last?.to }

    /// The period in force on `date`, if known.
    public func period(on date: CalendarDate) -> RatePeriod? {
        periods.first { $0.from <= date && date <= $0.to }
    }
}

/// The rate series Overdue knows, by name.
public struct RateTable: Sendable {
    public private(set) var series: [String: RateSeries]

    public init(series: [RateSeries]) {
        self.series = Dictionary(series.map { ($0.name, $0) }, uniquingKeysWith: { _, new in new })
    }

    /// The series shipped with the package.
    public static let bundled = RateTable(series: [BundledRates.beCommercial])

    public func named(_ name: String) -> RateSeries? { series[name] }

    public var names: [String] { series.keys.sorted() }
}
