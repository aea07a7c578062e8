import Foundation
import InvoiceModel
import LateFees

extension LetterValues {
    /// The creditor's company details for the letterhead or footer (Code of Companies and
    /// Associations art. 2:20): legal form, registered office, enterprise number with RPR/RPM and
    /// the court division. The enterprise number falls back to a Belgian VAT number's digits.
    func addLegalDetails(to v: inout TemplateValues) {
        let legal = claim.creditor.legal
        let enterprise = legal.enterpriseNumber ?? claim.creditor.vat.flatMap { $0.uppercased().hasPrefix("BE") ? Self.enterpriseNumber($0) : nil }
        let fields: [(String, String?)] = [("legal_form", legal.legalForm), ("registered_office", legal.registeredOffice),
                                           ("enterprise_number", enterprise), ("register_court", legal.registerCourt?.text(for: format.language))]
        for (key, value) in fields {
            v["creditor_\(key)"] = value ?? ""
            // The legal form is shown beside the name only when the name does not already end with it.
            let shown = key == "legal_form" ? value.map { !claim.creditor.name.lowercased().hasSuffix(" " + $0.lowercased()) } ?? false : value != nil
            v["has_creditor_\(key)"] = shown
        }
        v["has_creditor_company_details"] = legal.legalForm != nil || legal.registerCourt != nil || legal.registeredOffice != nil
    }

    /// A salutation that names the contact when the claim gives a title and family name
    /// ("Geachte heer Peeters", "Madame Dubois", "Sehr geehrter Herr Peeters", "Dear Ms Dubois"),
    /// else the neutral form; the closing follows it ("Yours sincerely" / "Yours faithfully").
    func addSalutation(to v: inout TemplateValues) {
        let debtor = claim.debtor
        let named = debtor.contactTitle != nil && debtor.contactFamilyName != nil
        v["salutation_named"] = named
        v["contact_mr"] = named && debtor.contactTitle == .mr
        v["contact_ms"] = named && debtor.contactTitle == .ms
        v["contact_family_name"] = named ? (debtor.contactFamilyName ?? "") : ""
    }

    /// Which law speaks: the creditor's country (the law of the contract, Rome I art. 4) and the
    /// debtor's, and the debtor's kind, as flags for the templates' citations and wording.
    func addJurisdiction(to v: inout TemplateValues) {
        for code in ["BE", "NL", "DE", "FR", "GB"] {
            v["creditor_country_\(code.lowercased())"] = claim.creditor.country == code || (code == "GB" && claim.creditor.country == "UK")
            v["debtor_country_\(code.lowercased())"] = claim.debtor.country == code || (code == "GB" && claim.debtor.country == "UK")
        }
        let consumer = claim.debtor.kind == .consumer
        v["debtor_consumer"] = consumer
        v["debtor_business"] = !consumer
        v["debtor_consumer_be"] = consumer && claim.debtor.country == "BE"
        v["debtor_consumer_nl"] = consumer && claim.debtor.country == "NL"
        // Letters to debtors in the Netherlands are written in Netherlands Dutch, others in Flemish.
        v["nl_netherlands"] = claim.debtor.country == "NL"
        v["nl_belgium"] = claim.debtor.country != "NL"
        // Interest start: the day after the due date, or later where the law says so.
        let starts = assessment.periods.map(\.from)
        let fromDue = assessment.lines.allSatisfy { line in
            assessment.periods.filter { $0.invoice == line.invoice.number }.map(\.from).min().map { $0 <= line.invoice.due.adding(days: 1) } ?? true
        }
        v["interest_from_due"] = fromDue
        v["interest_from_later"] = !fromDue
        v["interest_start"] = starts.min().map(format.date) ?? ""
        v["has_fixed_compensation"] = assessment.feeLines.contains { $0.kind == .fixedCompensation }
        v["has_penalty"] = assessment.feeLines.contains { $0.kind == .penalty }
        let terms = claim.terms
        v["penalty_clause_reference"] = terms.penaltyClauseReference?.text(for: format.language) ?? ""
        v["has_penalty_clause_reference"] = terms.penaltyClauseReference != nil
        v["terms_accepted_on"] = terms.termsAcceptedOn.map(format.date) ?? ""
        v["has_terms_accepted_on"] = terms.termsAcceptedOn != nil
    }
}
