import Crypto
import Foundation
import InvoiceModel

/// Feeds every field of a claim that a letter depends on into a hash, in a fixed order
/// (cheaper than hashing its JSON, and just as exact).
enum ClaimDigest {
    static func update(_ hasher: inout SHA256, with claim: Claim) {
        var text = ""
        func add(_ value: String?) { text += value ?? "\u{0}"; text += "\u{1F}" }
        func party(_ p: Party) {
            add(p.id); add(p.name); add(p.attention); p.address.forEach(add); add("|"); add(p.country); add(p.vat); add(p.iban)
            add(p.bic); add(p.email); add(p.phone); add(p.signatory); add(p.kind.rawValue); add(p.language); add(p.place)
        }
        add(claim.asOf?.description)
        party(claim.creditor)
        party(claim.debtor)
        for i in claim.invoices {
            add(i.number); add(i.issued?.description); add(i.due.description); add("\(i.amount)"); add(i.currency); add(i.reference)
            add(i.description)
            for p in i.payments { add(p.date.description); add("\(p.amount)") }
            add("|")
        }
        for h in claim.history { add(h.letter); add(h.date.description); add(h.by) }
        add(TermsText.shared.text(claim.terms))
        add(claim.compromise.map { "\($0)" })
        hasher.update(data: Data(text.utf8))
    }
}

/// The text of the last few terms seen: a batch's claims share their terms (the profile's), and
/// describing them by reflection costs more than the rest of the digest.
final class TermsText: @unchecked Sendable {
    static let shared = TermsText()
    private let lock = NSLock()
    private var known: [(Terms, String)] = []

    func text(_ terms: Terms) -> String {
        lock.lock()
        if let hit = known.first(where: { $0.0 == terms }) { lock.unlock(); return hit.1 }
        lock.unlock()
        let text = "\(terms)"
        lock.lock()
        if known.count >= 8 { known.removeFirst() }
        known.append((terms, text))
        lock.unlock()
        return text
    }
}
