import Foundation
import InvoiceModel
import LateFees

/// Builds the pre-formatted values a template sees (see Templates/README.md for the keys).
/// Every key is always present; optional things come with a `has_...` flag.
struct LetterValues {
    let claim: Claim
    let assessment: Assessment
    let format: LocaleFormatter

    func money(_ value: Decimal) -> String { format.money(value, currency: assessment.currency) }

    /// Each bundled series and its flag's key (`interest_series_be_commercial`).
    static let seriesKeys = RateTable.bundled.names.map { ($0, "interest_series_" + $0.replacingOccurrences(of: "-", with: "_")) }

    static let commercialSeries: Set<String> = ["be-commercial", "nl-commercial", "de-b2b", "fr-b2b", "uk-late-payment"]

    /// The statutory series the interest follows, if any.
    var seriesName: String? { if case .series(let name)? = assessment.interestTerms?.source { return name }; return nil }

    /// True when the interest is the legal (non-commercial) statutory rate, due by law rather than by contract.
    var interestIsLegal: Bool {
        seriesName.map { !Self.commercialSeries.contains($0) && RateTable.bundled.named($0) != nil } ?? false
    }

    func build() -> TemplateValues {
        let creditor = claim.creditor
        let debtor = claim.debtor
        var v = TemplateValues()

        v["creditor_name"] = creditor.name
        v["creditor_address"] = creditor.address
        v["creditor_country"] = creditor.country
        v["is_creditor_be"] = creditor.country == "BE"
        v["creditor_town"] = creditor.town
        v["creditor_address_inline"] = creditor.address.joined(separator: ", ")
        // An IBAN and a phone number never break across lines: their spaces are no-break spaces.
        let phone = creditor.phone.map { String(String.UnicodeScalarView($0.unicodeScalars.map { $0 == " " ? "\u{00A0}" : $0 })) }
        for (key, value) in [("vat", creditor.vat), ("iban", creditor.iban.map(Self.groupIBAN)), ("bic", creditor.bic),
                             ("email", creditor.email), ("phone", phone), ("signatory", creditor.signatory)] {
            v["creditor_\(key)"] = value ?? ""
            v["has_creditor_\(key)"] = value != nil
        }

        addLegalDetails(to: &v)
        addSalutation(to: &v)
        addJurisdiction(to: &v)

        v["debtor_name"] = debtor.name
        v["debtor_id"] = debtor.id ?? ""
        v["has_debtor_id"] = debtor.id != nil
        v["debtor_attention"] = debtor.attention ?? ""
        v["has_debtor_attention"] = debtor.attention != nil
        v["debtor_address"] = debtor.address
        // Postal rule: the country line appears only for mail abroad.
        let abroad = debtor.country != creditor.country
        v["debtor_country_name"] = abroad ? CountryNames.name(debtor.country, language: format.language) : ""
        v["has_debtor_country_name"] = abroad

        v["date"] = format.date(assessment.asOf)
        let invoices = assessment.invoices
        v["our_reference"] = debtor.id ?? invoices[0].number
        let numbers = invoices.map(\.number)
        v["invoice_numbers"] = numbers.joined(separator: ", ")
        v["invoice_count"] = String(numbers.count)
        v["single_invoice"] = numbers.count == 1
        v["several_invoices"] = numbers.count > 1
        // Up to three numbers fit a subject line; more are named by their count.
        v["few_invoices"] = (2...3).contains(numbers.count)
        v["many_invoices"] = numbers.count > 3

        v["invoices"] = assessment.lines.map(invoiceRow)
        v["interest_lines"] = assessment.periods.map(periodRow)
        v["has_interest"] = !assessment.periods.isEmpty
        let source = assessment.interestTerms?.source
        // One flag per known statutory series, so a template can cite the right law.
        for (name, key) in Self.seriesKeys {
            v[key] = source == .series(name)
        }
        // A rate of the terms themselves (not a statutory series), as a yearly rate.
        let contractual = seriesName == nil ? assessment.annualRate : nil
        v["interest_statutory"] = seriesName != nil
        // A Belgian consumer owes the commercial rate only under a clause of the terms (art. XIX.4 CEL
        // allows at most that rate): worded as the agreed maximum, not as interest due by law.
        let consumerMaximum = BelgianConsumerRules.applies(to: claim.debtor) && seriesName == "be-commercial"
        v["interest_consumer_maximum"] = consumerMaximum
        v["interest_commercial"] = !consumerMaximum && (seriesName.map { Self.commercialSeries.contains($0) || RateTable.bundled.named($0) == nil } ?? false)
        v["interest_legal"] = interestIsLegal
        v["interest_compounds"] = seriesName.flatMap { RateTable.bundled.named($0)?.compoundsYearly } ?? false
        v["has_paid_imputed"] = assessment.paid > 0 && assessment.imputation == .costsInterestPrincipal
        v["interest_contractual"] = contractual != nil
        v["contractual_rate"] = contractual.map { format.percent($0) } ?? ""
        v["fee_lines"] = assessment.feeLines.map(feeRow)
        v["has_fees"] = !assessment.feeLines.isEmpty

        let history = claim.history.filter { $0.date <= assessment.asOf }.sorted { $0.date < $1.date }
        v["history"] = history.map(historyRow)
        v["has_history"] = !history.isEmpty

        v["principal"] = money(assessment.principal)
        v["paid"] = money(assessment.paid)
        v["paid_negative"] = money(-assessment.paid)
        v["has_paid"] = assessment.paid > 0
        v["open_principal"] = money(assessment.principal - assessment.paid)
        v["interest"] = money(assessment.interest)
        v["fees"] = money(assessment.fees)
        v["total"] = money(assessment.total)
        v["deadline"] = format.date(assessment.deadline)
        v["deadline_business_days"] = String(assessment.deadlineBusinessDays)
        v["presumed_receipt"] = format.date(assessment.presumedReceipt)
        v["currency"] = assessment.currency

        let references = Set(invoices.compactMap(\.reference))
        let single = invoices.count == 1 ? invoices[0].reference : nil
        // A transfer's free text holds 140 characters: up to three invoice numbers, else our reference.
        v["payment_reference"] = single ?? (numbers.count <= 3 ? numbers.joined(separator: ", ") : (debtor.id ?? numbers[0]))
        v["has_structured_reference"] = single != nil
        v["has_invoice_references"] = !references.isEmpty
        v["has_payment_details"] = creditor.iban != nil
        // Filled in per page by the PDF writer.
        v["page_number"] = LetterDocument.pageNumberToken
        v["page_count"] = LetterDocument.pageCountToken
        return v
    }

    func invoiceRow(_ line: Assessment.InvoiceLine) -> TemplateValues {
        let invoice = line.invoice
        let counted = invoice.payments.filter { $0.date <= assessment.asOf }
        return [
            "number": invoice.number,
            "issued": invoice.issued.map(format.date) ?? "",
            "has_issued": invoice.issued != nil,
            "due": format.date(invoice.due),
            "amount": money(line.amount),
            "paid": money(line.paid),
            "open": money(line.amount - line.paid),
            "interest": money(line.interest),
            "reference": invoice.reference ?? "",
            "has_reference": invoice.reference != nil,
            "description": invoice.description ?? "",
            "has_description": invoice.description != nil,
            "payments": counted.map { ["date": format.date($0.date), "amount": money($0.amount),
                                       "amount_negative": money(-$0.amount)] as TemplateValues },
            "has_payments": !counted.isEmpty,
        ]
    }

    func periodRow(_ p: InterestPeriod) -> TemplateValues {
        ["invoice": p.invoice, "from": format.date(p.from), "to": format.date(p.to), "days": String(p.days),
         "rate": format.percent(p.rate), "base": money(p.base), "interest": money(p.interest),
         "provisional": p.provisionalRate]
    }

    func feeRow(_ f: FeeLine) -> TemplateValues {
        ["invoice": f.invoice, "amount": money(f.amount), "label": f.label,
         "is_fixed_compensation": f.kind == .fixedCompensation, "is_penalty": f.kind == .penalty,
         "is_collection_costs": f.kind == .collectionCosts, "is_lump_sum": f.kind == .lumpSum,
         "has_invoice": !f.invoice.isEmpty,
         "percent": f.percent.map { format.percent($0, trimmed: true) } ?? "", "base": f.base.map(money) ?? "",
         "minimum": f.minimum.map(money) ?? "", "has_minimum": f.minimum != nil,
         "maximum": f.maximum.map(money) ?? "", "has_maximum": f.maximum != nil]
    }

    func historyRow(_ h: HistoryEntry) -> TemplateValues {
        let known = ["reminder", "second-reminder", "compromise", "notice"]
        return ["date": format.date(h.date), "letter": h.letter,
                "is_reminder": h.letter == "reminder", "is_second_reminder": h.letter == "second-reminder",
                "is_compromise": h.letter == "compromise", "is_notice": h.letter == "notice",
                "is_other": !known.contains(h.letter)]
    }

    /// "BE71096123456769" -> "BE71 0961 2345 6769" (the paper format of an IBAN, with no-break spaces).
    static func groupIBAN(_ iban: String) -> String {
        var groups: [String] = []
        var rest = Substring(iban)
        while !rest.isEmpty { groups.append(String(rest.prefix(4))); rest = rest.dropFirst(4) }
        return groups.joined(separator: "\u{00A0}")
    }
}
