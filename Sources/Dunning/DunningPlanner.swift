import Foundation
import InvoiceModel
import LateFees

/// The dunning policy: for one debtor's open invoices and what the journal knows, the next step
/// and why. Pure: the facts and the as-of date are passed in; nothing is read or written.
///
/// The ladder is reminder, second reminder, formal notice, hand-over, each step due a set number
/// of days after the deadline the previous letter gave (counted from the day it left). The next
/// step follows from the letters recorded, never from the calendar alone, so a missed month is
/// caught up with the one step due now, and a repeated run proposes nothing new.
public struct DunningPlanner: Sendable {
    public let settings: DunningSettings
    public let assessor: Assessor

    public init(settings: DunningSettings = DunningSettings(), rates: RateTable = .bundled) {
        self.settings = settings
        assessor = Assessor(rates: rates)
    }

    /// The letters of the debtor's current cycle: not void, and naming an invoice still open in `claim`.
    public static func cycle(of claim: Claim, letters: [LetterRecord], asOf: CalendarDate) -> [LetterRecord] {
        let open = Set(claim.invoices.filter { $0.amount > $0.paid(through: asOf) }.map(\.number))
        return letters.filter { $0.status != .void && $0.date <= asOf && $0.invoices.contains(where: open.contains) }
    }

    /// The letter history a letter about `claim` states: the cycle's letters, oldest first, each
    /// with the fee it claimed (carried by the later letters) and the invoices it named.
    public static func history(of claim: Claim, letters: [LetterRecord], asOf: CalendarDate) -> [HistoryEntry] {
        cycle(of: claim, letters: letters, asOf: asOf).map(historyEntry)
    }

    static func historyEntry(_ letter: LetterRecord) -> HistoryEntry {
        HistoryEntry(letter: letter.letter, date: letter.effectiveDate, by: letter.channel == .email ? "email" : "post",
                     fee: letter.ownFee > 0 ? letter.ownFee : nil, invoices: letter.invoices)
    }

    /// The next step for the debtor of `claim` on `asOf`.
    public func plan(_ claim: Claim, facts: DunningFacts, asOf: CalendarDate) -> PlanEntry {
        let id = claim.debtor.id ?? claim.debtor.name
        let letters = facts.letters[id] ?? []
        let currency = claim.currency
        func line(_ action: PlanAction, _ invoices: [Invoice], _ reason: String) -> PlanEntry {
            let open = invoices.reduce(Decimal(0)) { $0 + max(0, $1.amount - $1.paid(through: asOf)) }
            return PlanEntry(debtor: id, name: claim.debtor.name, action: action, invoices: invoices.map(\.number), reason: reason,
                             currency: currency, principal: open)
        }
        let open = claim.invoices.filter { $0.amount > $0.paid(through: asOf) }
        let cycle = Self.cycle(of: claim, letters: letters, asOf: asOf)
        guard !open.isEmpty else {
            return line(letters.contains { $0.status != .void } ? .settled : .none, [], "nothing left to pay")
        }
        let overdue = open.filter { $0.due < asOf }
        if let hold = facts.hold(debtor: id, on: asOf) {
            return line(.hold, overdue, "on hold until \(hold.until) (said on \(hold.from)): \(hold.reason)")
        }
        guard !overdue.isEmpty else {
            return line(.none, [], "nothing overdue yet: the first invoice falls due on \(open.map(\.due).min()!)")
        }
        let held = overdue.compactMap { invoice in facts.hold(invoice: invoice.number, on: asOf).map { (invoice, $0) } }
        let heldNumbers = Set(held.map(\.0.number))
        let free = overdue.filter { !heldNumbers.contains($0.number) }
        guard !free.isEmpty else {
            return line(.hold, overdue, "every overdue invoice is on hold: "
                + held.map { "\($0.0.number) until \($0.1.until) (\($0.1.reason))" }.joined(separator: "; "))
        }
        let freeOpen = free.reduce(Decimal(0)) { $0 + $1.amount - $1.paid(through: asOf) }
        if freeOpen < settings.minimumAmount {
            return line(.none, free, "open \(Money.plain(freeOpen)) \(currency) is below the minimum of \(Money.plain(settings.minimumAmount))")
        }
        let heldNote = held.isEmpty ? "" : "; left out while on hold: " + held.map { "\($0.0.number) until \($0.1.until)" }.joined(separator: ", ")
        let step = LetterStep(planner: self, claim: claim, free: free, cycle: cycle, asOf: asOf, note: heldNote)

        if let agreement = facts.agreement(debtor: id, on: asOf),
           !cycle.contains(where: { $0.letter == "notice" && $0.date >= agreement.agreedOn }) {
            return followAgreement(agreement, step: step, claim: claim, line: { line($0, free, $1) })
        }
        return ladder(step: step, free: free, cycle: cycle, claim: claim, line: { line($0, free, $1) })
    }

    /// The ladder: first reminder, second reminder, notice, hand-over.
    func ladder(step: LetterStep, free: [Invoice], cycle: [LetterRecord], claim: Claim,
                line: (PlanAction, String) -> PlanEntry) -> PlanEntry {
        let asOf = step.asOf
        func level(_ number: String) -> Int {
            cycle.filter { $0.invoices.contains(number) }.map { PlanAction.level(ofLetter: $0.letter) }.max() ?? 0
        }
        let levels = free.map { ($0, level($0.number)) }
        let current = levels.map(\.1).max() ?? 0
        let unreminded = levels.filter { $0.1 == 0 }.map(\.0)
        let law = Self.firstReminderLaw(claim.debtor)
        if current == 0 || (law != nil && !unreminded.isEmpty) {
            let candidates = current == 0 ? free : unreminded
            let from = candidates.map { $0.due.adding(days: settings.reminderAfterDays) }.min()!
            let oldest = candidates.min { $0.due < $1.due }!
            guard asOf >= from else {
                return line(.wait, "first reminder from \(from) (\(settings.reminderAfterDays) days after invoice \(oldest.number) fell due on \(oldest.due))")
            }
            let why = current == 0
                ? "invoice \(oldest.number) is \(asOf.dayNumber - oldest.due.dayNumber) days overdue (due \(oldest.due)); no reminder sent yet"
                : "invoice \(unreminded.map(\.number).joined(separator: ", ")) has had no first reminder, which the law requires before anything else (\(law!))"
            return step.letter(.reminder, reason: why)
        }
        guard let last = cycle.filter({ PlanAction.level(ofLetter: $0.letter) == current }).last else {
            return line(.none, "no letter found for the current step")
        }
        let name = Self.describe(last)
        if current >= 3 {
            if last.channel == .registered, last.sentOn == nil {
                return line(.wait, "\(name) is not marked as sent yet: record it with `overdue sent \(last.id)` (the periods count from that day)")
            }
            let from = last.effectiveDeadline.adding(days: settings.handoverAfterDays)
            guard asOf >= from else {
                return line(.wait, "hand-over from \(from) (\(settings.handoverAfterDays) days after the deadline \(last.effectiveDeadline) of \(name))")
            }
            return step.entry(.handover, reason: "the deadline \(last.effectiveDeadline) of \(name) passed \(asOf.dayNumber - last.effectiveDeadline.dayNumber) days ago without payment"
                              + "; make the pack with `overdue handover INPUT... --debtor \(Self.shellQuoted(claim.debtor.id ?? claim.debtor.name)) --out FILE.zip`")
        }
        let next: PlanAction = current == 1 ? .secondReminder : .notice
        var from = last.effectiveDeadline.adding(days: settings.nextAfterDays)
        var lawNote = ""
        if let law, let allowed = ConsumerTimeline.feesAllowedFrom(debtor: claim.debtor, history: step.history,
                                                                    firstDue: free.map(\.due).min()!, asOf: asOf) ?? nil, allowed > from {
            // Nothing more before the first reminder's 14-day period has run.
            from = allowed
            lawNote = " and after the 14-day period of the first reminder (\(law))"
        }
        guard asOf >= from else {
            return line(.wait, "\(next == .notice ? "formal notice" : "second reminder") from \(from) (\(settings.nextAfterDays) days after the deadline \(last.effectiveDeadline) of \(name)\(lawNote))")
        }
        return step.letter(next, reason: "the deadline \(last.effectiveDeadline) of \(name) passed \(asOf.dayNumber - last.effectiveDeadline.dayNumber) days ago without payment")
    }

    /// A compromise: confirmed once in writing, then followed against the payments in the exports.
    func followAgreement(_ agreement: AgreementRecord, step: LetterStep, claim: Claim,
                         line: (PlanAction, String) -> PlanEntry) -> PlanEntry {
        let asOf = step.asOf
        guard let confirmation = step.cycle.last(where: { $0.letter == "compromise" && $0.date >= agreement.agreedOn }) else {
            return step.letter(.compromise, reason: "the agreement of \(agreement.agreedOn) (\(agreement.channel)) is to be confirmed in writing",
                               agreement: agreement)
        }
        guard let schedule = try? InstalmentPlanner.instalments(.regular(count: agreement.instalments, firstDue: agreement.first,
                                                                          interval: agreement.interval), total: agreement.total) else {
            return line(.none, "the agreement of \(agreement.agreedOn) has no valid schedule")
        }
        // What was paid since the confirmation: each named invoice's open amount then, less now
        // (an invoice gone from the export is paid in full).
        var nowOpen: [String: Decimal] = [:]
        for invoice in claim.invoices { nowOpen[invoice.number] = max(0, invoice.amount - invoice.paid(through: asOf)) }
        var paid: Decimal = 0
        for (number, then) in zip(confirmation.invoices, confirmation.open) { paid += max(0, then - (nowOpen[number] ?? 0)) }
        if paid >= agreement.total {
            return line(.settled, "the agreed \(Money.plain(agreement.total)) is paid in full")
        }
        var cumulative: Decimal = 0
        for (index, instalment) in schedule.enumerated() {
            cumulative += instalment.amount
            let lateFrom = instalment.due.adding(days: settings.graceDays + 1)
            if paid < cumulative {
                if asOf >= lateFrom {
                    return step.letter(.notice, reason: "the agreement of \(agreement.agreedOn) is broken: instalment \(index + 1) of \(schedule.count) "
                        + "(\(Money.plain(instalment.amount)), due \(instalment.due)) is not paid; \(Money.plain(paid)) of \(Money.plain(cumulative)) "
                        + "paid by the end of the \(settings.graceDays)-day grace")
                }
                return line(.wait, "keeps to the agreement of \(agreement.agreedOn): \(Money.plain(paid)) of \(Money.plain(agreement.total)) paid; "
                    + "instalment \(index + 1) of \(schedule.count) (\(Money.plain(instalment.amount))) due \(instalment.due)")
            }
        }
        return line(.wait, "keeps to the agreement of \(agreement.agreedOn): \(Money.plain(paid)) of \(Money.plain(agreement.total)) paid")
    }

    /// The rule that requires a first reminder before anything else, for this debtor.
    static func firstReminderLaw(_ debtor: Party) -> String? {
        guard debtor.kind == .consumer else { return nil }
        switch debtor.country {
        case "BE": return "art. XIX.2 CEL: a free first reminder and its 14-day period"
        case "NL": return "art. 6:96(6) BW: the 14-day letter before collection costs"
        default: return nil
        }
    }

    static func describe(_ letter: LetterRecord) -> String {
        let names = ["reminder": "the reminder", "second-reminder": "the second reminder", "notice": "the formal notice",
                     "compromise": "the compromise letter"]
        return "\(names[letter.letter] ?? letter.letter) of \(letter.date) (#\(letter.id))"
    }

    /// `text` as one shell word (single quotes when it holds anything but letters, digits and `-_.`).
    static func shellQuoted(_ text: String) -> String {
        if !text.isEmpty, text.unicodeScalars.allSatisfy({ ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }) {
            return text
        }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
