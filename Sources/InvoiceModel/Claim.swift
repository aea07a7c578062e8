import Foundation

/// Everything one letter is about: who is owed what by whom, and under which terms.
public struct Claim: Sendable, Equatable {
    /// The letter date and the end of the interest period, when the claim fixes it.
    public var asOf: CalendarDate?
    public var creditor: Party
    public var debtor: Party
    public var invoices: [Invoice]
    public var history: [HistoryEntry]
    public var terms: Terms
    /// A negotiated arrangement to confirm in writing, when there is one.
    public var compromise: Compromise?

    public init(asOf: CalendarDate?, creditor: Party, debtor: Party, invoices: [Invoice],
                history: [HistoryEntry], terms: Terms, compromise: Compromise? = nil) {
        self.asOf = asOf; self.creditor = creditor; self.debtor = debtor
        self.invoices = invoices; self.history = history; self.terms = terms; self.compromise = compromise
    }

    /// The claim's currency (all invoices share it; readers enforce this).
    public var currency: String { invoices.first?.currency ?? "EUR" }
}

/// A letter already sent about this claim.
public struct HistoryEntry: Sendable, Equatable {
    /// Letter kind: `reminder`, `second-reminder`, `compromise`, `notice`.
    public var letter: String
    public var date: CalendarDate
    /// How it was sent: `post` or `email`, when known.
    public var by: String?
    /// The fee this letter claimed as its own (a reminder fee), carried by the later letters of
    /// the same cycle; `nil` when none or not known.
    public var fee: Decimal?
    /// The invoices the letter named; `nil` when not known (then it is taken to name them all).
    public var invoices: [String]?
    public init(letter: String, date: CalendarDate, by: String? = nil, fee: Decimal? = nil, invoices: [String]? = nil) {
        self.letter = letter; self.date = date; self.by = by; self.fee = fee; self.invoices = invoices
    }
}
