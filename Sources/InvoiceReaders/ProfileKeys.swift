/// The keys a profile may hold, by the path of the mapping they sit in ("" is the top level).
/// A key not listed is an error naming it and its line, so that a misspelling
/// (`deadline_busines_days`) never leaves a setting silently at its default. A mapping whose
/// path is not listed (such as `dunning.channels`, keyed by letter kind) takes any key.
///
/// To add a profile setting, add its key here and read it in `Profile`.
public enum ProfileKeys {
    public static let known: [String: Set<String>] = [
        "": Set(["language", "creditor", "terms", "generate_reference", "dunning",
                 // Exports: one of Overdue's fields to a header or column letter; `Profile` checks the field names.
                 "columns"] + Profile.letterheadKeys),
        "creditor": [
            "name", "address", "country", "vat", "iban", "bic", "email", "phone", "signatory", "place", "language",
            // The creditor's legal details in the letterhead or footer (Code of Companies and Associations art. 2:20).
            "legal_form", "registered_office", "enterprise_number", "register_court",
        ],
        "terms": ["interest", "fixed_compensation", "penalty", "deadline_business_days", "reminder_days", "fees",
                  "imputation", "closing_days", "reminder_fee",
                  // Book XIX regular supply, the damages clause beside the EUR 40, where the clause is written.
                  "regular_supply", "reminder_postage", "penalty_adds_to_compensation", "penalty_clause_reference",
                  "terms_accepted_on"],
        "terms.interest": ["series", "rate", "per", "basis"],
        "terms.penalty": ["percent", "minimum", "maximum"],
        "terms.fees": ["policy"],
        // The dunning policy: when the next letter is due and how it is sent.
        "dunning": ["reminder_after_days", "next_after_days", "handover_after_days", "minimum_amount", "channels", "grace_days"],
    ]

    /// The known key closest to `key` (at most two edits away), for a "did you mean" hint.
    static func suggestion(for key: String, in known: Set<String>) -> String? {
        known.map { ($0, distance(key, $0)) }.filter { $0.1 <= 2 }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Levenshtein distance (keys are short).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
