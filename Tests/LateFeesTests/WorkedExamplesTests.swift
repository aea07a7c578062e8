import Foundation
import InvoiceModel
import LateFees
import Testing

/// Every row of shared/legal/examples.csv (copied to Fixtures/ with its sources), checked
/// against Overdue's own calculation.
@Suite struct WorkedExamplesTests {
    static let rows: [[String: String]] = (try? Fixture.csv("examples.csv")) ?? []
    let engine = InterestEngine()

    func interest(_ principal: String, due: String, days: Int, source: InterestSource, basis: DayCountBasis = .act365,
                  payments: [Payment] = []) throws -> DebtStatement {
        let dueDate = date(due)
        return try engine.statement(DebtAccount(invoice: "X", principal: dec(principal), due: dueDate, payments: payments),
                                    until: dueDate.adding(days: days), terms: InterestTerms(source: source, basis: basis))
    }

    @Test func theFixtureHasEveryExample() {
        #expect(Self.rows.count == 27)
    }

    @Test(arguments: rows.map { $0["id"]! })
    func example(id: String) throws {
        let row = try #require(Self.rows.first { $0["id"] == id })
        switch id {
        case "P01":
            // FR B2B penalties, ECB + 10 in H1 2025 (13.15 %), 10 days: through the fr-b2b series.
            let s = try interest(row["principal"]!, due: "2025-03-01", days: 10, source: .series("fr-b2b"))
            #expect(s.periods.map(\.rate) == [dec("13.15")])
            #expect(s.interestAccrued == dec("144.11"))
        case "P02", "P03-2500", "P03-5000", "P03-200000", "P03-min":
            #expect(StatutoryFees.fee(.nlWIK, principal: dec(row["principal"]!)) == dec(row["recomputed"]!))
        case "P04":
            // UK, base 5.25 + 8 = 13.25 % (the uk-late-payment value for debts starting in 2024 H1), 45 days.
            let s = try interest("2000.00", due: "2024-01-10", days: 45, source: .series("uk-late-payment"))
            #expect(s.periods.map(\.rate) == [dec("13.25")])
            #expect(s.interestAccrued == dec("32.67"))
        case "P07":
            #expect(try interest("2500.00", due: "2025-01-01", days: 30, source: .annualRate(dec("12.5"))).interestAccrued == dec("25.68"))
        case "P09":
            let s = try interest("12000.00", due: "2025-01-01", days: 90, source: .annualRate(13))
            #expect(s.interestAccrued == dec("384.66"))
            #expect(StatutoryFees.fee(.ukFixed, principal: 12000) == 100)
            #expect(dec("12000.00") + s.interestAccrued + 100 == dec("12484.66"))
        case "P11":
            #expect(try interest("1000.00", due: "2025-01-01", days: 365, source: .annualRate(dec("8.5"))).interestAccrued == dec("85.00"))
            #expect(try interest("1000.00", due: "2025-01-01", days: 1, source: .annualRate(dec("8.5"))).interestAccrued == dec("0.23"))
        case "P12":
            let s = try engine.statement(DebtAccount(invoice: "X", principal: 1000, due: date("2026-04-01")), until: date("2026-05-16"),
                                         terms: InterestTerms(source: .annualRate(10)))
            #expect(s.periods.first?.from == date("2026-04-02"))
            #expect(s.periods.reduce(0) { $0 + $1.days } == 45)
        case "P14":
            // The page counts 1.1.2016 to 30.7.2016 as 210 days 30/360 (start day counted): due 31.12.2015.
            // The research note's act/365 and act/366 figures count 211 days: due 1.1.2016.
            let s = try engine.statement(DebtAccount(invoice: "X", principal: 10000, due: date("2015-12-31")), until: date("2016-07-30"),
                                         terms: InterestTerms(source: .annualRate(6), basis: .thirty360))
            #expect(s.interestAccrued == dec("350.00"))
            let act365 = try engine.statement(DebtAccount(invoice: "X", principal: 10000, due: date("2016-01-01")), until: date("2016-07-30"),
                                              terms: InterestTerms(source: .annualRate(6)))
            #expect(act365.interestAccrued == dec("346.85"))
            let actAct = try engine.statement(DebtAccount(invoice: "X", principal: 10000, due: date("2016-01-01")), until: date("2016-07-30"),
                                              terms: InterestTerms(source: .annualRate(6), basis: .actAct))
            #expect(actAct.interestAccrued == dec("345.90"))
        case "P15":
            #expect(try interest("1000.00", due: "2025-01-01", days: 60, source: .annualRate(10)).interestAccrued == dec("16.44"))
            let invoice = Invoice(number: "1", issued: nil, due: date("2025-01-01"), amount: 1000, currency: "EUR")
            let claim = Claim(asOf: nil, creditor: Party(name: "C", address: ["x"], country: "BE"),
                              debtor: Party(name: "D", address: ["y"], country: "BE"), invoices: [invoice], history: [],
                              terms: Terms(interest: InterestTerms(source: .annualRate(10)), fixedCompensation: 0,
                                           penalty: PenaltyClause(percent: 10, minimum: 75)))
            let a = try Assessor().assess(claim, asOf: date("2025-03-02"))
            #expect(a.interest == dec("16.44"))
            #expect(a.fees == dec("100.00"))
            #expect(a.interest + a.fees == dec("116.44"))
        case "P17":
            // Capital 20,000 with 3,000 of interest accrued (15 % over 365 days), then 18,000 paid:
            // interest first, so 5,000 of capital remains (art. 1343-1 C. civ.).
            let s = try interest("20000.00", due: "2025-01-01", days: 365, source: .annualRate(15),
                                 payments: [Payment(date: date("2026-01-01"), amount: 18000)])
            #expect(s.interestAccrued == dec("3000.00"))
            #expect(s.paidToInterest == dec("3000.00"))
            #expect(s.principalOpen == dec("5000.00"))
        case "P18-2023H2", "P18-2025H2", "P18-2026H1", "P18-2025H1":
            let day = ["P18-2023H2": "2023-07-01", "P18-2025H2": "2025-07-01", "P18-2026H1": "2026-01-01", "P18-2025H1": "2025-01-01"][id]!
            let legal = try #require(RateTable.bundled.named("fr-legal-other")?.period(on: date(day))?.percent)
            #expect(legal == dec(row["rate_percent"]!))
            #expect(legal * 3 == dec(row["recomputed"]!))
        case "P20":
            let months = ["2026-01-05", "2026-02-05", "2026-04-05", "2026-07-05"].map(date)
            #expect(BelgianConsumerRules.regularSupplyReminderMayBeCharged(unpaidDueDates: months) == [false, false, false, true])
        case let c06 where c06.hasPrefix("C06-"):
            #expect(BelgianConsumerRules.lumpSumCap(balance: dec(row["principal"]!)) == dec(row["recomputed"]!))
            #expect(StatutoryFees.fee(.beConsumer, principal: dec(row["principal"]!)) == dec(row["recomputed"]!))
        default:
            Issue.record("example \(id) has no check")
        }
    }
}
