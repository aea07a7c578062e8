import Foundation
import InvoiceModel

/// Parsing of option values, with errors that name the option.
public enum Arguments {
    public static func date(_ text: String, option: String) throws -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw CLIFailure("\(option): \"\(text)\" is not a date", hint: "write it as YYYY-MM-DD")
        }
        return date
    }

    public static func amount(_ text: String, option: String, scale: Int = 2) throws -> Decimal {
        guard let value = Money.parse(text, maxScale: scale), value >= 0 else {
            throw CLIFailure("\(option): \"\(text)\" is not an amount", hint: "write it with a dot and at most \(scale) decimals, e.g. 1234.56")
        }
        return value
    }
}
