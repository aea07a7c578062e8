import Foundation
import InvoiceModel

/// Amounts and dates as spreadsheets write them, read strictly: a value that could mean two
/// things is an error, never a guess.
enum LocalValues {
    /// An amount in a file separated by `delimiter`. In a `;` file (Belgian exports) the decimal
    /// separator may be a comma and thousands may be grouped with dots (`1.234,56`); in a `,`
    /// file the decimal separator is a dot (`1234.56`, `1,234.56`). `1.234` in a `;` file and
    /// `1,234` in a `,` file are ambiguous.
    static func amount(_ raw: String, delimiter: Character) -> Decimal? {
        var text = raw.trimmed()
        if text.utf8.contains(0xC2) { text = text.replacingOccurrences(of: "\u{00A0}", with: "") }
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else { return nil }
        let (thousands, decimal): (Character, Character) = {
            if delimiter == ";" { return text.contains(",") ? (".", ",") : (",", ".") }
            return (",", ".")
        }()
        let parts = text.split(separator: decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let integer = parts[0]
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber) else { return nil }
        }
        // Thousands groups: 1-3 digits, then groups of exactly 3.
        let groups = integer.split(separator: thousands, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...(groups.count > 1 ? 3 : 15)).contains(first.count),
              groups.allSatisfy({ $0.allSatisfy(\.isNumber) }), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        // A single dot group without a decimal part is ambiguous (1.234 = 1234 or 1.234?).
        if groups.count == 2, parts.count == 1 { return nil }
        let plain = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
        guard let value = Money.parse(plain) else { return nil }
        return negative ? -value : value
    }

    /// `YYYY-MM-DD`, or day first: `DD/MM/YYYY`, `DD.MM.YYYY`, `DD-MM-YYYY`.
    static func date(_ raw: String) -> CalendarDate? {
        let text = raw.trimmed()
        if let iso = CalendarDate(iso: text) { return iso }
        for separator in ["/", ".", "-"] {
            let parts = text.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
                  let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { continue }
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }
}
