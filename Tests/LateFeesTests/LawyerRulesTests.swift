import Foundation
import InvoiceModel
@testable import LateFees
import Testing

/// The rules of issue 17: what a Belgian lawyer would sign (rules.md, corrections of 2026-12-01).
@Suite struct LawyerRulesTests {
    func claim(creditor: String = "BE", debtor: String = "BE", kind: DebtorKind, terms: Terms = Terms(),
               history: [HistoryEntry] = [], invoices: [Invoice]? = nil) -> Claim {
        Claim(asOf: nil, creditor: Party(name: "C", address: ["x"], country: creditor),
              debtor: Party(name: "D", address: ["y"], country: debtor, kind: kind),
              invoices: invoices ?? [Invoice(number: "1", issued: nil, due: date("2026-03-31"), amount: dec("1240.00"), currency: "EUR")],
              history: history, terms: terms)
    }
    let reminded = [HistoryEntry(letter: "reminder", date: date("2026-04-02"), by: "post")]

    // MARK: Belgian consumers

    /// Art. XIX.4 CEL: the legal maximum (be-commercial) across a half-year whose commercial rate
    /// is not known is an error naming the day, never a charge at a made-up rate.
    @Test func theConsumerCapAcrossAnUnknownHalfYearIsAnError() throws {
        let terms = Terms(interest: InterestTerms(source: .annualRate(10)))
        let c = claim(kind: .consumer, terms: terms, history: reminded)
        #expect(throws: AssessmentError.rateUnknown(series: "be-commercial", date: date("2027-01-01"),
                                                    knownFrom: date("2013-01-01"), knownUntil: date("2026-12-31"))) {
            _ = try Assessor().assess(c, asOf: date("2027-01-11"))
        }
        // With the value added (--rates), 10 % is within 10.50 % and is claimed, warned as provisional if marked so.
        let rates = RateTable.bundled.merging(["be-commercial": [RatePeriod(from: date("2027-01-01"), to: date("2027-06-30"),
                                                                            percent: dec("10.5"), provisional: true)]])
        let a = try Assessor(rates: rates).assess(c, asOf: date("2027-01-11"))
        #expect(a.periods.allSatisfy { $0.rate == dec("10") })
        #expect(a.interest > 0)
    }

    /// A clause that was within the cap when the first reminder went out but is above it in a later
    /// half-year is void for the letter that would charge it.
    @Test func aClauseAboveTheCommercialRateOfAnyChargedHalfYearIsVoid() throws {
        let terms = Terms(interest: InterestTerms(source: .annualRate(dec("11"))))   // 2025 H1: 11.5 (ok); 2025 H2: 10.5 (above)
        let c = claim(kind: .consumer, terms: terms, history: [HistoryEntry(letter: "reminder", date: date("2025-01-06"))],
                      invoices: [Invoice(number: "1", issued: nil, due: date("2024-12-31"), amount: dec("500.00"), currency: "EUR")])
        let early = try Assessor().assess(c, asOf: date("2025-05-30"))
        #expect(early.interest > 0)
        let late = try Assessor().assess(c, asOf: date("2025-08-29"))
        #expect(late.interest == 0 && late.interestTerms == nil)
        #expect(late.warnings.contains { $0.contains("void") })
    }

    @Test(arguments: [
        // (unpaid due dates this year before the reminded one, fee, postage, by e-mail, charged)
        (0, "7.50", "0", false, "0"),      // regular supply, but among the first three: free
        (3, "7.50", "0", false, "7.50"),   // the fourth unpaid due date: at most 7.50
        (3, "9.00", "1.50", false, "9.00"),// plus postage
        (3, "9.00", "1.50", true, "0"),    // no postage by e-mail: 9.00 > 7.50, void
        (3, "10.00", "1.50", false, "0"),  // above 7.50 + postage: not charged at all
    ])
    func theRegularSupplyReminderFee(earlier: Int, fee: String, postage: String, byEmail: Bool, charged: String) throws {
        var terms = Terms(reminderFee: dec(fee))
        terms.regularSupply = true
        terms.reminderPostage = dec(postage)
        let paidLate = (0..<earlier).map { i in
            Invoice(number: "P\(i)", issued: nil, due: date("2026-0\(i + 1)-15"), amount: dec("30.00"), currency: "EUR",
                    payments: [Payment(date: date("2026-0\(i + 1)-28"), amount: dec("30.00"))])
        }
        let open = Invoice(number: "O", issued: nil, due: date("2026-05-15"), amount: dec("30.00"), currency: "EUR")
        let c = claim(kind: .consumer, terms: terms, invoices: paidLate + [open])
        let a = try Assessor().assess(c, asOf: date("2026-06-01"))
        let figures = LetterCharges.reminder(claim: c, assessment: a, first: true, byEmail: byEmail)
        #expect(figures.fee == dec(charged))
        if dec(charged) == 0 { #expect(!figures.warnings.isEmpty) }
    }

    @Test func noReminderFeeForABelgianConsumerWithoutRegularSupply() throws {
        let c = claim(kind: .consumer, terms: Terms(reminderFee: dec("5.00")), history: reminded)
        let a = try Assessor().assess(c, asOf: date("2026-06-01"))
        for first in [true, false] {
            let figures = LetterCharges.reminder(claim: c, assessment: a, first: first, byEmail: false)
            #expect(figures.fee == 0)
            #expect(figures.warnings.contains { $0.contains("art. XIX.2 CEL") })
        }
    }

    // MARK: Business debtors

    /// CJEU C-287/17: reminder costs count against the EUR 40 of the same invoices, never above it.
    @Test func theFixedCompensationAbsorbsReminderFees() throws {
        let one = claim(kind: .business, terms: Terms(reminderFee: dec("10.00")))
        let a = try Assessor().assess(one, asOf: date("2026-05-15"))
        let figures = LetterCharges.reminder(claim: one, assessment: a, first: false, byEmail: false)
        #expect(figures.fee == dec("10.00"))
        #expect(figures.feeWithinCompensation)
        #expect(figures.compensationPerInvoice == dec("40"))
        // A fee above the compensation is cut to it.
        let big = claim(kind: .business, terms: Terms(reminderFee: dec("55.00")))
        let b = LetterCharges.reminder(claim: big, assessment: try Assessor().assess(big, asOf: date("2026-05-15")), first: false, byEmail: false)
        #expect(b.fee == dec("40.00"))
        #expect(b.warnings.contains { $0.contains("C-287/17") })
        // The notice claims the 40 once per invoice, reminder fees not added on top.
        #expect(a.feeLines.map(\.amount) == [dec("40.00")])
    }

    // MARK: Deadlines

    /// The N business days of a registered notice run from its presumed receipt, the third working
    /// day after posting; no deadline falls on a weekend or holiday.
    @Test func theRegisteredMailDeadlineRunsFromPresumedReceipt() throws {
        var terms = Terms()
        terms.deadlineBusinessDays = 5
        let c = claim(kind: .business, terms: terms)
        // Posted Thu 24 Dec 2026: Fri 25 (Christmas) and the weekend skipped: Mon 28, Tue 29, Wed 30 -> received Wed 30.
        let a = try Assessor().assess(c, asOf: date("2026-12-24"))
        #expect(a.presumedReceipt == date("2026-12-30"))
        // Thu 31, (Fri 1 Jan holiday), Mon 4, Tue 5, Wed 6, Thu 7.
        #expect(a.deadline == date("2027-01-07"))
        let email = try Assessor().assess(c, asOf: date("2026-12-24"), byEmail: true)
        #expect(email.presumedReceipt == date("2026-12-25"))
        // A reminder's 7 days ending on Sunday 3 January move to Monday 4 January.
        let r = LetterCharges.reminder(claim: c, assessment: try Assessor().assess(c, asOf: date("2026-12-27")), first: true, byEmail: false)
        #expect(r.deadline == date("2027-01-04"))
    }

    // MARK: Germany and the Netherlands

    /// §286 BGB: a German creditor's consumer is in default after a reminder; interest from its receipt.
    @Test func aGermanConsumerOwesInterestFromDefault() throws {
        let none = try Assessor().assess(claim(creditor: "DE", debtor: "DE", kind: .consumer), asOf: date("2026-06-01"))
        #expect(none.interest == 0)
        #expect(none.warnings.contains { $0.contains("§286") })
        let c = claim(creditor: "DE", debtor: "DE", kind: .consumer,
                      history: [HistoryEntry(letter: "reminder", date: date("2026-04-15"))])
        let a = try Assessor().assess(c, asOf: date("2026-06-01"))
        // Posted Wed 15 April, received Mon 20 April (3 working days); the reminder's 7 days end on
        // Wed 22 April, so default begins after that: interest from Thu 23 April.
        #expect(a.periods.first?.from == date("2026-04-23"))
        #expect(a.periods.first?.rate == dec("6.27"))
        // A business debtor: default on the calendar due date (§286(2) no. 1).
        let b = try Assessor().assess(claim(creditor: "DE", debtor: "DE", kind: .business), asOf: date("2026-06-01"))
        #expect(b.periods.first?.from == date("2026-04-01"))
    }

    /// Art. 6:96(6) BW: the first reminder to a Dutch consumer in default is the 14-day letter with
    /// the WIK amount; once it was sent, later reminders do not restart it.
    @Test func theDutchFourteenDayLetterStatesTheCosts() throws {
        let c = claim(creditor: "NL", debtor: "NL", kind: .consumer, terms: Terms(reminderFee: dec("5.00")))
        let a = try Assessor().assess(c, asOf: date("2026-05-01"))
        let figures = LetterCharges.reminder(claim: c, assessment: a, first: true, byEmail: false)
        #expect(figures.dutchFourteenDay?.collectionCosts == dec("186.00"))   // 15 % of 1,240
        #expect(figures.fee == 0)
        let later = claim(creditor: "NL", debtor: "NL", kind: .consumer, history: [HistoryEntry(letter: "reminder", date: date("2026-04-10"))])
        let l = LetterCharges.reminder(claim: later, assessment: try Assessor().assess(later, asOf: date("2026-05-01")), first: false, byEmail: false)
        #expect(l.dutchFourteenDay == nil)
    }
}

@Suite struct ProvisionalRateWarningTests {
    /// The warning names every provisional half-year the figures used, not only the first.
    @Test func theWarningNamesEveryProvisionalHalfYear() throws {
        let c = Claim(asOf: nil, creditor: Party(name: "C", address: ["x"], country: "NL"),
                      debtor: Party(name: "D", address: ["y"], country: "NL", kind: .consumer),
                      invoices: [Invoice(number: "1", issued: nil, due: date("2025-10-31"), amount: dec("1000.00"), currency: "EUR")],
                      history: [HistoryEntry(letter: "reminder", date: date("2025-11-10"))], terms: Terms())
        let a = try Assessor().assess(c, asOf: date("2026-11-30"))
        let warning = try #require(a.warnings.first { $0.contains("provisional") })
        #expect(warning.contains("2026 H1") && warning.contains("2026 H2"))
        #expect(!warning.contains("2025 H2"))
    }

    /// Every shipped series is known through 2026-12-31, except the French legal rate (no 2026 S2 value published).
    @Test func everyShippedSeriesIsKnownThroughTheEndOf2026() {
        for name in RateTable.bundled.names {
            let until = RateTable.bundled.named(name)?.knownUntil
            if name.hasPrefix("fr-legal") {
                #expect(until == date("2026-06-30"), "\(name)")
            } else {
                #expect(until == date("2026-12-31"), "\(name)")
            }
        }
    }

    @Test(arguments: [("be-commercial", "10.50"), ("nl-commercial", "10.40"), ("nl-statutory", "4.00"), ("de-b2b", "10.52"),
                      ("de-consumer", "6.52"), ("fr-b2b", "12.40"), ("uk-late-payment", "11.75"), ("be-legal", "4.50")])
    func theSecondHalfOf2026HasTheResearchedValue(series: String, percent: String) throws {
        let period = try #require(RateTable.bundled.named(series)?.period(on: date("2026-09-01")))
        #expect(period.percent == dec(percent))
        #expect(period.provisional == (series != "be-legal"))
    }
}

@Suite struct GermanReminderFeeTests {
    /// §286 BGB: the reminder that causes default cannot be charged; a later one can.
    @Test func theFirstReminderOfAGermanCreditorIsFree() throws {
        let c = Claim(asOf: nil, creditor: Party(name: "C", address: ["x"], country: "DE"),
                      debtor: Party(name: "D", address: ["y"], country: "DE", kind: .business),
                      invoices: [Invoice(number: "1", issued: nil, due: date("2026-03-31"), amount: dec("300.00"), currency: "EUR")],
                      history: [], terms: Terms(reminderFee: dec("5.00")))
        let a = try Assessor().assess(c, asOf: date("2026-05-04"))
        let first = LetterCharges.reminder(claim: c, assessment: a, first: true, byEmail: false)
        #expect(first.fee == 0)
        #expect(first.warnings.contains { $0.contains("§286") })
        #expect(LetterCharges.reminder(claim: c, assessment: a, first: false, byEmail: false).fee == dec("5.00"))
    }
}

@Suite struct ConsumerNoticePeriodTests {
    /// A consumer's notice gives at least 14 days from its presumed receipt, stated in business days.
    @Test func aConsumersNoticeGivesAtLeastFourteenDays() throws {
        let c = Claim(asOf: nil, creditor: Party(name: "C", address: ["x"], country: "BE"),
                      debtor: Party(name: "D", address: ["y"], country: "BE", kind: .consumer),
                      invoices: [Invoice(number: "1", issued: nil, due: date("2026-10-31"), amount: dec("300.00"), currency: "EUR")],
                      history: [HistoryEntry(letter: "reminder", date: date("2026-11-03"))], terms: Terms())
        let a = try Assessor().assess(c, asOf: date("2026-11-29"))
        #expect(a.presumedReceipt == date("2026-12-02"))
        #expect(a.deadline == date("2026-12-16"))
        #expect(a.deadlineBusinessDays == 10)
    }

    /// A Dutch postcode's letters are not part of the town in the date line.
    @Test func theTownOfADutchAddress() {
        #expect(Party(name: "x", address: ["Oudegracht 10", "3511 AP Utrecht"], country: "NL").town == "Utrecht")
        #expect(Party(name: "x", address: ["Kerkstraat 12", "9000 Gent"], country: "BE").town == "Gent")
        #expect(Party(name: "x", address: ["1 High St", "London SW1A 1AA"], country: "GB").town == "London SW1A 1AA")
    }
}
