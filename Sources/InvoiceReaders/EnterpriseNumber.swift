import Foundation

/// The Belgian enterprise number (KBO/BCE, also the VAT number after "BE"): ten digits starting
/// with 0 or 1, the last two being 97 minus the first eight modulo 97. Checked wherever a `vat`
/// enters in Belgian form (`BE0987654394`, `BE 0987.654.394`, `0987.654.394`); a VAT number of
/// another country is kept as written.
public enum EnterpriseNumber {
    /// Why `text`, which is written as a Belgian enterprise number, is not a valid one; nil when
    /// it is valid or is not in Belgian form.
    public static func problem(with text: String) -> String? {
        let compact = text.filter { !$0.isWhitespace && $0 != "." && $0 != "-" }.uppercased()
        let digits: Substring
        if compact.hasPrefix("BE") {
            digits = compact.dropFirst(2)
        } else if text.trimmingCharacters(in: .whitespaces).range(of: #"^[01]\d{3}\.\d{3}\.\d{3}$"#, options: .regularExpression) != nil {
            digits = Substring(compact)
        } else {
            return nil
        }
        let full = digits.count == 9 ? "0" + digits : String(digits)
        guard full.count == 10, full.allSatisfy({ $0.isASCII && $0.isNumber }), full.first == "0" || full.first == "1",
              let body = Int(full.prefix(8)), let check = Int(full.suffix(2)) else {
            return "\"\(text)\" is not a Belgian enterprise number (BE and ten digits, e.g. BE0987.654.394)"
        }
        guard 97 - body % 97 == check else {
            return "\"\(text)\" is not a valid Belgian enterprise number (the last two digits must be \(String(format: "%02d", 97 - body % 97)))"
        }
        return nil
    }

    /// The text of a `vat` node, checked.
    static func checked(_ node: JSONNode) throws -> String {
        let text = try node.nonEmptyString()
        if let problem = problem(with: text) { throw node.fail(problem) }
        return text
    }
}
