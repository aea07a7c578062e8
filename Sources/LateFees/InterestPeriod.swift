import Foundation
import InvoiceModel

/// One stretch of days with the same base and the same rate, and the interest it earns.
public struct InterestPeriod: Sendable, Equatable {
    public var invoice: String
    public var from: CalendarDate
    public var to: CalendarDate
    /// Days in the period, both ends included.
    public var days: Int
    /// Annual rate in percent.
    public var rate: Decimal
    public var base: Decimal
    /// Interest of the period, rounded half-up to cents.
    public var interest: Decimal
    /// The rate is not yet officially confirmed.
    public var provisionalRate: Bool
}
