import Foundation
import InvoiceModel

/// Checks of payment identifiers where they enter, with errors naming the field.
enum ReferenceChecks {
    static func iban(_ node: JSONNode) throws -> String {
        let text = try node.nonEmptyString()
        guard let iban = PaymentReference.ibanCompact(text) else {
            throw node.fail("\"\(text)\" is not a valid IBAN (country, length or check digits)")
        }
        return iban
    }

    static func bic(_ node: JSONNode) throws -> String {
        let text = try node.nonEmptyString()
        guard let bic = PaymentReference.bicCompact(text) else {
            throw node.fail("\"\(text)\" is not a valid BIC (8 or 11 characters: bank, country, location, branch)")
        }
        return bic
    }

    /// A structured reference must be valid; anything else is free text and kept as written.
    static func paymentReference(_ node: JSONNode) throws -> String {
        let text = try node.nonEmptyString()
        if let problem = problem(with: text) { throw node.fail(problem) }
        if let digits = PaymentReference.ogmDigits(text) { return PaymentReference.formatOGM(digits) }
        return text
    }

    /// Why `text`, which looks like a structured reference, is not a valid one; nil if fine.
    static func problem(with text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let looksOGM = trimmed.hasPrefix("+++") || trimmed.hasPrefix("***")
            || (trimmed.filter(\.isNumber).count == 12 && trimmed.allSatisfy { $0.isNumber || "/ ".contains($0) } && trimmed.contains("/"))
        if looksOGM, PaymentReference.ogmDigits(trimmed) == nil {
            return "\"\(text)\" is not a valid structured communication (the last two digits are the first ten modulo 97)"
        }
        let compact = trimmed.filter { !$0.isWhitespace }.uppercased()
        if compact.hasPrefix("RF"), compact.count >= 5, compact.dropFirst(2).prefix(2).allSatisfy(\.isNumber),
           PaymentReference.rfCompact(compact) == nil {
            return "\"\(text)\" is not a valid ISO 11649 creditor reference (check digits)"
        }
        return nil
    }
}
