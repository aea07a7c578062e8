import Foundation
import InvoiceModel
import LateFees
import Testing

@Suite struct BelgianConsumerRulesTests {
    /// The constructed oracles C06-* of shared/legal/examples.csv (art. XIX.4 CEL, tranche reading).
    @Test func lumpSumCapsMatchTheExamples() throws {
        let rows = try Fixture.csv("examples.csv").filter { $0["id"]!.hasPrefix("C06-") }
        #expect(rows.count == 8)
        for row in rows {
            #expect(BelgianConsumerRules.lumpSumCap(balance: dec(row["principal"]!)) == dec(row["recomputed"]!), "\(row["id"]!)")
        }
        // The step just above 150: 20 -> 30.
        #expect(BelgianConsumerRules.lumpSumCap(balance: dec("150.01")) == dec("30.00"))
    }

    @Test(arguments: [
        // Posted on a Sunday: working days Mon 30 Nov, Tue 1, Wed 2 Dec -> 14 days from 2 Dec.
        ("2026-11-29", false, "2026-12-15"),
        // E-mailed: from the next day.
        ("2026-11-29", true, "2026-12-13"),
        // Posted on Thu 24 Dec 2026: Fri 25 is Christmas -> Mon 28, Tue 29, Wed 30 -> 14 days from 30 Dec.
        ("2026-12-24", false, "2027-01-12"),
    ])
    func waitingPeriod(sent: String, byEmail: Bool, end: String) {
        #expect(BelgianConsumerRules.waitingPeriodEnd(sent: date(sent), byEmail: byEmail) == date(end))
    }
}

@Suite struct InstalmentPlannerTests {
    @Test(arguments: [("950.00", 3), ("1000.00", 3), ("0.05", 3), ("1234.57", 7), ("100.00", 1), ("99999.99", 120)])
    func regularInstalmentsSumExactlyToTheTotal(total: String, count: Int) throws {
        let plan = try InstalmentPlanner.instalments(.regular(count: count, firstDue: date("2026-12-15"), interval: .monthly), total: dec(total))
        #expect(plan.count == count)
        #expect(plan.reduce(Decimal(0)) { $0 + $1.amount } == dec(total))
        // Equal amounts in cents, the remainder in the last one.
        let first = plan[0].amount
        #expect(plan.dropLast().allSatisfy { $0.amount == first })
        #expect(plan.last!.amount >= first)
        #expect(plan.allSatisfy { Money.round($0.amount) == $0.amount })
    }

    @Test func monthlyDatesKeepTheDayOfMonth() throws {
        let plan = try InstalmentPlanner.instalments(.regular(count: 4, firstDue: date("2027-01-31"), interval: .monthly), total: 400)
        #expect(plan.map(\.due) == [date("2027-01-31"), date("2027-02-28"), date("2027-03-31"), date("2027-04-30")])
        let weekly = try InstalmentPlanner.instalments(.regular(count: 3, firstDue: date("2026-12-28"), interval: .weekly), total: 90)
        #expect(weekly.map(\.due) == [date("2026-12-28"), date("2027-01-04"), date("2027-01-11")])
    }

    @Test func anExplicitPlanMustAddUp() {
        let list = [Instalment(due: date("2026-12-15"), amount: 500), Instalment(due: date("2027-01-15"), amount: 400)]
        #expect(throws: InstalmentPlanner.PlanError.sumMismatch(sum: 900, total: 950)) {
            _ = try InstalmentPlanner.instalments(.explicit(list), total: 950)
        }
        #expect(throws: InstalmentPlanner.PlanError.notAscending(date("2026-12-15"))) {
            _ = try InstalmentPlanner.instalments(.explicit(list.reversed()), total: 900)
        }
    }

    @Test func theCompromiseTotalDefaultsToTheClaimLessWhatIsWaived() throws {
        let invoice = Invoice(number: "1", issued: nil, due: date("2026-08-01"), amount: dec("1000.00"), currency: "EUR")
        let claim = Claim(asOf: nil, creditor: Party(name: "C", address: ["x"], country: "BE"),
                          debtor: Party(name: "D", address: ["y"], country: "BE"), invoices: [invoice], history: [],
                          terms: Terms(interest: InterestTerms(source: .annualRate(10))))
        let a = try Assessor().assess(claim, asOf: date("2026-11-29"))
        let plan = InstalmentSchedule.regular(count: 2, firstDue: date("2026-12-15"), interval: .monthly)
        let waiveFees = Compromise(agreedOn: date("2026-11-20"), channel: "phone", disputed: nil, agreedTotal: nil,
                                   waiveInterest: false, waiveFees: true, plan: plan)
        let figures = try LetterCharges.compromise(waiveFees, assessment: a)
        #expect(figures.agreedTotal == dec("1000.00") + a.interest)
        #expect(figures.originalTotal == a.total)
    }
}
