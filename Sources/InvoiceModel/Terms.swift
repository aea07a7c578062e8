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
    /// The statutory fee policy; `nil` = the default for the debtor's country and kind.
    public var feePolicy: FeePolicy?
    /// The order partial payments are imputed in; `nil` = costs, interest, principal.
    public var imputation: Imputation?
    /// Days the creditor is closed, on top of public holidays (for deadlines).
    public var closingDays: [CalendarDate]?
    /// A contract of regular supply (a subscription, art. XIX.2 CEL): for a consumer in Belgium,
    /// reminders for the first three unpaid due dates of a calendar year are free, from the fourth
    /// at most EUR 7.50 plus postage.
    public var regularSupply: Bool?
    /// The postage of a reminder by post, which a regular-supply reminder fee may add to EUR 7.50.
    public var reminderPostage: Decimal?
    /// The creditor's terms say explicitly that the damages clause comes on top of the fixed
    /// compensation (EUR 40). Without it the letter claims one of the two, never both
    /// (CJEU C-287/17; art. 5.88 Civil Code on excessive penalty clauses).
    public var penaltyAddsToCompensation: Bool?
    /// Where the damages clause is written, e.g. "article 7 of our general terms and conditions".
    public var penaltyClauseReference: LocalizedText?
    /// When the debtor accepted the general terms (e.g. signed the quote), if known.
    public var termsAcceptedOn: CalendarDate?

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
            .with { $0.feePolicy = feePolicy ?? defaults.feePolicy; $0.imputation = imputation ?? defaults.imputation
                    $0.closingDays = closingDays ?? defaults.closingDays
                    $0.regularSupply = regularSupply ?? defaults.regularSupply
                    $0.reminderPostage = reminderPostage ?? defaults.reminderPostage
                    $0.penaltyAddsToCompensation = penaltyAddsToCompensation ?? defaults.penaltyAddsToCompensation
                    $0.penaltyClauseReference = penaltyClauseReference ?? defaults.penaltyClauseReference
                    $0.termsAcceptedOn = termsAcceptedOn ?? defaults.termsAcceptedOn }
    }
}

extension Terms {
    func with(_ change: (inout Terms) -> Void) -> Terms { var copy = self; change(&copy); return copy }
}

/// Statutory fees for late payment.
public enum FeePolicy: String, Sendable, CaseIterable {
    /// EUR 40 per late invoice from business debtors (Directive 2011/7/EU art. 6; BE, DE, FR, NL).
    case euB2B = "eu-b2b"
    /// GBP 40 / 70 / 100 per debt by its size (Late Payment Act 1998 s. 5A).
    case ukFixed = "uk-fixed"
    /// Dutch extrajudicial collection costs (WIK scale, art. 6:96 BW): 15 % ... 0.5 %, min 40, max 6,775.
    case nlWIK = "nl-wik"
    /// Belgian consumer lump sum (art. XIX.4 CEL): 20 / 30 + 10 % / 65 + 5 %, at most 2,000.
    case beConsumer = "be-consumer"
    /// No statutory fee.
    case none
}

/// The order in which a partial payment settles what is owed.
public enum Imputation: String, Sendable, CaseIterable {
    /// Costs, then interest, then principal (NL 6:44 BW, FR 1343-1 C. civ., BE, DE §367 BGB).
    case costsInterestPrincipal = "costs-interest-principal"
    /// Principal first, then interest, then costs (when the contract says so).
    case principalFirst = "principal-first"
}

/// Where the interest rate comes from.
public enum InterestSource: Sendable, Equatable {
    /// A statutory series by name, e.g. `be-commercial`.
    case series(String)
    /// A contractual annual rate in percent, e.g. `8.5`.
    case annualRate(Decimal)
    /// A contractual monthly rate in percent, e.g. `1` (12 % a year, not compounded).
    case monthlyRate(Decimal)
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
    /// Actual days / 365, also in leap years (the convention of the published examples).
    case act365 = "act/365"
    /// Actual days / 360.
    case act360 = "act/360"
    /// Actual days / days of the calendar year they fall in (periods split at 1 January).
    case actAct = "act/act"
    /// 30E/360: every month 30 days, the 31st counted as the 30th.
    case thirty360 = "30/360"
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
