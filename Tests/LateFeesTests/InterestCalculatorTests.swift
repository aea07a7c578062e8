import Foundation
import InvoiceModel
import LateFees
import Testing

@Suite struct InterestCalculatorTests {
    let engine = InterestEngine()

    func interest(_ principal: String, due: String, until: String, rate: String? = nil, series: String? = nil,
                  payments: [Payment] = [], imputation: Imputation = .principalFirst) throws -> [InterestPeriod] {
        let source: InterestSource = rate.map { .annualRate(dec($0)) } ?? .series(series!)
        return try engine.statement(DebtAccount(invoice: "T", principal: dec(principal), due: date(due), payments: payments),
                                    until: date(until), terms: InterestTerms(source: source), imputation: imputation).periods
    }

    /// The public worked examples with a plain rate and a day count (shared/legal/examples.csv).
    @Test(arguments: ["P01", "P04", "P07", "P09", "P15"])
    func matchesPublicWorkedExamples(id: String) throws {
        let row = try #require(try Fixture.csv("examples.csv").first { $0["id"] == id })
        let days = Int(row["days"]!)!
        let due = date("2025-01-01")
        let periods = try interest(row["principal"]!, due: due.description, until: due.adding(days: days).description,
                                   rate: row["rate_percent"]!)
        let expected: [String: String] = ["P01": "144.11", "P04": "32.67", "P07": "25.68", "P09": "384.66", "P15": "16.44"]
        #expect(periods.count == 1)
        #expect(periods[0].days == days)
        #expect(periods.reduce(Decimal(0)) { $0 + $1.interest } == dec(expected[id]!))
        #expect(row["recomputed"]!.contains(expected[id]!))
    }

    @Test func runsFromTheDayAfterTheDueDateThroughTheEndDate() throws {
        // P12: due 1 April, paid 16 May: 45 days.
        let periods = try interest("1000.00", due: "2026-04-01", until: "2026-05-16", rate: "10")
        #expect(periods.map(\.from) == [date("2026-04-02")])
        #expect(periods.map(\.days) == [45])
    }

    @Test func splitsAtEveryRateChange() throws {
        // be-commercial: 11.50% in 2025 H1, 10.50% in 2025 H2.
        let periods = try interest("10000.00", due: "2025-06-15", until: "2025-07-10", series: "be-commercial")
        #expect(periods.map(\.from) == [date("2025-06-16"), date("2025-07-01")])
        #expect(periods.map(\.to) == [date("2025-06-30"), date("2025-07-10")])
        #expect(periods.map(\.days) == [15, 10])
        #expect(periods.map(\.rate) == [dec("11.5"), dec("10.5")])
        // 10000 x 11.5% x 15/365 = 47.260... ; 10000 x 10.5% x 10/365 = 28.767...
        #expect(periods.map(\.interest) == [dec("47.26"), dec("28.77")])
    }

    @Test func aPaymentLowersTheBaseFromTheNextDay() throws {
        let payment = [Payment(date: date("2026-09-15"), amount: dec("200.00"))]
        let principalFirst = try interest("1210.00", due: "2026-08-01", until: "2026-11-29", rate: "10.5", payments: payment)
        #expect(principalFirst.map(\.base) == [dec("1210.00"), dec("1010.00")])
        #expect(principalFirst.map(\.to) == [date("2026-09-15"), date("2026-11-29")])
        #expect(principalFirst.map(\.interest) == [dec("15.66"), dec("21.79")])
        // Civil-code order: the 15.66 of interest is paid first, 184.34 goes to the principal.
        let civil = try interest("1210.00", due: "2026-08-01", until: "2026-11-29", rate: "10.5", payments: payment,
                                 imputation: .costsInterestPrincipal)
        #expect(civil.map(\.base) == [dec("1210.00"), dec("1025.66")])
        #expect(civil.map(\.interest) == [dec("15.66"), dec("22.13")])
    }

    @Test func aPaymentInFullStopsInterest() throws {
        let periods = try interest("500.00", due: "2026-01-31", until: "2026-06-30", rate: "12",
                                   payments: [Payment(date: date("2026-03-02"), amount: dec("500.00"))])
        #expect(periods.count == 1)
        #expect(periods[0].to == date("2026-03-02"))
        #expect(periods[0].days == 30)
    }

    @Test func anUnknownRateIsAnErrorNamingTheDate() throws {
        #expect(throws: AssessmentError.self) {
            _ = try interest("100.00", due: "2026-12-20", until: "2027-01-10", series: "be-commercial")
        }
        do {
            _ = try interest("100.00", due: "2026-12-20", until: "2027-01-10", series: "be-commercial")
        } catch let error as AssessmentError {
            #expect(error.description.contains("2027-01-01"))
        }
    }

    @Test func anUnknownSeriesIsAnError() {
        #expect(throws: AssessmentError.unknownSeries("xx", known: RateTable.bundled.names)) {
            _ = try interest("100.00", due: "2026-01-01", until: "2026-02-01", series: "xx")
        }
    }

    // MARK: Properties

    @Test(arguments: [1, 17, 45, 180, 365, 700])
    func growsWithTheDaysAndIsNeverNegative(days: Int) throws {
        let due = date("2024-03-10")
        let shorter = try interest("987.65", due: due.description, until: due.adding(days: days).description, series: "be-commercial")
        let longer = try interest("987.65", due: due.description, until: due.adding(days: days + 1).description, series: "be-commercial")
        let a = shorter.reduce(Decimal(0)) { $0 + $1.interest }, b = longer.reduce(Decimal(0)) { $0 + $1.interest }
        #expect(a >= 0)
        #expect(b >= a)
    }

    @Test func isZeroForZeroDays() throws {
        #expect(try interest("1000.00", due: "2026-05-01", until: "2026-05-01", rate: "10").isEmpty)
    }

    /// Splitting a period anywhere changes the total by at most a cent per extra period
    /// (each period is rounded once), and never the unrounded sum.
    @Test(arguments: [1, 30, 31, 100, 181])
    func isAdditiveAcrossAnySplitPoint(split: Int) throws {
        let due = date("2025-03-01"), end = date("2025-12-31")
        let whole = try interest("4321.09", due: due.description, until: end.description, series: "be-commercial")
        let cut = due.adding(days: split)
        let first = try interest("4321.09", due: due.description, until: cut.description, series: "be-commercial")
        let second = try interest("4321.09", due: cut.description, until: end.description, series: "be-commercial")
        let sum = { (p: [InterestPeriod]) in p.reduce(Decimal(0)) { $0 + $1.interest } }
        #expect(first.reduce(0) { $0 + $1.days } + second.reduce(0) { $0 + $1.days } == whole.reduce(0) { $0 + $1.days })
        let difference = sum(first) + sum(second) - sum(whole)
        #expect(abs(difference) <= dec("0.01"))
    }
}
