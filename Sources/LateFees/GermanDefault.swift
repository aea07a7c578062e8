import InvoiceModel

/// Default (Verzug) under German law, §286 BGB: a debtor is in default after a reminder
/// (Mahnung) sent once the debt is due, or without one when the payment date was fixed by the
/// calendar (§286(2) no. 1). A consumer is in default 30 days after the invoice without a
/// reminder only if the invoice said so (§286(3)), which Overdue cannot know: towards a consumer
/// it takes default from the first reminder. A reminder that sets a date to pay puts the debtor
/// in default only once that date has passed (BGH case law on the Mahnung mit Fristsetzung), so
/// interest runs from the day after the later of its presumed receipt (the third working day
/// after posting, our conservative convention) and the date it gave (`reminderDays` later, moved
/// off weekends and holidays).
enum GermanDefault {
    /// Interest runs from the day after the returned date.
    static func interestFrom(due: CalendarDate, history: [HistoryEntry], asOf: CalendarDate, reminderDays: Int) -> CalendarDate {
        guard let reminder = history.filter({ $0.letter == "reminder" || $0.letter == "second-reminder" })
            .filter({ $0.date > due && $0.date <= asOf }).map(\.date).min() else {
            return asOf  // no reminder yet: not in default, no interest
        }
        let calendar = BusinessCalendar(country: "DE")
        let received = calendar.adding(businessDays: 3, to: reminder)
        let payBy = calendar.onOrAfter(reminder.adding(days: reminderDays))
        return min(max(due, received, payBy), asOf)
    }
}
