import Foundation
import InvoiceModel
import OverdueKit

/// The calendar today, read once where a command has no --as-of.
public enum Clock {
    /// Today's date in the local time zone (the front door's one clock read).
    public static func today() -> CalendarDate { OverdueKit.Overdue.today() }
}
