import Foundation
import InvoiceModel
import LateFees
import Testing

@Suite struct FeeAndAssessmentTests {
    func claim(kind: DebtorKind = .business, terms: Terms, invoices: [Invoice]) -> Claim {
        Claim(asOf: nil,
              creditor: Party(name: "C", address: ["Kerkstraat 12", "9000 Gent"], country: "BE"),
              debtor: Party(name: "D", address: ["Markt 3", "2000 Antwerpen"], country: "BE", kind: kind),
              invoices: invoices, history: [], terms: terms)
    }

    /// P15 (xando.pro, recomputed): 10% damages with a 75 minimum on a balance of 1,000 is 100.
    @Test func penaltyClauseTakesThePercentageAboveTheMinimum() {
        let invoice = Invoice(number: "1", issued: nil, due: date("2026-01-01"), amount: dec("1000.00"), currency: "EUR")
        let terms = Terms(fixedCompensation: 0, penalty: PenaltyClause(percent: 10, minimum: 75))
        let fees = FeeCalculator().fees(invoice: invoice, openBalance: dec("1000.00"), debtor: claim(terms: terms, invoices: []).debtor, terms: terms)
        #expect(fees.map(\.amount) == [dec("100.00")])
    }

    @Test(arguments: [("300.00", "50.00"), ("1010.00", "101.00"), ("30000.00", "2000.00"), ("1234.56", "123.46")])
    func penaltyClauseStaysWithinItsFloorAndCeiling(balance: String, expected: String) {
        let invoice = Invoice(number: "1", issued: nil, due: date("2026-01-01"), amount: dec(balance), currency: "EUR")
        let terms = Terms(fixedCompensation: 0, penalty: PenaltyClause(percent: 10, minimum: 50, maximum: 2000))
        let fees = FeeCalculator().fees(invoice: invoice, openBalance: dec(balance), debtor: claim(terms: terms, invoices: []).debtor, terms: terms)
        #expect(fees.map(\.amount) == [dec(expected)])
    }

    @Test func fixedCompensationIsPerInvoiceAndOnlyForBusinessDebtors() throws {
        let invoices = ["A", "B"].map { Invoice(number: $0, issued: nil, due: date("2026-03-01"), amount: dec("100.00"), currency: "EUR") }
        let business = try Assessor().assess(claim(terms: Terms(interest: InterestTerms(source: .annualRate(8))), invoices: invoices), asOf: date("2026-04-01"))
        #expect(business.feeLines.map(\.amount) == [dec("40.00"), dec("40.00")])
        let consumer = try Assessor().assess(claim(kind: .consumer, terms: Terms(interest: InterestTerms(source: .annualRate(8))), invoices: invoices), asOf: date("2026-04-01"))
        #expect(consumer.feeLines.isEmpty)
    }

    /// The example claim of the issue, figure by figure.
    @Test func assessesTheExampleNotice() throws {
        let invoice = Invoice(number: "2026-0142", issued: date("2026-07-02"), due: date("2026-08-01"), amount: dec("1210.00"),
                              currency: "EUR", payments: [Payment(date: date("2026-09-15"), amount: dec("200.00"))])
        let terms = Terms(interest: InterestTerms(source: .series("be-commercial")), fixedCompensation: 40,
                          penalty: PenaltyClause(percent: 10, minimum: 50, maximum: 2000), deadlineBusinessDays: 5)
        let a = try Assessor().assess(claim(terms: terms, invoices: [invoice]), asOf: date("2026-11-29"))
        #expect(a.principal == dec("1210.00"))
        #expect(a.paid == dec("200.00"))
        #expect(a.interest == dec("37.45"))
        #expect(a.fees == dec("141.00"))
        #expect(a.total == dec("1188.45"))
        #expect(a.deadline == date("2026-12-04"))
        #expect(a.warnings.count == 1)  // 2026 H2 rate is provisional
        let report = AssessmentReport(a)
        #expect(report.total == "1188.45")
        #expect(report.periods.map(\.rate) == ["10.50", "10.50"])
    }

    @Test func nothingOverdueIsAnError() {
        let invoice = Invoice(number: "1", issued: nil, due: date("2026-12-15"), amount: dec("10.00"), currency: "EUR")
        #expect(throws: AssessmentError.nothingDue(asOf: date("2026-11-29"), firstDue: date("2026-12-15"))) {
            _ = try Assessor().assess(claim(terms: Terms(), invoices: [invoice]), asOf: date("2026-11-29"))
        }
    }

    /// The rates compiled into the binary are exactly the shipped CSV (sources included).
    @Test func bundledRatesMatchTheDataFile() throws {
        let csv = try String(contentsOf: Fixture.repository.appendingPathComponent("Data/rates/rates_be_commercial.csv"), encoding: .utf8)
        let rows = csv.split(whereSeparator: \.isNewline).dropFirst()
        let series = try #require(RateTable.bundled.named("be-commercial"))
        #expect(series.periods.count == rows.count)
        for (row, period) in zip(rows, series.periods) {
            let fields = row.split(separator: ",", maxSplits: 5).map(String.init)
            #expect(date(fields[2]) == period.from)
            #expect(date(fields[3]) == period.to)
            #expect(dec(fields[4]) == period.percent)
        }
        // Contiguous: no gap and no overlap between semesters.
        for (a, b) in zip(series.periods, series.periods.dropFirst()) { #expect(a.to.adding(days: 1) == b.from) }
    }
}

@Suite struct NotYetDueTests {
    @Test func invoicesNotYetDueAreLeftOutWithAWarning() throws {
        let overdue = Invoice(number: "A", issued: nil, due: date("2026-10-01"), amount: dec("100.00"), currency: "EUR")
        let later = Invoice(number: "B", issued: nil, due: date("2026-12-31"), amount: dec("500.00"), currency: "EUR")
        let claim = Claim(asOf: nil, creditor: Party(name: "C", address: ["x"], country: "BE"),
                          debtor: Party(name: "D", address: ["y"], country: "BE"), invoices: [overdue, later], history: [],
                          terms: Terms(interest: InterestTerms(source: .annualRate(10))))
        let a = try Assessor().assess(claim, asOf: date("2026-11-29"))
        #expect(a.invoices.map(\.number) == ["A"])
        #expect(a.principal == dec("100.00"))
        #expect(a.warnings.contains { $0.contains("invoice B (due 2026-12-31)") })
    }
}
