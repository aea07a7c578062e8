import Foundation
import InvoiceModel

/// Formats dates, amounts and rates the way a letter in `language` to `country` writes them.
/// Deterministic on every machine (no ICU data involved).
public struct LocaleFormatter: Sendable {
    public let language: String
    public let country: String

    /// Languages with templates and formatting rules.
    public static let languages = ["en", "nl", "fr", "de"]

    /// The language of a letter: the one asked for, else the debtor's, else the default (the
    /// profile's), else the creditor's, else English. May be one without templates: check it.
    public static func letterLanguage(asked: String?, claim: Claim, defaultLanguage: String?) -> String {
        (asked ?? claim.debtor.language ?? defaultLanguage ?? claim.creditor.language ?? "en").lowercased()
    }

    /// The one rule the command line, the batch and the front door share: `letterLanguage`,
    /// and a language without templates is an error (`LetterError.language`), never English.
    public static func supportedLetterLanguage(asked: String?, claim: Claim, defaultLanguage: String?) throws -> String {
        let chosen = letterLanguage(asked: asked, claim: claim, defaultLanguage: defaultLanguage)
        guard languages.contains(chosen) else { throw LetterError.language(chosen) }
        return chosen
    }

    public init(language: String, country: String) {
        self.language = LocaleFormatter.languages.contains(language) ? language : "en"
        self.country = country.uppercased()
    }

    /// A locale tag such as `nl-BE`.
    public var tag: String { "\(language)-\(country)" }

    static let monthNames: [String: [String]] = [
        "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    ]

    /// "29 November 2026", "29 november 2026", "1er décembre 2026", "29. November 2026".
    public func date(_ d: CalendarDate) -> String {
        let month = Self.monthNames[language]![d.month - 1]
        switch language {
        case "de": return "\(d.day).\u{00A0}\(month) \(d.year)"
        case "fr": return "\(d.day == 1 ? "1er" : String(d.day))\u{00A0}\(month) \(d.year)"
        default: return "\(d.day)\u{00A0}\(month) \(d.year)"
        }
    }

    static func decimalsNeeded(_ value: Decimal) -> Int {
        for scale in 0...4 where Money.round(value, scale: scale) == value { return scale }
        return 4
    }

    /// Separators: (thousands, decimal).
    var separators: (String, String) {
        switch language {
        case "en": return (",", ".")
        case "fr": return ("\u{00A0}", ",")
        default: return (".", ",")
        }
    }

    /// A number with two decimals and grouped thousands: "1,234.56" / "1.234,56".
    public func number(_ value: Decimal, decimals: Int = 2) -> String {
        if let units = Money.minorUnits(value, scale: decimals) {
            return Self.grouped(units, decimals: decimals, separators: separators)
        }
        return slowNumber(value, decimals: decimals)
    }

    /// `number` from Foundation's decimal text (any magnitude).
    func slowNumber(_ value: Decimal, decimals: Int) -> String {
        let plain = Money.plain(value < 0 ? -value : value, scale: decimals)
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        let (thousands, decimal) = separators
        var digits = Array(parts[0])
        var grouped = ""
        while digits.count > 3 {
            grouped = thousands + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        let sign = value < 0 && Money.round(value, scale: decimals) != 0 ? "-" : ""
        return sign + grouped + (parts.count > 1 ? decimal + parts[1] : "")
    }

    /// `units` (of 10^-decimals) with grouped thousands, digit by digit.
    static func grouped(_ units: Int64, decimals: Int, separators: (String, String)) -> String {
        var digits = Array(String(units.magnitude).utf8)
        if digits.count <= decimals { digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals + 1 - digits.count), at: 0) }
        let integer = digits[..<(digits.count - decimals)]
        var text = units < 0 ? "-" : ""
        for (index, digit) in integer.enumerated() {
            if index > 0, (integer.count - index) % 3 == 0 { text += separators.0 }
            text.unicodeScalars.append(Unicode.Scalar(digit))
        }
        if decimals > 0 {
            text += separators.1
            text += String(decoding: digits[(digits.count - decimals)...], as: UTF8.self)
        }
        return text
    }

    static func symbol(_ currency: String) -> String {
        switch currency {
        case "EUR": return "€"
        case "GBP": return "£"
        case "USD": return "$"
        case "CHF": return "CHF"
        default: return currency
        }
    }

    /// "€1,234.56" (en), "€ 1.234,56" (nl), "1 234,56 €" (fr), "1.234,56 €" (de).
    public func money(_ value: Decimal, currency: String) -> String {
        let symbol = Self.symbol(currency)
        let magnitude = number(value < 0 ? -value : value)
        let sign = value < 0 && Money.round(value) != 0 ? "-" : ""
        let letterSymbol = symbol.count == 1
        switch language {
        case "en": return sign + symbol + (letterSymbol ? "" : "\u{00A0}") + magnitude
        case "nl": return sign + symbol + "\u{00A0}" + magnitude
        default: return sign + magnitude + "\u{00A0}" + symbol
        }
    }

    /// "10.50%" (en, nl: "10,50%"), "10,50 %" (fr, de). With `trimmed`, no zero decimals: "10%".
    public func percent(_ value: Decimal, trimmed: Bool = false) -> String {
        let text = number(value, decimals: trimmed ? Self.decimalsNeeded(value) : 2)
        switch language {
        case "fr", "de": return text + "\u{00A0}%"
        default: return text + "%"
        }
    }
}
