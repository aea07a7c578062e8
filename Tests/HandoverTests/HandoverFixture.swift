import Foundation
import Handover
import InvoiceModel
import Journal
import LateFees

/// A Belgian business debtor after its formal notice, and the ways its case can differ.
enum Fixture {
    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    static func claim(debtorKind: DebtorKind = .business, debtorNumber: String? = "0417.497.106", penalty: Decimal? = nil,
                      interest: Decimal = 10) -> Claim {
        var creditor = Party(name: "Studio Vermeulen BV", address: ["Kerkstraat 12", "9000 Gent"], country: "BE", vat: "BE0987654394",
                             email: "billing@vermeulen.example")
        creditor.legal.enterpriseNumber = "0987.654.394"
        var debtor = Party(id: "B1", name: "Brasserie Zoë BV", address: ["Markt 3", "2000 Antwerpen"], country: "BE", email: "zoe@brasserie.example",
                           kind: debtorKind)
        debtor.legal.enterpriseNumber = debtorNumber
        let terms = Terms(interest: InterestTerms(source: .annualRate(interest)), penalty: penalty.map { PenaltyClause(percent: $0) })
        return Claim(asOf: day("2026-05-29"), creditor: creditor, debtor: debtor,
                     invoices: [Invoice(number: "I-101", issued: day("2025-12-16"), due: day("2026-01-15"), amount: 1000, currency: "EUR")],
                     history: [], terms: terms)
    }

    static func letter(_ id: Int64, _ kind: String, _ date: String, channel: MailChannel = .post, status: LetterStatus = .sent,
                       tracking: String? = nil, sha256: String = "") -> LetterRecord {
        LetterRecord(id: id, date: day(date), debtor: "B1", debtorName: "Brasserie Zoë BV", letter: kind, invoices: ["I-101"], open: [1000],
                     currency: "EUR", principal: 1000, interest: 0, fees: 0, total: 1000, ownFee: 0, deadline: day(date).adding(days: 14),
                     channel: channel, file: "/nowhere/\(id).pdf", sha256: sha256, status: status, sentOn: status == .sent ? day(date) : nil,
                     tracking: tracking)
    }

    static let ladder = [letter(1, "reminder", "2026-01-31", channel: .email), letter(2, "second-reminder", "2026-02-28"),
                         letter(3, "notice", "2026-03-31", channel: .registered, tracking: "RR123456785BE")]

    static func handoverCase(claim: Claim = claim(), letters: [LetterRecord] = ladder, holds: [HoldRecord] = [],
                             agreements: [AgreementRecord] = [], proofs: [ProofRecord] = []) -> HandoverCase {
        let assessment = try? Assessor().assess(claim, asOf: day("2026-05-29"))
        return HandoverCase(debtorID: "B1", claim: claim, assessment: assessment, asOf: day("2026-05-29"), letters: letters, holds: holds,
                            agreements: agreements, mailings: [], proofs: proofs)
    }
}
