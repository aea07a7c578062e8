import Foundation
import InvoiceModel

/// The calendar today, read once where a command has no --as-of.
public enum Clock {
    /// Today's date in the local time zone.
    public static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
