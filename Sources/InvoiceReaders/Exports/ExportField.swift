/// The fields Overdue reads from an export, by their own names (the `overdue` format's headers
/// and the keys of the profile's `columns:` section). `open` is the amount still to pay: with
/// `amount` (the invoice total) it gives the amount paid.
enum ExportField {
    static let all = ["debtor_id", "debtor_name", "debtor_attention", "debtor_street", "debtor_postcode", "debtor_city",
                      "debtor_country", "debtor_kind", "debtor_language", "debtor_email", "debtor_vat",
                      "invoice_number", "issue_date", "due_date", "amount", "open", "paid", "paid_date",
                      "currency", "reference", "description"]
    /// Position of each field in a normalised row.
    static let index: [String: Int] = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1, $0) })
    static let address = ["debtor_attention", "debtor_street", "debtor_postcode", "debtor_city", "debtor_country",
                          "debtor_email", "debtor_vat", "debtor_language", "debtor_kind"]
}
