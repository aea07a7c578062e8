import Foundation
import InvoiceModel
import LateFees
import Testing

/// One golden breakdown per jurisdiction: the periods a court would see.
@Suite struct JurisdictionBreakdownTests {
    static let cases: [(name: String, series: String, due: String, until: String, payments: [(String, String)])] = [
        // BE: splits at every semester (12.5 -> 11.5 -> 10.5), a payment in between.
        ("be", "be-commercial", "2024-11-15", "2025-09-30", [("2025-03-31", "2500.00")]),
        // NL: handelsrente compounds after each full year of default.
        ("nl", "nl-commercial", "2023-09-30", "2026-06-30", []),
        // DE: base rate + 9, split at 1 January / 1 July.
        ("de", "de-b2b", "2025-05-15", "2026-03-31", []),
        // FR: ECB + 10.
        ("fr", "fr-b2b", "2024-12-01", "2025-08-31", [("2025-02-28", "1000.00")]),
        // UK: one rate for the life of the debt, fixed when interest starts (2024 H2: 13.25).
        ("uk", "uk-late-payment", "2024-12-20", "2026-02-15", []),
    ]

    static func breakdown(_ c: (name: String, series: String, due: String, until: String, payments: [(String, String)])) throws -> String {
        let statement = try InterestEngine().statement(
            DebtAccount(invoice: "X", principal: dec("10000.00"), due: date(c.due),
                        payments: c.payments.map { Payment(date: date($0.0), amount: dec($0.1)) }),
            until: date(c.until), terms: InterestTerms(source: .series(c.series)))
        var lines = ["\(c.series): 10000.00 due \(c.due), interest through \(c.until)"]
        for p in statement.periods {
            lines.append("\(p.from) \(p.to) \(p.days) days \(Money.plain(p.rate))% on \(Money.plain(p.base)) = \(Money.plain(p.interest))")
        }
        lines.append("interest \(Money.plain(statement.interestAccrued)); principal open \(Money.plain(statement.principalOpen)); interest open \(Money.plain(statement.interestOpen))")
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: cases.map(\.name))
    func breakdownMatchesGolden(name: String) throws {
        let c = try #require(Self.cases.first { $0.name == name })
        let text = try Self.breakdown(c)
        let url = Fixture.folder.deletingLastPathComponent().appendingPathComponent("Golden/breakdown-\(name).txt")
        if ProcessInfo.processInfo.environment["OVERDUE_RECORD"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.lastPathComponent)")
            return
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func dutchInterestCompoundsAfterEachFullYear() throws {
        let s = try InterestEngine().statement(DebtAccount(invoice: "X", principal: 10000, due: date("2023-09-30")),
                                               until: date("2026-06-30"), terms: InterestTerms(source: .series("nl-commercial")))
        // On 1 October 2024 and 2025 the year's interest joins the base.
        let bases = s.periods.map(\.base)
        #expect(bases.first == 10000)
        let afterFirstYear = try #require(s.periods.first { $0.from == date("2024-10-01") })
        let firstYear = s.periods.filter { $0.from < date("2024-10-01") }.reduce(Decimal(0)) { $0 + $1.interest }
        #expect(afterFirstYear.base == 10000 + firstYear)
        #expect(s.periods.contains { $0.from == date("2025-10-01") })
    }

    @Test func theUKRateIsFixedWhenInterestStarts() throws {
        let s = try InterestEngine().statement(DebtAccount(invoice: "X", principal: 10000, due: date("2024-12-20")),
                                               until: date("2026-02-15"), terms: InterestTerms(source: .series("uk-late-payment")))
        #expect(s.periods.count == 1)
        #expect(s.periods[0].rate == dec("13.25"))
        // Interest starting in 2026 H2 uses the (provisional) rate of 30 June 2026, fixed for the life of the debt.
        let h2 = try InterestEngine().statement(DebtAccount(invoice: "X", principal: 10000, due: date("2026-07-01")),
                                                until: date("2026-12-31"), terms: InterestTerms(source: .series("uk-late-payment")))
        #expect(h2.periods.map(\.rate) == [dec("11.75")])
        #expect(h2.periods.allSatisfy { $0.provisionalRate })
        // Interest starting in 2027 H1 needs the rate of 31 December 2026, which is not known: an error naming the date.
        #expect(throws: AssessmentError.rateUnknown(series: "uk-late-payment", date: date("2027-01-02"),
                                                    knownFrom: date("2013-01-01"), knownUntil: date("2026-12-31"))) {
            _ = try InterestEngine().statement(DebtAccount(invoice: "X", principal: 10000, due: date("2027-01-01")),
                                               until: date("2027-02-01"), terms: InterestTerms(source: .series("uk-late-payment")))
        }
    }

    @Test func daysPastTheLastKnownRateAreAnErrorNamingTheMissingValue() {
        do {
            _ = try InterestEngine().statement(DebtAccount(invoice: "X", principal: 100, due: date("2026-11-30")),
                                               until: date("2027-02-28"), terms: InterestTerms(source: .series("de-b2b")))
            Issue.record("no error")
        } catch let error as AssessmentError {
            #expect(error == .rateUnknown(series: "de-b2b", date: date("2027-01-01"), knownFrom: date("2013-01-01"), knownUntil: date("2026-12-31")))
            #expect(error.description == "no de-b2b rate is known for 2027-01-01 (the series covers 2013-01-01 to 2026-12-31)")
            #expect(error.hint.contains("--rates"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aRatesFileExtendsASeries() throws {
        let extended = RateTable.bundled.merging(["de-b2b": [RatePeriod(from: date("2026-07-01"), to: date("2026-12-31"), percent: dec("10.27"))]])
        let s = try InterestEngine(rates: extended).statement(DebtAccount(invoice: "X", principal: 1000, due: date("2026-05-31")),
                                                              until: date("2026-08-31"), terms: InterestTerms(source: .series("de-b2b")))
        #expect(s.periods.map(\.rate) == [dec("10.27"), dec("10.27")])
        #expect(extended.named("de-b2b")?.knownUntil == date("2026-12-31"))
    }

    @Test(arguments: DayCountBasis.allCases)
    func everyBasisIsZeroForZeroDaysAndGrowsWithTime(basis: DayCountBasis) throws {
        var previous: Decimal = -1
        for days in [0, 1, 29, 30, 31, 59, 366, 800] {
            let due = date("2024-01-31")
            let s = try InterestEngine().statement(DebtAccount(invoice: "X", principal: dec("5000.00"), due: due),
                                                   until: due.adding(days: days), terms: InterestTerms(source: .annualRate(9), basis: basis))
            if days == 0 { #expect(s.interestAccrued == 0) }
            #expect(s.interestAccrued >= previous)
            previous = s.interestAccrued
        }
    }
}

@Suite struct GuardrailTests {
    func claim(creditor: String = "BE", debtor: String = "BE", kind: DebtorKind, terms: Terms = Terms(),
               history: [HistoryEntry] = [], amount: String = "1240.00", due: String = "2026-03-31") -> Claim {
        Claim(asOf: nil, creditor: Party(name: "C", address: ["x"], country: creditor),
              debtor: Party(name: "D", address: ["y"], country: debtor, kind: kind),
              invoices: [Invoice(number: "1", issued: nil, due: date(due), amount: dec(amount), currency: "EUR")],
              history: history, terms: terms)
    }

    @Test func belgianConsumersOweNothingExtraBeforeTheFirstReminderPeriodEnds() throws {
        let terms = Terms(interest: InterestTerms(source: .annualRate(12)), penalty: PenaltyClause(percent: 15, minimum: 75))
        let none = try Assessor().assess(claim(kind: .consumer, terms: terms), asOf: date("2026-06-15"))
        #expect(none.interest == 0 && none.fees == 0)
        #expect(none.feesAllowedFrom == .some(nil))
        #expect(none.warnings.contains { $0.contains("art. XIX.2 CEL") })

        // First reminder posted Thu 2 April 2026: working days Fri 3, Tue 7 (Easter Monday 6), Wed 8 -> 14 days to 21 April.
        let reminded = claim(kind: .consumer, terms: terms, history: [HistoryEntry(letter: "reminder", date: date("2026-04-02"), by: "post")])
        let a = try Assessor().assess(reminded, asOf: date("2026-06-15"))
        #expect(a.feesAllowedFrom == .some(date("2026-04-22")))
        // 12 % is above the commercial rate (10.5 in 2026): the clause is void, not reduced, so no
        // interest at all. Damages: 15% of 1,240 = 186 exceeds 65 + 5% of 740 = 102: void too.
        #expect(a.periods.isEmpty && a.interest == 0)
        #expect(a.interestTerms == nil)
        #expect(a.feeLines.isEmpty && a.fees == 0)
        #expect(a.warnings.filter { $0.contains("void") && $0.contains("art. XIX.4 CEL") }.count == 2)
        let report = AssessmentReport(a)
        #expect(report.fees_allowed_from == AssessmentReport.NullableDate("2026-04-22"))

        // Clauses written as the legal maximum stay claimable: interest at the commercial rate from
        // the end of the waiting period (22 April), and the be-consumer lump sum.
        var lawful = Terms(interest: InterestTerms(source: .series("be-commercial")))
        lawful.feePolicy = .beConsumer
        let ok = try Assessor().assess(claim(kind: .consumer, terms: lawful, history: reminded.history), asOf: date("2026-06-15"))
        #expect(ok.periods.first?.from == date("2026-04-22"))
        #expect(ok.periods.allSatisfy { $0.rate == dec("10.5") })
        #expect(ok.feeLines.map(\.amount) == [dec("102.00")])
    }

    @Test func theFirstReminderStatesTheRateOfTheRatesTheAssessmentUsed() throws {
        // A rates file that adds a series and corrects be-commercial for 2026 H2.
        let rates = RateTable.bundled.merging([
            "my-rate": [RatePeriod(from: date("2026-01-01"), to: date("2026-12-31"), percent: dec("6.25"))],
            "be-commercial": [RatePeriod(from: date("2026-07-01"), to: date("2026-12-31"), percent: dec("9.75"))],
        ])
        let own = claim(kind: .consumer, terms: Terms(interest: InterestTerms(source: .series("my-rate"))))
        let a = try Assessor(rates: rates).assess(own, asOf: date("2026-11-02"))
        #expect(a.annualRate == dec("6.25"))
        let figures = LetterCharges.reminder(claim: own, assessment: a, first: true, byEmail: false)
        #expect(figures.consumer?.interestRateIfUnpaid == dec("6.25"))

        // 10 % is above the corrected commercial rate (9.75 %), though below the bundled 10.50 %:
        // the clause is void, so the first reminder announces no interest.
        let high = claim(kind: .consumer, terms: Terms(interest: InterestTerms(source: .annualRate(10))))
        let void = try Assessor(rates: rates).assess(high, asOf: date("2026-11-02"))
        #expect(LetterCharges.reminder(claim: high, assessment: void, first: true, byEmail: false)
            .consumer?.interestRateIfUnpaid == nil)
        #expect(void.warnings.contains { $0.contains("void") && $0.contains("art. XIX.4 CEL") })
        // The legal maximum (be-commercial) is announced at the corrected rate.
        let maximum = claim(kind: .consumer, terms: Terms(interest: InterestTerms(source: .series("be-commercial"))))
        let m = try Assessor(rates: rates).assess(maximum, asOf: date("2026-11-02"))
        #expect(LetterCharges.reminder(claim: maximum, assessment: m, first: true, byEmail: false)
            .consumer?.interestRateIfUnpaid == dec("9.75"))
    }

    @Test func dutchConsumersOweWIKOnlyFourteenDaysAfterTheLetter() throws {
        let c = claim(creditor: "NL", debtor: "NL", kind: .consumer,
                      history: [HistoryEntry(letter: "reminder", date: date("2026-04-10"), by: "post")])
        // Posted Fri 10 April: delivered Tue 14 (Sunday and Monday not counted); 14 days from 15 April.
        let early = try Assessor().assess(c, asOf: date("2026-04-25"))
        #expect(early.feesAllowedFrom == .some(date("2026-04-29")))
        #expect(early.fees == 0)
        let later = try Assessor().assess(c, asOf: date("2026-05-10"))
        #expect(later.feeLines.map(\.kind) == [.collectionCosts])
        #expect(later.fees == dec("186.00"))
        #expect(later.interestTerms?.source == .series("nl-statutory"))
        let byEmail = claim(creditor: "NL", debtor: "NL", kind: .consumer,
                            history: [HistoryEntry(letter: "reminder", date: date("2026-04-10"), by: "email")])
        #expect(try Assessor().assess(byEmail, asOf: date("2026-05-10")).feesAllowedFrom == .some(date("2026-04-25")))
    }

    @Test func germanConsumersGetTheConsumerRate() throws {
        let a = try Assessor().assess(claim(creditor: "DE", debtor: "DE", kind: .consumer,
                                            terms: Terms(interest: InterestTerms(source: .series("de-b2b")), fixedCompensation: 40)),
                                      asOf: date("2026-05-31"))
        #expect(a.interestTerms?.source == .series("de-consumer"))
        #expect(a.periods.allSatisfy { $0.rate == dec("6.27") })
        #expect(a.feeLines.isEmpty)
        #expect(a.warnings.contains { $0.contains("§288(1) BGB") })
        #expect(a.warnings.contains { $0.contains("business debtors only") })
    }

    @Test func defaultsFollowTheCreditorsCountryAndTheDebtorsKind() throws {
        let uk = try Assessor().assess(claim(creditor: "GB", debtor: "GB", kind: .business, amount: "12000.00", due: "2025-01-31"), asOf: date("2025-05-01"))
        #expect(uk.interestTerms?.source == .series("uk-late-payment"))
        #expect(uk.feeLines.map(\.amount) == [dec("100.00")])
        let fr = try Assessor().assess(claim(creditor: "FR", debtor: "BE", kind: .business), asOf: date("2026-05-31"))
        #expect(fr.interestTerms?.source == .series("fr-b2b"))
        #expect(fr.feeLines.map(\.amount) == [dec("40.00")])
        let ukConsumer = try Assessor().assess(claim(creditor: "GB", debtor: "GB", kind: .consumer, due: "2025-01-31"), asOf: date("2025-05-01"))
        #expect(ukConsumer.interest == 0 && ukConsumer.fees == 0)
    }

    @Test func paymentsSettleCostsThenInterestThenPrincipal() throws {
        var c = claim(kind: .business, terms: Terms(interest: InterestTerms(source: .annualRate(10))), amount: "1000.00", due: "2026-01-31")
        c.invoices[0].payments = [Payment(date: date("2026-03-02"), amount: dec("100.00"))]
        let a = try Assessor().assess(c, asOf: date("2026-04-01"))
        // 30 days on 1,000 at 10% = 8.22; the 100 pays 40 of costs, 8.22 of interest, 51.78 of principal.
        let s = a.lines[0].statement
        #expect(s.paidToCosts == dec("40.00"))
        #expect(s.paidToInterest == dec("8.22"))
        #expect(s.paidToPrincipal == dec("51.78"))
        #expect(a.periods.map(\.base) == [dec("1000.00"), dec("948.22")])
        #expect(a.total == a.openPrincipal + s.interestOpen + s.costsOpen)
    }
}
