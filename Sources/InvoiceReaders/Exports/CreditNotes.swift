import InvoiceModel

/// Credit notes in an export (rows with a negative amount): each settles the debtor's open
/// invoices, oldest due first, as a payment on the credit note's date (its issue date, else its
/// due date); invoices left with nothing to pay are dropped, and so is a credit note's rest.
enum CreditNotes {
    static func settle(_ rows: [Invoice]) -> [Invoice] {
        let credits = rows.filter { $0.amount < 0 }
        guard !credits.isEmpty else { return rows }
        var invoices = rows.filter { $0.amount > 0 }
        let order = invoices.indices.sorted { (invoices[$0].due, invoices[$0].number) < (invoices[$1].due, invoices[$1].number) }
        for credit in credits.sorted(by: { ($0.issued ?? $0.due) < ($1.issued ?? $1.due) }) {
            var left = -credit.amount
            let date = credit.issued ?? credit.due
            for i in order where left > 0 {
                let open = invoices[i].amount - invoices[i].payments.reduce(0) { $0 + $1.amount }
                let part = min(open, left)
                guard part > 0 else { continue }
                invoices[i].payments.append(Payment(date: max(date, invoices[i].issued ?? date), amount: part))
                left -= part
            }
        }
        return invoices.filter { $0.amount > $0.payments.reduce(0) { $0 + $1.amount } }
    }
}
