import Foundation
import InvoiceModel
import InvoiceReaders
import Testing

@Suite struct ClaimReaderTests {
    static let example = """
    {
      "as_of": "2026-11-29",
      "creditor": { "name": "Studio Vermeulen BV", "address": ["Kerkstraat 12", "9000 Gent"], "country": "BE",
                    "iban": "BE71 0961 2345 6769", "signatory": "Ann Vermeulen" },
      "debtor":   { "id": "C-0042", "name": "Bakkerij Peeters", "attention": "Jan Peeters",
                    "address": ["Markt 3", "2000 Antwerpen"], "country": "BE", "kind": "business", "language": "en" },
      "invoices": [ { "number": "2026-0142", "issued": "2026-07-02", "due": "2026-08-01", "amount": "1210.00",
                      "currency": "EUR", "reference": "+++090/9337/55493+++",
                      "payments": [ { "date": "2026-09-15", "amount": "200.00" } ] } ],
      "history":  [ { "letter": "reminder", "date": "2026-08-16" } ],
      "terms":    { "interest": { "series": "be-commercial" }, "fixed_compensation": "40.00",
                    "penalty": { "percent": "10", "minimum": "50.00", "maximum": "2000.00" },
                    "deadline_business_days": 5 },
      "extra": "fields are allowed"
    }
    """

    func read(_ text: String, profile: Profile? = nil) throws -> Claim {
        try ClaimReader().read(Data(text.utf8), file: "claim.json", profile: profile)
    }

    /// The error a broken variant of the example gives.
    func error(_ replace: String, with replacement: String) -> InputError? {
        let text = Self.example.replacingOccurrences(of: replace, with: replacement)
        #expect(text != Self.example, "the replacement must change the claim")
        do { _ = try read(text); return nil } catch let e as InputError { return e } catch { return nil }
    }

    @Test func readsTheExampleClaim() throws {
        let claim = try read(Self.example)
        #expect(claim.asOf == CalendarDate(iso: "2026-11-29"))
        #expect(claim.creditor.iban == "BE71096123456769")
        #expect(claim.creditor.town == "Gent")
        #expect(claim.debtor.attention == "Jan Peeters")
        #expect(claim.invoices[0].amount == Decimal(string: "1210.00"))
        #expect(claim.invoices[0].payments.map(\.amount) == [200])
        #expect(claim.history.map(\.letter) == ["reminder"])
        #expect(claim.terms.penalty == PenaltyClause(percent: 10, minimum: 50, maximum: 2000))
        #expect(claim.terms.interest == InterestTerms(source: .series("be-commercial")))
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let e = try #require(error(#""debtor":   {"#, with: #""debtor":   {,"#))
        #expect(e.line == 5)
        #expect(e.column != nil)
        #expect(e.description.hasPrefix("claim.json:5:"))
        #expect(e.description.contains("malformed JSON"))
    }

    @Test(arguments: [
        (#""name": "Bakkerij Peeters", "#, "", "debtor.name", "missing"),
        (#""amount": "1210.00""#, #""amount": "12,50.3""#, "invoices[0].amount", #""12,50.3" is not an amount"#),
        (#""amount": "1210.00""#, #""amount": "1.210,00""#, "invoices[0].amount", "is not an amount"),
        (#""amount": "1210.00""#, #""amount": 1210.123"#, "invoices[0].amount", "is not an amount"),
        (#""amount": "1210.00""#, #""amount": true"#, "invoices[0].amount", "true/false"),
        (#""due": "2026-08-01""#, #""due": "2026-08-32""#, "invoices[0].due", "is not a date"),
        (#""due": "2026-08-01""#, #""due": 20260801"#, "invoices[0].due", "expected a string"),
        (#""kind": "business""#, #""kind": "company""#, "debtor.kind", "not a debtor kind"),
        (#""series": "be-commercial""#, #""series": "be-commercial", "rate": "8""#, "terms.interest", "not both"),
        (#""percent": "10""#, #""percent": "150""#, "terms.penalty.percent", "between 0 and 100"),
        (#""date": "2026-09-15", "amount": "200.00""#, #""date": "2026-09-15", "amount": "2000.00""#, "invoices[0].payments", "exceed"),
        (#""country": "BE", "kind""#, #""country": "Belgium", "kind""#, "debtor.country", "two-letter"),
    ])
    func badFieldsAreNamed(replace: String, with: String, field: String, message: String) throws {
        let e = try #require(error(replace, with: with))
        #expect(e.field == field)
        #expect(e.message.contains(message))
        #expect(e.file == "claim.json")
    }

    @Test func exactJSONNumbersAreAccepted() throws {
        let claim = try read(Self.example.replacingOccurrences(of: #""amount": "1210.00""#, with: #""amount": 1210.5"#))
        #expect(claim.invoices[0].amount == Decimal(string: "1210.5"))
    }

    @Test func theProfileFillsWhatTheClaimLeavesOut() throws {
        let profile = try Profile.read("""
            language: nl
            creditor:
              name: Profile Name
              address: [Veldstraat 1, 9000 Gent]
              country: BE
              vat: BE0987654394
              bic: GKCCBEBB
            terms:
              fixed_compensation: 40.00
              deadline_business_days: 8
              penalty: { percent: 12, minimum: 60 }
            """, file: "overdue.yaml")
        let claim = try read(Self.example, profile: profile)
        #expect(claim.creditor.name == "Studio Vermeulen BV")      // the claim wins
        #expect(claim.creditor.vat == "BE0987654394")              // the profile fills
        #expect(claim.creditor.bic == "GKCCBEBB")
        #expect(claim.terms.deadlineBusinessDays == 5)            // the claim wins
        #expect(claim.terms.penalty?.percent == 10)
        #expect(profile.language == "nl")

        // Without a creditor in the claim, the profile's is used whole.
        var object = try JSONSerialization.jsonObject(with: Data(Self.example.utf8)) as! [String: Any]
        object["creditor"] = nil
        var terms = object["terms"] as! [String: Any]
        terms["deadline_business_days"] = nil
        object["terms"] = terms
        let stripped = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let fromProfile = try read(stripped, profile: profile)
        #expect(fromProfile.creditor.name == "Profile Name")
        #expect(fromProfile.terms.deadlineBusinessDays == 8)
    }

    @Test func aMissingCreditorWithoutProfileIsNamed() throws {
        var object = try JSONSerialization.jsonObject(with: Data(Self.example.utf8)) as! [String: Any]
        object["creditor"] = nil
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        #expect(throws: InputError.self) { _ = try read(text) }
        do { _ = try read(text) } catch let e as InputError {
            #expect(e.field == "creditor")
            #expect(e.hint?.contains("profile") == true)
        }
    }

    @Test func malformedYAMLIsAnError() {
        #expect(throws: InputError.self) { _ = try Profile.read("creditor: [unclosed", file: "p.yaml") }
        #expect(throws: InputError.self) { _ = try Profile.read("terms:\n  deadline_business_days: soon\n", file: "p.yaml") }
    }
}

@Suite struct CompromiseReaderTests {
    func read(_ compromise: String) throws -> Claim {
        let text = ClaimReaderTests.example.replacingOccurrences(of: #""extra": "fields are allowed""#, with: #""compromise": "# + compromise)
        return try ClaimReader().read(Data(text.utf8), file: "claim.json")
    }

    @Test func readsARegularPlan() throws {
        let c = try #require(try read(#"{ "agreed_on": "2026-11-20", "channel": "Phone", "disputed": "the finish", "agreed_total": "950.00", "waive": ["interest", "fees"], "instalments": { "count": 3, "first_due": "2026-12-15", "interval": "weekly" } }"#).compromise)
        #expect(c.channel == "phone")
        #expect(c.waiveInterest && c.waiveFees)
        #expect(c.plan == .regular(count: 3, firstDue: CalendarDate(iso: "2026-12-15")!, interval: .weekly))
    }

    @Test func readsAnExplicitPlan() throws {
        let c = try #require(try read(#"{ "agreed_on": "2026-11-20", "instalments": [ { "date": "2026-12-15", "amount": "500.00" }, { "date": "2027-01-15", "amount": 450 } ] }"#).compromise)
        guard case .explicit(let list) = c.plan else { Issue.record("not explicit"); return }
        #expect(list.map(\.amount) == [500, 450])
    }

    @Test(arguments: [
        (#"{ "agreed_on": "2026-11-20" }"#, "compromise.instalments"),
        (#"{ "agreed_on": "2026-11-20", "waive": ["principal"], "instalments": [] }"#, "compromise.waive[0]"),
        (#"{ "agreed_on": "2026-11-20", "instalments": { "count": 0, "first_due": "2026-12-15" } }"#, "compromise.instalments.count"),
        (#"{ "agreed_on": "2026-11-20", "instalments": { "count": 2, "first_due": "2026-12-15", "interval": "daily" } }"#, "compromise.instalments.interval"),
    ])
    func badCompromisesAreNamed(json: String, field: String) {
        do {
            _ = try read(json)
            Issue.record("no error for \(json)")
        } catch let error as InputError {
            #expect(error.field == field, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct LawTermsReaderTests {
    func terms(_ json: String) throws -> Terms {
        let text = ClaimReaderTests.example.replacingOccurrences(
            of: #""terms":    { "interest": { "series": "be-commercial" }, "fixed_compensation": "40.00","#,
            with: #""terms": "# + json + #", "ignored": { "#)
        return try ClaimReader().read(Data(text.utf8), file: "claim.json").terms
    }

    @Test func readsPolicyImputationMonthlyRateAndBasis() throws {
        let t = try terms(#"{ "interest": { "rate": "1", "per": "month", "basis": "30/360" }, "fees": { "policy": "nl-wik" }, "imputation": "principal-first", "closing_days": ["2026-12-24"] }"#)
        #expect(t.interest == InterestTerms(source: .monthlyRate(1), basis: .thirty360))
        #expect(t.feePolicy == .nlWIK)
        #expect(t.imputation == .principalFirst)
        #expect(t.closingDays == [CalendarDate(iso: "2026-12-24")!])
    }

    @Test(arguments: [
        (#"{ "fees": { "policy": "us-fixed" } }"#, "terms.fees.policy"),
        (#"{ "imputation": "oldest-first" }"#, "terms.imputation"),
        (#"{ "interest": { "rate": "8", "basis": "act/364" } }"#, "terms.interest.basis"),
        (#"{ "interest": { "rate": "8", "per": "week" } }"#, "terms.interest.per"),
    ])
    func badTermsAreNamed(json: String, field: String) {
        do {
            _ = try terms(json)
            Issue.record("no error")
        } catch let error as InputError {
            #expect(error.field == field, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
