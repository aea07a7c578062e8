import Foundation
import InvoiceModel

/// Amounts as bookkeeping exports write them: a currency symbol or code before or after
/// (`€ 1.234,56`, `1 234,56 EUR`), thousands grouped with dots, commas, spaces or apostrophes,
/// a minus before or after, or parentheses, for a credit. Still strict: `1.234` alone is
/// ambiguous and an error, never a guess.
enum ExportAmount {
    static let symbols: [(String, String)] = [("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("CHF", "CHF"), ("EUR", "EUR"),
                                              ("USD", "USD"), ("GBP", "GBP")]

    /// The amount and the currency its symbol names, if any.
    static func parse(_ raw: String, delimiter: Character) -> (value: Decimal, currency: String?)? {
        var text = raw.exportTrimmed
        var currency: String?
        // The common case, digits and separators only, goes straight to the strict reader.
        if text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C || $0 == 0x2D }), text.utf8.first != 0x2D || text.utf8.count > 1 {
            let other: Character = delimiter == ";" ? "," : ";"
            if let value = LocalValues.amount(text, delimiter: delimiter) ?? LocalValues.amount(text, delimiter: other) { return (value, nil) }
        }
        for (symbol, code) in symbols {
            if text.hasPrefix(symbol) { text.removeFirst(symbol.count); currency = code; break }
            if text.hasSuffix(symbol) { text.removeLast(symbol.count); currency = code; break }
        }
        text = text.exportTrimmed
        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")") { negative = true; text = String(text.dropFirst().dropLast()) }
        if text.unicodeScalars.contains("\u{2212}") { text = text.replacingOccurrences(of: "\u{2212}", with: "-") }
        if text.hasSuffix("-") { negative.toggle(); text.removeLast() }
        if text.hasPrefix("-") { negative.toggle(); text.removeFirst() }
        if text.hasPrefix("+") { text.removeFirst() }
        if currency == nil {
            for (symbol, code) in symbols where text.hasPrefix(symbol) || text.hasSuffix(symbol) {
                text = text.replacingOccurrences(of: symbol, with: ""); currency = code; break
            }
        }
        // Spaces (also no-break and narrow no-break) and apostrophes group thousands.
        text = String(text.filter { !($0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "'" || $0 == "\u{2019}") })
        guard !text.isEmpty, !text.hasPrefix("-") else { return nil }
        let other: Character = delimiter == ";" ? "," : ";"
        guard let value = LocalValues.amount(text, delimiter: delimiter) ?? LocalValues.amount(text, delimiter: other) else { return nil }
        return (negative ? -value : value, currency)
    }
}
