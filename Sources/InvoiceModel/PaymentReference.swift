import Foundation

/// Payment identifiers: Belgian structured communication (OGM/VCS), ISO 11649 creditor
/// references (RF), IBAN and BIC. Validation and generation, no I/O.
public enum PaymentReference {
    // MARK: Belgian structured communication

    /// The 12 digits of a valid OGM/VCS (`+++123/4567/89002+++`, `***…***` or compact), or nil.
    /// The last two digits are the first ten modulo 97 (97 when that is 0).
    public static func ogmDigits(_ text: String) -> String? {
        var body = text.trimmingCharacters(in: .whitespaces)
        for delimiter in ["+++", "***"] where body.hasPrefix(delimiter) && body.hasSuffix(delimiter) && body.count > 6 {
            body = String(body.dropFirst(3).dropLast(3))
        }
        let digits = body.filter { !"/ .-".contains($0) }
        guard digits.count == 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              body.allSatisfy({ $0.isNumber || "/ .-".contains($0) }),
              let head = UInt64(digits.prefix(10)), let check = Int(digits.suffix(2)) else { return nil }
        let expected = Int(head % 97) == 0 ? 97 : Int(head % 97)
        return check == expected ? digits : nil
    }

    /// `+++123/4567/89002+++` for 12 digits.
    public static func formatOGM(_ digits: String) -> String {
        let d = Array(digits)
        return "+++\(String(d[0..<3]))/\(String(d[3..<7]))/\(String(d[7..<12]))+++"
    }

    /// An OGM/VCS built from the digits of `source` (the last ten, zero-padded), e.g. an invoice number.
    public static func makeOGM(from source: String) -> String {
        let digits = source.filter { $0.isASCII && $0.isNumber }
        let ten = String(repeating: "0", count: max(0, 10 - digits.count)) + digits.suffix(10)
        let remainder = Int(UInt64(ten)! % 97)
        let check = remainder == 0 ? 97 : remainder
        return formatOGM(ten + (check < 10 ? "0" : "") + String(check))
    }

    /// The kinds of reference Overdue can generate for an invoice that has none.
    public enum Kind: String, Sendable, CaseIterable {
        case ogm, rf
    }

    /// `claim` with a generated reference on every invoice that has none.
    public static func filling(_ claim: Claim, with kind: Kind) -> Claim {
        var copy = claim
        for i in copy.invoices.indices where copy.invoices[i].reference == nil {
            switch kind {
            case .ogm: copy.invoices[i].reference = makeOGM(from: copy.invoices[i].number)
            case .rf: copy.invoices[i].reference = makeRF(from: copy.invoices[i].number)
            }
        }
        return copy
    }

    // MARK: ISO 11649

    /// The compact form (`RF18539007547034`) of a valid creditor reference, or nil.
    public static func rfCompact(_ text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace }.uppercased()
        guard compact.count >= 5, compact.count <= 25, compact.hasPrefix("RF"),
              compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              compact.dropFirst(2).prefix(2).allSatisfy(\.isNumber) else { return nil }
        return mod97(String(compact.dropFirst(4)) + String(compact.prefix(4))) == 1 ? compact : nil
    }

    /// A creditor reference for `body` (letters and digits, at most 21), e.g. an invoice number.
    public static func makeRF(from body: String) -> String? {
        let clean = body.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !clean.isEmpty, clean.count <= 21 else { return nil }
        let check = 98 - mod97(clean + "RF00")
        return "RF" + (check < 10 ? "0" : "") + String(check) + clean
    }

    // MARK: IBAN and BIC

    /// IBAN lengths by country (ISO 13616 registry; SEPA and common countries).
    static let ibanLengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]

    /// The compact IBAN (no spaces, dots or dashes; upper case) when it is valid: known country,
    /// its length and BBAN format, mod 97, and the national check digits of BE and ES.
    public static func ibanCompact(_ text: String, checkNational: Bool = true) -> String? {
        let compact = text.filter { !$0.isWhitespace && $0 != "-" && $0 != "." }.uppercased()
        guard compact.count >= 5, compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              let length = ibanLengths[String(compact.prefix(2))], compact.count == length,
              compact.dropFirst(2).prefix(2).allSatisfy(\.isNumber) else { return nil }
        let country = String(compact.prefix(2))
        let bban = String(compact.dropFirst(4))
        if checkNational, let format = bbanFormats[country], !matches(bban, format: format) { return nil }
        guard mod97(bban + String(compact.prefix(4))) == 1 else { return nil }
        guard checkNational else { return compact }
        switch country {
        case "BE":
            // The Belgian account number carries its own check: first ten digits mod 97 (97 for 0).
            guard let head = UInt64(bban.prefix(10)), let check = Int(bban.suffix(2)) else { return nil }
            return check == (head % 97 == 0 ? 97 : Int(head % 97)) ? compact : nil
        case "ES":
            return spanishCheckDigitsValid(bban) ? compact : nil
        default:
            return compact
        }
    }

    /// BBAN formats of the IBAN registry: n digits, a upper-case letters, c letters or digits.
    static let bbanFormats: [String: String] = [
        "AT": "16n", "BE": "12n", "BG": "4a6n8c", "CH": "5n12c", "CY": "8n16c", "CZ": "20n", "DE": "18n",
        "DK": "14n", "EE": "16n", "ES": "20n", "FI": "14n", "FR": "10n11c2n", "GB": "4a14n", "GR": "7n16c",
        "HR": "17n", "HU": "24n", "IE": "4a14n", "IS": "22n", "IT": "1a10n12c", "LI": "5n12c", "LT": "16n",
        "LU": "3n13c", "LV": "4a13c", "MC": "10n11c2n", "MT": "4a5n18c", "NL": "4a10n", "NO": "11n",
        "PL": "24n", "PT": "21n", "RO": "4a16c", "SE": "20n", "SI": "15n", "SK": "20n", "SM": "1a10n12c",
    ]

    static func matches(_ bban: String, format: String) -> Bool {
        var chars = Array(bban)[...]
        var number = 0
        for ch in format {
            if let digit = ch.wholeNumberValue { number = number * 10 + digit; continue }
            guard chars.count >= number else { return false }
            let part = chars.prefix(number)
            let ok: Bool
            switch ch {
            case "n": ok = part.allSatisfy(\.isNumber)
            case "a": ok = part.allSatisfy(\.isLetter)
            default: ok = part.allSatisfy { $0.isLetter || $0.isNumber }
            }
            guard ok else { return false }
            chars = chars.dropFirst(number)
            number = 0
        }
        return chars.isEmpty
    }

    /// The two Spanish control digits (DC) of bank+branch and of the account number.
    static func spanishCheckDigitsValid(_ bban: String) -> Bool {
        let d = bban.compactMap(\.wholeNumberValue)
        guard d.count == 20 else { return false }
        let weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        func control(_ digits: [Int]) -> Int {
            let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
            let value = 11 - sum % 11
            return value == 11 ? 0 : value == 10 ? 1 : value
        }
        return control([0, 0] + Array(d[0..<8])) == d[8] && control(Array(d[10..<20])) == d[9]
    }

    /// True for a well-formed BIC: 4 letters (bank), 2 letters (country), 2 letters or digits
    /// (location), optionally 3 more (branch).
    public static func isValidBIC(_ text: String) -> Bool { bicCompact(text) != nil }

    /// The compact BIC (no spaces or dashes, upper case) when it is well formed and names a real country.
    public static func bicCompact(_ text: String) -> String? {
        let bic = text.filter { !$0.isWhitespace && $0 != "-" }.uppercased()
        guard bic.count == 8 || bic.count == 11, bic.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        let chars = Array(bic)
        guard chars[0..<6].allSatisfy(\.isLetter), CountryCodes.iso3166.contains(String(chars[4..<6])) else { return nil }
        return bic
    }

    /// The remainder modulo 97 of a string of digits and letters (A = 10 ... Z = 35).
    static func mod97(_ text: String) -> Int {
        var remainder = 0
        for ch in text {
            let value: Int
            if let digit = ch.wholeNumberValue { value = digit } else { value = Int(ch.asciiValue! - 55) }
            for d in String(value) { remainder = (remainder * 10 + d.wholeNumberValue!) % 97 }
        }
        return remainder
    }
}
