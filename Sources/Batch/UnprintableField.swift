import Foundation
import HaruPDF
import InvoiceModel

/// Names the claim field that holds characters the letter's fonts cannot print, so that the
/// error says where to fix them: `debtor.name: the letter's font cannot print "株" ...`.
public enum UnprintableField {
    /// The first field of `claim` (as the claim JSON names it) containing one of `characters`.
    public static func locate(_ characters: [Character], in claim: Claim) -> String? {
        let wanted = Set(characters.map { String($0).precomposedStringWithCanonicalMapping })
        func holds(_ text: String?) -> Bool {
            guard let text else { return false }
            return text.precomposedStringWithCanonicalMapping.contains { wanted.contains(String($0)) }
        }
        for (role, party) in [("debtor", claim.debtor), ("creditor", claim.creditor)] {
            let fields: [(String, String?)] = [("name", party.name), ("attention", party.attention), ("place", party.place),
                                              ("signatory", party.signatory), ("email", party.email), ("phone", party.phone), ("vat", party.vat)]
                + party.address.enumerated().map { ("address[\($0.offset)]", $0.element) }
            if let field = fields.first(where: { holds($0.1) }) { return "\(role).\(field.0)" }
        }
        for (index, invoice) in claim.invoices.enumerated() {
            for (name, value) in [("number", invoice.number), ("reference", invoice.reference), ("description", invoice.description)] where holds(value) {
                return "invoices[\(index)].\(name)"
            }
        }
        return nil
    }

    /// `error` with the field in front when it is an unprintable-text error.
    public static func describe(_ error: Error, claim: Claim) -> String {
        if case HaruError.unprintable(_, let characters) = error, let field = locate(characters, in: claim) {
            return "\(field): \(error)"
        }
        return "\(error)"
    }
}
