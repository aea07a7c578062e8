import Foundation
import InvoiceModel
import LateFees

/// Whether the claim meets what the data can show of the Belgian procedure for uncontested
/// business debts (invordering van onbetwiste geldschulden / recouvrement de dettes d'argent
/// non contestées, Judicial Code art. 1394/20 to 1394/27). What the data cannot show (insolvency
/// of the debtor, the terms actually accepted) is for the lawyer who starts the procedure.
public struct IUBVerdict: Sendable, Equatable {
    /// One condition checked: the article it comes from, whether it is met, and why.
    public struct Check: Sendable, Equatable {
        public var article: String
        public var rule: String
        public var met: Bool
        public var detail: String
    }

    public var checks: [Check]
    public var eligible: Bool { checks.allSatisfy(\.met) }
    /// Why the verdict is what it is: every condition when eligible, else those not met.
    public var reasons: [String] {
        (eligible ? checks : checks.filter { !$0.met }).map { "\($0.article): \($0.detail)" }
    }

    /// The share of the principal that interest and penalty clauses may together reach
    /// (art. 1394/20: "ten belope van ten hoogste 10 % van de hoofdsom van de schuld").
    public static let clauseLimit = Decimal(string: "0.10")!

    public init(_ c: HandoverCase) {
        var checks: [Check] = []
        let claim = c.claim

        // Art. 1394/20: a debt between enterprises (Code of Economic Law art. I.1), each identified
        // by its number in the Crossroads Bank for Enterprises; public authorities are excluded.
        let creditorNumber = Self.enterpriseNumber(claim.creditor)
        let debtorNumber = Self.enterpriseNumber(claim.debtor)
        var parties: [String] = []
        if creditorNumber == nil { parties.append("the creditor has no enterprise number (creditor.enterprise_number or a Belgian VAT number)") }
        switch claim.debtor.kind {
        case .consumer: parties.append("the debtor is a consumer, not an enterprise")
        case .publicAuthority: parties.append("the debtor is a public authority, which the procedure excludes")
        case .business: if debtorNumber == nil { parties.append("the debtor has no enterprise number") }
        }
        checks.append(Check(article: "art. 1394/20", rule: "enterprises", met: parties.isEmpty,
                            detail: parties.isEmpty ? "both parties are enterprises with an enterprise number (creditor \(creditorNumber!), debtor \(debtorNumber!))"
                                : parties.joined(separator: "; ")))

        // Art. 1394/20: a contractual debt of money. The claim is made of invoices (the price of
        // goods or services agreed); damages outside a contract are not claimed here.
        let contractual = !claim.invoices.isEmpty
        checks.append(Check(article: "art. 1394/20", rule: "contractual", met: contractual,
                            detail: contractual ? "a contractual debt of money: \(claim.invoices.count) unpaid invoice(s) \(claim.invoices.map(\.number).joined(separator: ", "))"
                                : "the claim names no invoice"))

        // Art. 1394/20: the debt is uncontested (art. 1394/22 lets the debtor contest it). What the
        // journal can show: no hold was ever recorded on the debtor or its invoices (a hold is
        // how a dispute is recorded), and no agreement records a dispute.
        let disputes = c.agreements.compactMap(\.disputed).filter { !$0.isEmpty }
        var contested: [String] = c.holds.map { hold in
            let on = hold.debtor != nil ? "the debtor" : "invoice \(hold.invoice ?? "")"
            return "a hold on \(on) from \(hold.from): \(hold.reason)"
        }
        contested += disputes.map { "an agreement records a dispute: \($0)" }
        checks.append(Check(article: "art. 1394/20", rule: "uncontested", met: contested.isEmpty,
                            detail: contested.isEmpty ? "no hold or dispute was ever recorded for the debtor or its invoices"
                                : "contested: " + contested.joined(separator: "; ")))

        // Art. 1394/20 requires a debt that is certain and due; the formal notice (Civil Code
        // art. 5.231) puts the debtor in default and is what the bailiff's summons (art. 1394/21)
        // follows. It must have been sent, not only written.
        let notices = c.letters.filter { $0.letter == "notice" && $0.status != .void }
        let sent = notices.filter { $0.status == .sent }
        let noticeDetail: String
        if let last = sent.last {
            noticeDetail = "formal notice #\(last.id) sent on \(last.sentOn ?? last.date)" + (last.tracking.map { " by \(last.channel.rawValue), \($0)" } ?? " by \(last.channel.rawValue)")
        } else if let written = notices.last {
            noticeDetail = "formal notice #\(written.id) is written but not recorded as sent (`overdue sent \(written.id)`)"
        } else {
            noticeDetail = "no formal notice has been sent"
        }
        checks.append(Check(article: "art. 1394/20, 1394/21", rule: "formal notice", met: !sent.isEmpty, detail: noticeDetail))

        // Art. 1394/20: interest and penalty clauses together at most 10 % of the principal.
        if let a = c.assessment {
            let principal = a.principal - a.paid
            let penalties = a.feeLines.filter { $0.kind == .penalty }.reduce(Decimal(0)) { $0 + $1.amount }
            let clauses = a.interest + penalties
            let limit = Money.round(principal * Self.clauseLimit, scale: 2)
            let within = clauses <= limit
            checks.append(Check(article: "art. 1394/20", rule: "clause limit", met: within,
                                detail: "interest \(Money.plain(a.interest)) and penalty clause \(Money.plain(penalties)) \(a.currency) together "
                                    + (within ? "stay within" : "exceed") + " 10 % of the principal \(Money.plain(principal)) (\(Money.plain(limit)))"
                                    + (within ? "" : ": the procedure may claim at most \(Money.plain(limit))")))
        } else {
            checks.append(Check(article: "art. 1394/20", rule: "clause limit", met: false,
                                detail: "the claim cannot be assessed: \(c.assessmentProblem ?? "unknown reason")"))
        }
        self.checks = checks
    }

    /// The party's enterprise number: its own, else the number in a Belgian VAT number.
    static func enterpriseNumber(_ party: Party) -> String? {
        if let number = party.legal.enterpriseNumber?.trimmingCharacters(in: .whitespaces), !number.isEmpty { return number }
        if let vat = party.vat?.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ".", with: "").uppercased(),
           vat.hasPrefix("BE"), vat.count == 12 { return vat }
        return nil
    }
}
