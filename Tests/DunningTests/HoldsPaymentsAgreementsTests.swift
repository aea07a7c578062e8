import Foundation
import InvoiceModel
import Testing
@testable import Dunning

struct HoldTests {
    let claim = exportClaim(invoices: [invoice("F-1", due: "2026-01-31"), invoice("F-2", due: "2026-02-05", amount: "500.00")])

    @Test func aHeldDebtorShowsHoldWithTheReason() {
        let hold = HoldRecord(id: 1, debtor: "D1", invoice: nil, from: day("2026-02-01"), until: day("2026-03-01"), reason: "disputes the delivery")
        let plan = DunningPlanner().plan(claim, facts: DunningFacts(holds: [hold]), asOf: day("2026-02-15"))
        #expect(plan.action == .hold)
        #expect(plan.reason.contains("disputes the delivery") && plan.reason.contains("2026-03-01"))
        // The hold ends on its date.
        #expect(DunningPlanner().plan(claim, facts: DunningFacts(holds: [hold]), asOf: day("2026-03-01")).action == .reminder)
    }

    @Test func aHeldInvoiceIsLeftOutAndTheOthersGoOn() {
        let hold = HoldRecord(id: 1, debtor: nil, invoice: "F-1", from: day("2026-02-01"), until: day("2026-04-01"), reason: "credit note coming")
        let plan = DunningPlanner().plan(claim, facts: DunningFacts(holds: [hold]), asOf: day("2026-02-15"))
        #expect(plan.action == .reminder)
        #expect(plan.invoices == ["F-2"])
        #expect(plan.total == money("500.00"))
        #expect(plan.claim?.invoices.map(\.number) == ["F-2"])
        #expect(plan.reason.contains("F-1 until 2026-04-01"))
    }

    @Test func aReleasedHoldNoLongerApplies() {
        var hold = HoldRecord(id: 1, debtor: "D1", invoice: nil, from: day("2026-02-01"), until: day("2026-06-01"), reason: "talks")
        hold.releasedOn = day("2026-02-10")
        #expect(DunningPlanner().plan(claim, facts: DunningFacts(holds: [hold]), asOf: day("2026-02-09")).action == .hold)
        #expect(DunningPlanner().plan(claim, facts: DunningFacts(holds: [hold]), asOf: day("2026-02-15")).action == .reminder)
    }

    @Test func everyInvoiceHeldMeansHold() {
        let holds = ["F-1", "F-2"].enumerated().map {
            HoldRecord(id: Int64($0.offset), debtor: nil, invoice: $0.element, from: day("2026-02-01"), until: day("2026-04-01"), reason: "audit")
        }
        #expect(DunningPlanner().plan(claim, facts: DunningFacts(holds: holds), asOf: day("2026-02-15")).action == .hold)
    }
}

struct PaymentTests {
    @Test func aDebtorPaidInFullIsSettled() {
        let (_, letters) = play({ _ in exportClaim(invoices: [invoice("F-1", due: "2026-01-31")]) }, dates: ["2026-02-10"])
        let paid = exportClaim(invoices: [invoice("F-1", due: "2026-01-31", paid: [("2026-02-20", "1000.00")])])
        #expect(DunningPlanner().plan(paid, facts: DunningFacts(letters: letters), asOf: day("2026-03-05")).action == .settled)
    }

    @Test func aPartlyPaidDebtorGoesOnWithWhatIsOpen() {
        let (_, letters) = play({ _ in exportClaim(invoices: [invoice("F-1", due: "2026-01-31")]) }, dates: ["2026-02-10"])
        let part = exportClaim(invoices: [invoice("F-1", due: "2026-01-31", paid: [("2026-02-20", "400.00")])])
        let plan = DunningPlanner().plan(part, facts: DunningFacts(letters: letters), asOf: day("2026-03-05"))
        #expect(plan.action == .secondReminder)
        #expect(plan.principal == money("600.00"))
    }

    /// Letters about invoices since paid do not count: a new invoice starts a new cycle.
    @Test func aNewInvoiceAfterSettlingStartsAgain() {
        let (_, letters) = play({ _ in exportClaim(invoices: [invoice("F-1", due: "2026-01-31")]) }, dates: ["2026-02-10", "2026-03-05"])
        let fresh = exportClaim(invoices: [invoice("F-7", due: "2026-05-31")])
        #expect(DunningPlanner().plan(fresh, facts: DunningFacts(letters: letters), asOf: day("2026-06-10")).action == .reminder)
    }

    @Test func aVoidLetterCountsForNothing() {
        var (_, letters) = play({ _ in exportClaim(invoices: [invoice("F-1", due: "2026-01-31")]) }, dates: ["2026-02-10"])
        letters[0].status = .void
        let claim = exportClaim(invoices: [invoice("F-1", due: "2026-01-31")])
        #expect(DunningPlanner().plan(claim, facts: DunningFacts(letters: letters), asOf: day("2026-03-05")).action == .reminder)
    }
}

struct AgreementTests {
    let agreement = AgreementRecord(id: 1, debtor: "D1", agreedOn: day("2026-03-10"), total: money("900.00"), instalments: 3,
                                    first: day("2026-04-01"), interval: .monthly, waiveInterest: true, waiveFees: true,
                                    disputed: "late delivery", channel: "phone")

    /// The export on `date`: the debtor pays `paid` by then.
    func export(paid: [(String, String)]) -> Claim {
        exportClaim(invoices: [invoice("F-1", due: "2026-01-31", paid: paid)])
    }

    @Test func confirmedOnceThenFollowedThenNoticeWhenBroken() {
        let planner = DunningPlanner()
        let (_, reminders) = play({ _ in export(paid: []) }, dates: ["2026-02-10"])
        var letters = reminders
        let confirm = planner.plan(export(paid: []), facts: DunningFacts(letters: letters, agreements: [agreement]), asOf: day("2026-03-12"))
        #expect(confirm.action == .compromise)
        #expect(confirm.total == money("900.00"))
        #expect(confirm.claim?.compromise?.agreedTotal == money("900.00"))
        letters.append(recorded(confirm, id: 2, on: day("2026-03-12"), sent: day("2026-03-12")))
        let facts = { DunningFacts(letters: letters, agreements: [agreement]) }
        // Kept: the first instalment paid on time.
        let kept = planner.plan(export(paid: [("2026-04-01", "300.00")]), facts: facts(), asOf: day("2026-04-20"))
        #expect(kept.action == .wait)
        #expect(kept.reason.contains("300.00 of 900.00"))
        // The second instalment (1 May) is late, but within the 5-day grace.
        #expect(planner.plan(export(paid: [("2026-04-01", "300.00")]), facts: facts(), asOf: day("2026-05-06")).action == .wait)
        // Past the grace: the formal notice.
        let broken = planner.plan(export(paid: [("2026-04-01", "300.00")]), facts: facts(), asOf: day("2026-05-07"))
        #expect(broken.action == .notice)
        #expect(broken.reason.contains("instalment 2 of 3"))
        // Paid in full: settled.
        let paid = export(paid: [("2026-04-01", "300.00"), ("2026-05-01", "300.00"), ("2026-06-01", "300.00")])
        #expect(planner.plan(paid, facts: facts(), asOf: day("2026-06-10")).action == .settled)
    }
}
