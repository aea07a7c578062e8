import Foundation

/// The payment terms that decide interest, fees and the new deadline.
public struct Terms: Sendable, Equatable {
    public var interest: InterestTerms?
    /// Fixed compensation per invoice (Directive 2011/7/EU art. 6); `nil` = the law's default.
    public var fixedCompensation: Decimal?
    public var penalty: PenaltyClause?
    /// Business days between the letter date and the new deadline.
    public var deadlineBusinessDays: Int?
    /// Calendar days a reminder gives the debtor to pay (default 7).
    public var reminderDays: Int?
    /// A fee charged with each reminder, when the contract provides one.
    public var reminderFee: Decimal?

    public init(interest: InterestTerms? = nil, fixedCompensation: Decimal? = nil,
                penalty: PenaltyClause? = nil, deadlineBusinessDays: Int? = nil,
                reminderDays: Int? = nil, reminderFee: Decimal? = nil) {
        self.interest = interest; self.fixedCompensation = fixedCompensation
        self.penalty = penalty; self.deadlineBusinessDays = deadlineBusinessDays
        self.reminderDays = reminderDays; self.reminderFee = reminderFee
    }

    /// These terms, with every unset field taken from `defaults` (e.g. the profile's).
    public func filling(from defaults: Terms) -> Terms {
        Terms(interest: interest ?? defaults.interest,
              fixedCompensation: fixedCompensation ?? defaults.fixedCompensation,
              penalty: penalty ?? defaults.penalty,
              deadlineBusinessDays: deadlineBusinessDays ?? defaults.deadlineBusinessDays,
              reminderDays: reminderDays ?? defaults.reminderDays,
              reminderFee: reminderFee ?? defaults.reminderFee)
    }
}

/// Where the interest rate comes from.
public enum InterestSource: Sendable, Equatable {
    /// A statutory series by name, e.g. `be-commercial`.
    case series(String)
    /// A contractual annual rate in percent, e.g. `8.5`.
    case annualRate(Decimal)
}

/// Interest terms: the rate and the day-count basis.
public struct InterestTerms: Sendable, Equatable {
    public var source: InterestSource
    public var basis: DayCountBasis
    public init(source: InterestSource, basis: DayCountBasis = .act365) {
        self.source = source; self.basis = basis
    }
}

/// How a period's days are turned into a fraction of a year.
public enum DayCountBasis: String, Sendable, CaseIterable {
    case act365 = "act/365"
}

/// A contractual damages clause: a percentage of the unpaid amount, with a floor and a ceiling.
public struct PenaltyClause: Sendable, Equatable {
    public var percent: Decimal
    public var minimum: Decimal?
    public var maximum: Decimal?
    public init(percent: Decimal, minimum: Decimal? = nil, maximum: Decimal? = nil) {
        self.percent = percent; self.minimum = minimum; self.maximum = maximum
    }
}
