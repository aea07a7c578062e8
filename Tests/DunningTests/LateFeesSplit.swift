import Foundation
import InvoiceModel
import LateFees

/// The per-invoice split of reminder fees (LateFees), seen from the dunning tests.
enum LateFeesSplit {
    static func claimed(_ claim: Claim, asOf: CalendarDate) -> [String: Decimal] {
        ReminderFees.claimedPerInvoice(claim: claim, asOf: asOf)
    }
}
