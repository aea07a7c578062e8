import Foundation
import InvoiceModel

/// The EPC QR code ("GiroCode", EPC069-12) a banking app scans to pre-fill a SEPA credit transfer.
public enum PaymentQR {
    /// The largest payload (QR version 13, level M).
    public static let maximumBytes = 331

    /// The payload, or nil when no EPC QR may be printed: the currency must be EUR, the account a
    /// valid IBAN, the amount between 0.01 and 999,999,999.99.
    ///
    /// Version 002 in UTF-8. A Belgian structured communication goes to the structured
    /// remittance line as its 12 digits, an ISO 11649 reference as written; otherwise `text`
    /// (e.g. the invoice numbers) is the unstructured remittance.
    public static func payload(name: String, iban: String, bic: String?, amount: Decimal, currency: String,
                               reference: String?, text: String?) -> String? {
        guard currency == "EUR", amount >= minimum, amount <= maximum, let account = PaymentReference.ibanCompact(iban) else { return nil }
        let structured: String? = reference.flatMap { PaymentReference.ogmDigits($0) ?? PaymentReference.rfCompact($0) }
        var lines = ["BCD", "002", "1", "SCT", bic.flatMap { PaymentReference.bicCompact($0) } ?? "",
                     String(clean(name).prefix(70)), account, "EUR" + Money.plain(amount), "", structured ?? ""]
        if structured == nil { lines.append(String(clean(text ?? reference ?? "").prefix(140))) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        var payload = lines.joined(separator: "\n")
        // Keep within the symbol's limit by shortening the free text.
        while payload.utf8.count > maximumBytes, structured == nil, var last = lines.last, !last.isEmpty {
            last.removeLast()
            lines[lines.count - 1] = last
            payload = lines.joined(separator: "\n")
        }
        return payload.utf8.count <= maximumBytes ? payload : nil
    }

    static let minimum = Decimal(string: "0.01")!
    static let maximum = Decimal(string: "999999999.99")!

    /// One line of text: no line breaks, no surrounding spaces.
    static func clean(_ text: String) -> String {
        let oneLine = text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
        return oneLine.trimmed()
    }
}
