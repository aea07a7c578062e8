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

    /// The fee lines of a one-invoice claim, with no interest.
    func fees(balance: String, terms: Terms) throws -> [Decimal] {
        let invoice = Invoice(number: "1", issued: nil, due: date("2026-01-01"), amount: dec(balance), currency: "EUR")
        var t = terms
        t.interest = InterestTerms(source: .annualRate(0))
        return try Assessor().assess(claim(terms: t, invoices: [invoice]), asOf: date("2026-03-02")).feeLines.map(\.amount)
    }

    /// P15 (xando.pro, recomputed): 10% damages with a 75 minimum on a balance of 1,000 is 100.
    @Test func penaltyClauseTakesThePercentageAboveTheMinimum() throws {
        #expect(try fees(balance: "1000.00", terms: Terms(fixedCompensation: 0, penalty: PenaltyClause(percent: 10, minimum: 75))) == [dec("100.00")])
    }

    @Test(arguments: [("300.00", "50.00"), ("1010.00", "101.00"), ("30000.00", "2000.00"), ("1234.56", "123.46")])
    func penaltyClauseStaysWithinItsFloorAndCeiling(balance: String, expected: String) throws {
        #expect(try fees(balance: balance, terms: Terms(fixedCompensation: 0, penalty: PenaltyClause(percent: 10, minimum: 50, maximum: 2000))) == [dec(expected)])
    }

    @Test func fixedCompensationIsPerInvoiceAndOnlyForBusinessDebtors() throws {
        let invoices = ["A", "B"].map { Invoice(number: $0, issued: nil, due: date("2026-03-01"), amount: dec("100.00"), currency: "EUR") }
        let business = try Assessor().assess(claim(terms: Terms(interest: InterestTerms(source: .annualRate(8))), invoices: invoices), asOf: date("2026-04-01"))
        #expect(business.feeLines.map(\.amount) == [dec("40.00"), dec("40.00")])
        let consumer = try Assessor().assess(claim(kind: .consumer, terms: Terms(interest: InterestTerms(source: .annualRate(8))), invoices: invoices), asOf: date("2026-04-01"))
        #expect(consumer.feeLines.isEmpty)
    }

    /// The example claim of the issue, figure by figure. The payment of 200 on 15 September
    /// settles the fixed compensation (40) and the interest so far (15.66) first; 144.34 goes to
    /// the principal, which bears interest on 1,065.66 from 16 September.
    @Test func assessesTheExampleNotice() throws {
        let invoice = Invoice(number: "2026-0142", issued: date("2026-07-02"), due: date("2026-08-01"), amount: dec("1210.00"),
                              currency: "EUR", payments: [Payment(date: date("2026-09-15"), amount: dec("200.00"))])
        let terms = Terms(interest: InterestTerms(source: .series("be-commercial")), fixedCompensation: 40,
                          penalty: PenaltyClause(percent: 10, minimum: 50, maximum: 2000), deadlineBusinessDays: 5)
        let a = try Assessor().assess(claim(terms: terms, invoices: [invoice]), asOf: date("2026-11-29"))
        #expect(a.principal == dec("1210.00"))
        #expect(a.paid == dec("200.00"))
        #expect(a.periods.map(\.base) == [dec("1210.00"), dec("1065.66")])
        #expect(a.interest == dec("38.65"))          // 15.66 + 22.99
        #expect(a.fees == dec("146.57"))             // 40.00 + 10% of 1,065.66
        #expect(a.total == dec("1195.22"))
        #expect(a.deadline == date("2026-12-04"))
        #expect(a.warnings.count == 1)  // 2026 H2 rate is provisional
        let report = AssessmentReport(a)
        #expect(report.total == "1195.22")
        #expect(report.periods.map(\.rate) == ["10.50", "10.50"])

        // Terms that impute payments to the principal first.
        var principalFirst = terms
        principalFirst.imputation = .principalFirst
        let b = try Assessor().assess(claim(terms: principalFirst, invoices: [invoice]), asOf: date("2026-11-29"))
        #expect(b.periods.map(\.base) == [dec("1210.00"), dec("1010.00")])
        #expect(b.interest == dec("37.45"))
        #expect(b.fees == dec("141.00"))
        #expect(b.total == dec("1188.45"))
    }

    @Test func nothingOverdueIsAnError() {
        let invoice = Invoice(number: "1", issued: nil, due: date("2026-12-15"), amount: dec("10.00"), currency: "EUR")
        #expect(throws: AssessmentError.nothingDue(asOf: date("2026-11-29"), firstDue: date("2026-12-15"))) {
            _ = try Assessor().assess(claim(terms: Terms(), invoices: [invoice]), asOf: date("2026-11-29"))
        }
    }

    /// The rates compiled into the binary are exactly the shipped CSVs (sources included), and
    /// every series is contiguous.
    @Test func bundledRatesMatchTheDataFiles() throws {
        let folder = Fixture.repository.appendingPathComponent("Data/rates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        #expect(Set(files.map { String($0.dropLast(4)) }) == Set(RateTable.bundled.names))
        for file in files {
            let csv = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let rows = csv.split(whereSeparator: \.isNewline).dropFirst()
            let series = try #require(RateTable.bundled.named(String(file.dropLast(4))))
            #expect(series.periods.count == rows.count)
            for (row, period) in zip(rows, series.periods) {
                let fields = row.split(separator: ",", maxSplits: 4).map(String.init)
                #expect(date(fields[1]) == period.from)
                #expect(date(fields[2]) == period.to)
                #expect(dec(fields[3]) == period.percent)
                #expect(fields[4] == period.source)
            }
            for (a, b) in zip(series.periods, series.periods.dropFirst()) { #expect(a.to.adding(days: 1) == b.from, "\(file)") }
        }
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
