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

    /// The example claim, figure by figure. The terms have both the EUR 40 and a damages clause;
    /// without `penalty_adds_to_compensation` the letter claims the larger of the two, never both
    /// (CJEU C-287/17). The clause (10 % of what is open) replaces the 40, so the payment of 200
    /// on 15 September settles the interest so far (15.66) first and 184.34 goes to the principal,
    /// which bears interest on 1,025.66 from 16 September.
    @Test func assessesTheExampleNotice() throws {
        let invoice = Invoice(number: "2026-0142", issued: date("2026-07-02"), due: date("2026-08-01"), amount: dec("1210.00"),
                              currency: "EUR", payments: [Payment(date: date("2026-09-15"), amount: dec("200.00"))])
        let terms = Terms(interest: InterestTerms(source: .series("be-commercial")), fixedCompensation: 40,
                          penalty: PenaltyClause(percent: 10, minimum: 50, maximum: 2000), deadlineBusinessDays: 5)
        let a = try Assessor().assess(claim(terms: terms, invoices: [invoice]), asOf: date("2026-11-29"))
        #expect(a.principal == dec("1210.00"))
        #expect(a.paid == dec("200.00"))
        #expect(a.periods.map(\.base) == [dec("1210.00"), dec("1025.66")])
        #expect(a.interest == dec("37.79"))          // 15.66 + 22.13
        #expect(a.fees == dec("102.57"))             // 10% of 1,025.66, instead of the 40.00
        #expect(a.feeLines.map(\.kind) == [.penalty])
        #expect(a.total == dec("1150.36"))
        // Posted Sun 29 Nov: presumed received on the third working day (Wed 2 Dec); 5 business days later.
        #expect(a.presumedReceipt == date("2026-12-02"))
        #expect(a.deadline == date("2026-12-09"))
        #expect(a.warnings.contains { $0.contains("C-287/17") })
        #expect(a.warnings.contains { $0.contains("2026 H2 is provisional") })
        let report = AssessmentReport(a)
        #expect(report.total == "1150.36")
        #expect(report.periods.map(\.rate) == ["10.50", "10.50"])

        // Terms that say explicitly that the clause comes on top of the 40: both, costs imputed first.
        var both = terms
        both.penaltyAddsToCompensation = true
        let c = try Assessor().assess(claim(terms: both, invoices: [invoice]), asOf: date("2026-11-29"))
        #expect(c.periods.map(\.base) == [dec("1210.00"), dec("1065.66")])
        #expect(c.interest == dec("38.65"))
        #expect(c.fees == dec("146.57"))             // 40.00 + 10% of 1,065.66
        #expect(c.total == dec("1195.22"))

        // Terms that impute payments to the principal first.
        var principalFirst = terms
        principalFirst.imputation = .principalFirst
        let b = try Assessor().assess(claim(terms: principalFirst, invoices: [invoice]), asOf: date("2026-11-29"))
        #expect(b.periods.map(\.base) == [dec("1210.00"), dec("1010.00")])
        #expect(b.interest == dec("37.45"))
        #expect(b.fees == dec("101.00"))
        #expect(b.total == dec("1148.45"))
    }

    /// A clause that gives less than the EUR 40 is not claimed on top of it: the 40 is.
    @Test func aSmallDamagesClauseLeavesTheFixedCompensation() throws {
        let invoice = Invoice(number: "7", issued: nil, due: date("2026-09-30"), amount: dec("200.00"), currency: "EUR")
        let terms = Terms(penalty: PenaltyClause(percent: 10))
        let a = try Assessor().assess(claim(terms: terms, invoices: [invoice]), asOf: date("2026-11-02"))
        #expect(a.feeLines.map(\.kind) == [.fixedCompensation])
        #expect(a.fees == dec("40.00"))
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
