import Foundation

/// One fee claimed on top of principal and interest.
public struct FeeLine: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Fixed compensation for recovery costs per late invoice (EU EUR 40, UK GBP 40/70/100).
        case fixedCompensation = "fixed-compensation"
        /// Contractual damages clause (percentage with floor and ceiling).
        case penalty
        /// Dutch extrajudicial collection costs (WIK scale).
        case collectionCosts = "collection-costs"
        /// Belgian consumer lump sum (art. XIX.4 CEL).
        case lumpSum = "lump-sum"
    }
    /// The invoice the fee belongs to; empty for a fee on the whole claim.
    public var invoice: String
    public var kind: Kind
    /// A short English label for machine output; letters word it from templates.
    public var label: String
    public var amount: Decimal
    /// For a penalty: the percentage, floor and ceiling that applied and the amount it was taken on.
    public var percent: Decimal?
    public var base: Decimal?
    public var minimum: Decimal?
    public var maximum: Decimal?

    public init(invoice: String, kind: Kind, label: String, amount: Decimal, percent: Decimal? = nil,
                base: Decimal? = nil, minimum: Decimal? = nil, maximum: Decimal? = nil) {
        self.invoice = invoice; self.kind = kind; self.label = label; self.amount = amount
        self.percent = percent; self.base = base; self.minimum = minimum; self.maximum = maximum
    }
}
