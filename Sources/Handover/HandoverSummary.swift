import Foundation
import InvoiceModel
import LateFees

/// `summary.json` and `summary.csv`: who owes what as of the pack's date, how it was computed,
/// the letters sent, and the IUB verdict. Amounts are decimal strings with two decimals.
public struct HandoverSummary: Encodable, Sendable {
    struct PartyInfo: Encodable, Sendable {
        var id: String?
        var name: String
        var kind: String?
        var enterprise_number: String?
        var vat: String?
        var address: [String]
        var country: String
        var email: String?
    }
    struct InvoiceInfo: Encodable, Sendable {
        var number: String
        var issued: String?
        var due: String
        var amount, paid, open: String
    }
    struct Period: Encodable, Sendable {
        var invoice, from, to: String
        var days: Int
        var rate, base, interest: String
    }
    struct Fee: Encodable, Sendable {
        var invoice, kind, label, amount: String
    }
    struct LetterInfo: Encodable, Sendable {
        var id: Int64
        var date, kind, channel, status: String
        var sent: String?
        var tracking: String?
        var deadline, total, sha256: String
        var file: String
        var proofs: [String]
    }
    struct IUB: Encodable, Sendable {
        var eligible: Bool
        var reasons: [String]
        var checks: [Check]
        struct Check: Encodable, Sendable { var article, rule: String; var met: Bool; var detail: String }
    }

    var as_of: String
    var currency: String
    var creditor: PartyInfo
    var debtor: PartyInfo
    var invoices: [InvoiceInfo]
    var principal, interest, fees, total: String
    var interest_periods: [Period]
    var fee_lines: [Fee]
    var letters: [LetterInfo]
    var iub: IUB

    /// The summary of `c`, with the verdict made from it.
    public init(_ c: HandoverCase, verdict: IUBVerdict) {
        let m = { (d: Decimal) in Money.plain(d) }
        let claim = c.claim
        as_of = c.asOf.description
        currency = c.assessment?.currency ?? claim.currency
        creditor = PartyInfo(id: nil, name: claim.creditor.name, kind: nil, enterprise_number: IUBVerdict.enterpriseNumber(claim.creditor),
                             vat: claim.creditor.vat, address: claim.creditor.address, country: claim.creditor.country, email: claim.creditor.email)
        debtor = PartyInfo(id: c.debtorID, name: claim.debtor.name, kind: claim.debtor.kind.rawValue,
                           enterprise_number: IUBVerdict.enterpriseNumber(claim.debtor), vat: claim.debtor.vat, address: claim.debtor.address,
                           country: claim.debtor.country, email: claim.debtor.email)
        if let a = c.assessment {
            invoices = a.lines.map { InvoiceInfo(number: $0.invoice.number, issued: $0.invoice.issued?.description, due: $0.invoice.due.description,
                                                 amount: m($0.amount), paid: m($0.paid), open: m($0.amount - $0.paid)) }
            principal = m(a.principal - a.paid); interest = m(a.interest); fees = m(a.fees); total = m(a.total)
            interest_periods = a.periods.map { Period(invoice: $0.invoice, from: $0.from.description, to: $0.to.description, days: $0.days,
                                                       rate: Money.plain($0.rate, scale: 2), base: m($0.base), interest: m($0.interest)) }
            fee_lines = a.feeLines.map { Fee(invoice: $0.invoice, kind: $0.kind.rawValue, label: $0.label, amount: m($0.amount)) }
        } else {
            invoices = claim.invoices.map { i in
                let paid = i.paid(through: c.asOf)
                return InvoiceInfo(number: i.number, issued: i.issued?.description, due: i.due.description, amount: m(i.amount), paid: m(paid),
                                   open: m(i.amount - paid))
            }
            let open = claim.invoices.reduce(Decimal(0)) { $0 + $1.amount - $1.paid(through: c.asOf) }
            principal = m(open); interest = m(0); fees = m(0); total = m(open)
            interest_periods = []; fee_lines = []
        }
        letters = c.handedOver.map { l in
            LetterInfo(id: l.id, date: l.date.description, kind: l.letter, channel: l.channel.rawValue, status: l.status.rawValue,
                       sent: l.sentOn?.description, tracking: l.tracking, deadline: l.deadline.description, total: m(l.total), sha256: l.sha256,
                       file: HandoverCase.entryName(l), proofs: c.proofs.filter { $0.letter == l.id }.map(HandoverCase.proofName))
        }
        iub = IUB(eligible: verdict.eligible, reasons: verdict.reasons,
                  checks: verdict.checks.map { IUB.Check(article: $0.article, rule: $0.rule, met: $0.met, detail: $0.detail) })
    }

    /// Keys sorted, two-space indentation, a final line end: the same case gives the same bytes.
    public func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(self)) + [0x0A]
    }

    static let csvHeader = ["record", "reference", "name", "date", "due", "kind", "channel", "status", "tracking", "amount", "paid", "open", "detail"]

    /// `summary.csv`: one row per party, invoice, interest period, fee, total, letter and the
    /// verdict, under the columns of `csvHeader`.
    public func csv() throws -> [UInt8] {
        var rows: [[String]] = []
        func row(_ record: String, reference: String = "", name: String = "", date: String = "", due: String = "", kind: String = "",
                 channel: String = "", status: String = "", tracking: String = "", amount: String = "", paid: String = "", open: String = "",
                 detail: String = "") {
            rows.append([record, reference, name, date, due, kind, channel, status, tracking, amount, paid, open, detail])
        }
        row("creditor", reference: creditor.enterprise_number ?? "", name: creditor.name, detail: creditor.vat.map { "VAT \($0)" } ?? "")
        row("debtor", reference: debtor.enterprise_number ?? "", name: debtor.name, kind: debtor.kind ?? "",
            detail: "id \(debtor.id ?? "")" + (debtor.vat.map { ", VAT \($0)" } ?? ""))
        for i in invoices { row("invoice", reference: i.number, date: i.issued ?? "", due: i.due, amount: i.amount, paid: i.paid, open: i.open) }
        for p in interest_periods {
            row("interest", reference: p.invoice, date: p.from, due: p.to, amount: p.interest, detail: "\(p.rate) % a year on \(p.base), \(p.days) days")
        }
        for f in fee_lines { row("fee", reference: f.invoice, kind: f.kind, amount: f.amount, detail: f.label) }
        row("total", reference: "principal", date: as_of, amount: principal, detail: currency)
        row("total", reference: "interest", date: as_of, amount: interest, detail: currency)
        row("total", reference: "fees", date: as_of, amount: fees, detail: currency)
        row("total", reference: "total", date: as_of, amount: total, detail: currency)
        for l in letters {
            row("letter", reference: "#\(l.id)", name: l.file, date: l.date, due: l.deadline, kind: l.kind, channel: l.channel, status: l.status,
                tracking: l.tracking ?? "", amount: l.total, detail: (l.sent.map { "sent on \($0)" } ?? "not marked as sent")
                    + (l.proofs.isEmpty ? "" : "; proof " + l.proofs.joined(separator: " ")))
        }
        row("iub", reference: iub.eligible ? "eligible" : "not eligible", detail: iub.reasons.joined(separator: " | "))
        return try CSVText.bytes(header: Self.csvHeader, rows: rows)
    }
}
