import Foundation
import InvoiceModel

/// Decodes a `terms` object (claim or profile).
enum TermsDecoder {
    static func decode(_ node: JSONNode) throws -> Terms {
        _ = try node.object()
        var terms = Terms()
        if let interest = try node.optional("interest") {
            terms.interest = try decodeInterest(interest)
        }
        terms.fixedCompensation = try node.optional("fixed_compensation")?.decimal()
        if let fixed = terms.fixedCompensation, fixed < 0 {
            throw try node.required("fixed_compensation", expected: "").fail("must not be negative")
        }
        if let penalty = try node.optional("penalty") {
            _ = try penalty.object()
            let percent = try penalty.required("percent", expected: "a percentage such as \"10\"").decimal(maxScale: 4, what: "a percentage")
            let minimum = try penalty.optional("minimum")?.decimal()
            let maximum = try penalty.optional("maximum")?.decimal()
            guard percent >= 0, percent <= 100 else {
                throw try penalty.required("percent", expected: "").fail("must be between 0 and 100")
            }
            if let minimum, let maximum, minimum > maximum {
                throw penalty.fail("the minimum (\(Money.plain(minimum))) is above the maximum (\(Money.plain(maximum)))")
            }
            terms.penalty = PenaltyClause(percent: percent, minimum: minimum, maximum: maximum)
        }
        if let days = try node.optional("deadline_business_days") {
            let value = try days.int()
            guard (1...60).contains(value) else { throw days.fail("\(value) is not between 1 and 60") }
            terms.deadlineBusinessDays = value
        }
        if let days = try node.optional("reminder_days") {
            let value = try days.int()
            guard (1...90).contains(value) else { throw days.fail("\(value) is not between 1 and 90") }
            terms.reminderDays = value
        }
        if let fees = try node.optional("fees") {
            _ = try fees.object()
            if let policyNode = try fees.optional("policy") {
                let text = try policyNode.nonEmptyString()
                guard let policy = FeePolicy(rawValue: text) else {
                    throw policyNode.fail("\"\(text)\" is not a fee policy (expected " + FeePolicy.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                }
                terms.feePolicy = policy
            }
        }
        if let node = try node.optional("imputation") {
            let text = try node.nonEmptyString()
            guard let imputation = Imputation(rawValue: text) else {
                throw node.fail("\"\(text)\" is not an imputation order (expected " + Imputation.allCases.map(\.rawValue).joined(separator: " or ") + ")")
            }
            terms.imputation = imputation
        }
        if let days = try node.optional("closing_days") {
            terms.closingDays = try days.array().map { try $0.date() }
        }
        if let fee = try node.optional("reminder_fee") {
            let value = try fee.decimal()
            guard value >= 0 else { throw fee.fail("must not be negative") }
            terms.reminderFee = value
        }
        terms.regularSupply = try node.optional("regular_supply")?.bool()
        if let postage = try node.optional("reminder_postage") {
            let value = try postage.decimal()
            guard value >= 0 else { throw postage.fail("must not be negative") }
            terms.reminderPostage = value
        }
        terms.penaltyAddsToCompensation = try node.optional("penalty_adds_to_compensation")?.bool()
        terms.penaltyClauseReference = try node.optional("penalty_clause_reference").map(LegalDetailsDecoder.localized)
        terms.termsAcceptedOn = try node.optional("terms_accepted_on")?.date()
        return terms
    }

    static func decodeInterest(_ node: JSONNode) throws -> InterestTerms {
        _ = try node.object()
        let series = try node.optional("series")
        let rate = try node.optional("rate")
        let source: InterestSource
        switch (series, rate) {
        case (let s?, nil):
            source = .series(try s.nonEmptyString())
        case (nil, let r?):
            let per = try node.optional("per")?.nonEmptyString().lowercased() ?? "year"
            guard per == "year" || per == "month" else {
                throw try node.required("per", expected: "").fail("\"\(per)\" is not year or month")
            }
            let percent = try r.decimal(maxScale: 4, what: "a rate in percent")
            guard percent >= 0, percent <= (per == "year" ? 100 : 10) else {
                throw r.fail(per == "year" ? "must be between 0 and 100 (percent a year)" : "must be between 0 and 10 (percent a month)")
            }
            source = per == "year" ? .annualRate(percent) : .monthlyRate(percent)
        case (.some, .some):
            throw node.fail("give either \"series\" or \"rate\", not both")
        case (nil, nil):
            throw node.fail("missing \"series\" or \"rate\"",
                            hint: "e.g. { \"series\": \"be-commercial\" } or { \"rate\": \"8.5\" }")
        }
        var basis = DayCountBasis.act365
        if let basisNode = try node.optional("basis") {
            let text = try basisNode.nonEmptyString()
            guard let parsed = DayCountBasis(rawValue: text) else {
                throw basisNode.fail("\"\(text)\" is not a supported day-count basis (supported: "
                                     + DayCountBasis.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            basis = parsed
        }
        return InterestTerms(source: source, basis: basis)
    }
}
