import Foundation

/// Money arithmetic helpers. Amounts are `Decimal`, never `Double`.
public enum Money {
    /// Rounds half away from zero ("half-up" in the legal texts) to `scale` decimals.
    public static func round(_ value: Decimal, scale: Int = 2) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }

    /// The most digits before the decimal point an amount may have: 999,999,999,999.99 is the
    /// largest amount read. Interest, fees and totals on such amounts stay well inside the 38
    /// significant digits `Decimal` holds exactly; a longer amount would silently lose its cents.
    public static let maximumIntegerDigits = 12

    /// True when `text` is a plain decimal number whose integer part has more significant digits
    /// than `maximumIntegerDigits` (for an error that says why, rather than "not an amount").
    public static func isBeyondExactRange(_ text: String) -> Bool {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let integer = body.prefix { $0 != "." }
        guard !integer.isEmpty, integer.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return integer.drop { $0 == "0" }.count > maximumIntegerDigits
    }

    /// Parses a plain decimal amount such as `1210.00` or `-3.5` (dot as decimal separator,
    /// no thousands separators, at most `maxScale` decimals, at most `maximumIntegerDigits`
    /// digits before the point). Returns `nil` otherwise.
    public static func parse(_ text: String, maxScale: Int = 2) -> Decimal? {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, pieces.count <= 2,
              let intPart = pieces.first, !intPart.isEmpty,
              intPart.allSatisfy({ $0.isASCII && $0.isNumber }),
              intPart.drop(while: { $0 == "0" }).count <= maximumIntegerDigits else { return nil }
        if pieces.count == 2 {
            let frac = pieces[1]
            guard !frac.isEmpty, frac.count <= maxScale, frac.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        return Decimal(string: text, locale: posix)
    }

    /// Created once: building a Locale is costly, and amounts are parsed by the thousand.
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// A plain, locale-free representation with exactly `scale` decimals: `1210.00`, `-3.50`.
    public static func plain(_ value: Decimal, scale: Int = 2) -> String {
        guard let units = minorUnits(value, scale: scale) else { return slowPlain(round(value, scale: scale), scale: scale) }
        let magnitude = units.magnitude
        let divisor = integerPowersOfTen[scale]
        var text = units < 0 ? "-" : ""
        text += String(magnitude / divisor)
        if scale > 0 {
            let fraction = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: scale - fraction.count) + fraction
        }
        return text
    }

    /// `value` rounded half away from zero to `scale` (0...4) decimals, in units of 10^-scale
    /// (1234.5 at scale 2 is 123450); nil beyond ±10^17 units. Exact: integer arithmetic only.
    public static func minorUnits(_ value: Decimal, scale: Int) -> Int64? {
        guard (0...4).contains(scale) else { return nil }
        let units = round(value, scale: scale) * powersOfTen[scale]
        guard units.magnitude < unitLimit else { return nil }
        return NSDecimalNumber(decimal: units).int64Value
    }

    private static let unitLimit = Decimal(100_000_000_000_000_000)
    private static let powersOfTen: [Decimal] = [1, 10, 100, 1000, 10000]
    static let integerPowersOfTen: [UInt64] = [1, 10, 100, 1000, 10000]

    /// `plain` through Foundation's decimal text (any magnitude).
    static func slowPlain(_ rounded: Decimal, scale: Int) -> String {
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        var text = NSDecimalNumber(decimal: magnitude).stringValue
        if scale > 0 {
            if let dot = text.firstIndex(of: ".") {
                let decimals = text.distance(from: text.index(after: dot), to: text.endIndex)
                text += String(repeating: "0", count: max(0, scale - decimals))
            } else {
                text += "." + String(repeating: "0", count: scale)
            }
        }
        return (negative ? "-" : "") + text
    }
}
