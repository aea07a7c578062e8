import Foundation

/// One fee claimed on top of principal and interest.
public struct FeeLine: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Fixed compensation for recovery costs (Directive 2011/7/EU art. 6).
        case fixedCompensation = "fixed-compensation"
        /// Contractual damages clause (percentage with floor and ceiling).
        case penalty
    }
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
}
