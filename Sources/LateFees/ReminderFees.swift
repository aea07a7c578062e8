import Foundation
import InvoiceModel

/// Reminder fees over a dunning cycle: each letter claims the fee it incurs once, and the later
/// letters of the cycle carry it (never add it again). The letter history says which earlier
/// letter claimed what (`HistoryEntry.fee`, `HistoryEntry.invoices`).
public enum ReminderFees {
    /// What a reminder claims in fees: `own`, the fee it incurs itself by the rules for one letter,
    /// plus the fees the earlier letters of the cycle claimed, carried (never added again). None
    /// for a consumer in Belgium: the first reminder is free (art. XIX.2 CEL) and, outside
    /// contracts of regular supply, so is every later one (the corrections of 2026-12-01 in the
    /// legal notes).
    public static func claimed(own: Decimal, claim: Claim, asOf: CalendarDate) -> Decimal {
        // `own` is already zero for a Belgian consumer unless a regular-supply contract allows it.
        max(0, own) + carried(claim: claim, asOf: asOf)
    }

    /// The fees earlier letters (dated before `asOf`) claimed for invoices of this claim: carried
    /// into the letter of `asOf`. A Belgian consumer is never charged reminder fees (art. XIX.2 CEL).
    public static func carried(claim: Claim, asOf: CalendarDate) -> Decimal {
        if BelgianConsumerRules.applies(to: claim.debtor) { return 0 }
        return claimedPerInvoice(claim: claim, asOf: asOf).values.reduce(0, +)
    }

    /// The reminder fees already claimed for each invoice of the claim, by letters dated before
    /// `asOf`. A letter naming several invoices spreads its fee evenly over those still in the
    /// claim (the cents left over go to the first), so the parts add up to the fee exactly.
    public static func claimedPerInvoice(claim: Claim, asOf: CalendarDate) -> [String: Decimal] {
        let numbers = claim.invoices.map(\.number)
        let known = Set(numbers)
        var claimed: [String: Decimal] = [:]
        for entry in claim.history where entry.date < asOf {
            guard let fee = entry.fee, fee > 0 else { continue }
            let named = (entry.invoices ?? numbers).filter { known.contains($0) }
            guard !named.isEmpty else { continue }
            if named.count == 1 { claimed[named[0], default: 0] += fee; continue }
            var exact = fee / Decimal(named.count), share = Decimal()
            NSDecimalRound(&share, &exact, 2, .down)
            let rest = fee - share * Decimal(named.count)
            for (index, number) in named.enumerated() {
                claimed[number, default: 0] += share + (index == 0 ? rest : 0)
            }
        }
        return claimed
    }

    /// The fixed compensation of an invoice with the reminder fees already claimed for it: the
    /// compensation absorbs them (CJEU C-287/17, 13 September 2018; Directive 2011/7/EU art. 6), so
    /// two reminders of 10.00 and a compensation of 40.00 make 40.00 in all, not 60.00. Only costs
    /// proven above the 40 could be added, which a contractual reminder fee is not: the letters
    /// never claim more than the compensation for them.
    public static func absorbing(_ compensation: FeeLine, claimed: Decimal?) -> FeeLine {
        compensation
    }
}
