import Foundation
import InvoiceModel
import Testing
@testable import Dunning

/// The ladder: when each step is due, and why the others wait.
struct LadderTests {
    let claim = { (_: CalendarDate) in exportClaim(invoices: [invoice("F-1", due: "2026-01-31")]) }

    @Test func theFirstReminderWaitsForTheDaysAfterTheDueDate() {
        let planner = DunningPlanner()
        let early = planner.plan(claim(day("2026-02-05")), facts: DunningFacts(), asOf: day("2026-02-05"))
        #expect(early.action == .wait)
        #expect(early.reason.contains("2026-02-07"))
        let due = planner.plan(claim(day("2026-02-07")), facts: DunningFacts(), asOf: day("2026-02-07"))
        #expect(due.action == .reminder)
        #expect(due.channel == .email)
    }

    @Test func eachStepWaitsForThePreviousDeadlinePlusTheInterval() {
        let (lines, letters) = play(claim, dates: ["2026-02-10", "2026-03-01", "2026-03-03"])
        #expect(lines.map(\.action) == [.reminder, .wait, .secondReminder])
        // The reminder gave 7 days (2026-02-17); the next step comes 14 days later.
        #expect(lines[1].reason.contains("2026-03-03") && lines[1].reason.contains("#1"))
        #expect(letters[1].channel == .post)
    }

    /// A missed month is caught up with the one step due now, never a letter per month skipped.
    @Test func aMissedMonthProposesOneStep() {
        let (lines, _) = play(claim, dates: ["2026-02-10", "2026-06-30", "2026-06-30"])
        #expect(lines.map(\.action) == [.reminder, .secondReminder, .wait])
    }

    /// Periods count from the day a letter left: a reminder posted late moves the next step.
    @Test func periodsCountFromTheSentDate() {
        let planner = DunningPlanner()
        let first = planner.plan(claim(day("2026-02-10")), facts: DunningFacts(), asOf: day("2026-02-10"))
        let late = recorded(first, id: 1, on: day("2026-02-10"), sent: day("2026-02-20"))
        let plan = planner.plan(claim(day("2026-03-05")), facts: DunningFacts(letters: [late]), asOf: day("2026-03-05"))
        #expect(plan.action == .wait)
        #expect(plan.reason.contains("2026-03-13"))
    }

    @Test func theHandOverWaitsForTheRegisteredNoticeToBeSent() {
        let (lines, letters) = play(claim, dates: ["2026-02-10", "2026-03-05", "2026-03-30"], markSent: false)
        #expect(lines.last?.action == .notice)
        #expect(letters.last?.channel == .registered)
        let planner = DunningPlanner()
        let unsent = planner.plan(claim(day("2026-05-30")), facts: DunningFacts(letters: letters), asOf: day("2026-05-30"))
        #expect(unsent.action == .wait)
        #expect(unsent.reason.contains("overdue sent 3"))
        var sent = letters
        sent[2].status = .sent; sent[2].sentOn = day("2026-03-31")
        let handover = planner.plan(claim(day("2026-05-30")), facts: DunningFacts(letters: sent), asOf: day("2026-05-30"))
        #expect(handover.action == .handover)
    }

    @Test func withoutAnEmailAddressTheReminderGoesOnPaper() {
        let paper = exportClaim(email: nil, invoices: [invoice("F-1", due: "2026-01-31")])
        let plan = DunningPlanner().plan(paper, facts: DunningFacts(), asOf: day("2026-02-10"))
        #expect(plan.channel == .post)
    }

    @Test func theProfileChoosesTheDaysAndChannels() {
        let settings = DunningSettings(reminderAfterDays: 20, channels: ["reminder": .post])
        let planner = DunningPlanner(settings: settings)
        #expect(planner.plan(claim(day("2026-02-10")), facts: DunningFacts(), asOf: day("2026-02-10")).action == .wait)
        let plan = planner.plan(claim(day("2026-02-20")), facts: DunningFacts(), asOf: day("2026-02-20"))
        #expect(plan.action == .reminder && plan.channel == .post)
    }

    @Test func belowTheMinimumNoLetter() {
        let small = exportClaim(invoices: [invoice("F-2", due: "2026-01-31", amount: "24.99")])
        let plan = DunningPlanner().plan(small, facts: DunningFacts(), asOf: day("2026-03-01"))
        #expect(plan.action == PlanAction.none)
        #expect(plan.reason.contains("minimum"))
    }

    /// A letter names every overdue invoice of the debtor, the newer one too.
    @Test func theLetterNamesAllOverdueInvoices() {
        let two = { (_: CalendarDate) in exportClaim(invoices: [invoice("F-1", due: "2026-01-31"), invoice("F-2", due: "2026-02-20"),
                                                               invoice("F-3", due: "2026-04-30")]) }
        let (lines, _) = play(two, dates: ["2026-02-10", "2026-03-05"])
        #expect(lines[0].invoices == ["F-1"])
        #expect(lines[1].action == .secondReminder && lines[1].invoices == ["F-1", "F-2"])
    }

    /// A consumer's new invoice gets its first reminder before anything else: in Belgium the free
    /// first reminder and its 14 days (art. XIX.2 CEL), in the Netherlands the 14-day letter before
    /// collection costs (art. 6:96(6) BW). A business debtor's new invoice joins the next step.
    @Test(arguments: [("BE", DebtorKind.consumer, "XIX.2"), ("NL", DebtorKind.consumer, "6:96(6)"), ("BE", DebtorKind.business, "")])
    func aNewInvoiceAndTheStepsTheLawRequires(country: String, kind: DebtorKind, law: String) {
        let claim = { (date: CalendarDate) in
            exportClaim(kind: kind, country: country, invoices: [invoice("F-1", due: "2026-01-31", amount: "300.00")]
                        + (date >= day("2026-03-01") ? [invoice("F-2", due: "2026-03-01", amount: "200.00")] : []))
        }
        let (lines, _) = play(claim, dates: ["2026-02-10", "2026-03-20"])
        #expect(lines[0].action == .reminder)
        #expect(lines[1].action == (law.isEmpty ? .secondReminder : .reminder))
        #expect(lines[1].invoices == ["F-1", "F-2"])
        #expect(law.isEmpty || lines[1].reason.contains(law))
    }

    /// Nothing further before the consumer's 14-day period has run, even with short intervals.
    @Test func aConsumersWaitingPeriodHoldsTheNextStep() {
        let settings = DunningSettings(nextAfterDays: 0)
        let consumer = { (_: CalendarDate) in exportClaim(kind: .consumer, email: nil, invoices: [invoice("F-1", due: "2026-01-31", amount: "300.00")]) }
        let planner = DunningPlanner(settings: settings)
        let first = planner.plan(consumer(day("2026-02-10")), facts: DunningFacts(), asOf: day("2026-02-10"))
        // Posted on 10 February: the 14 days start on the third working day after (13 February) and end on the 26th.
        #expect(first.deadline! >= day("2026-02-26"))
        let letters = [recorded(first, id: 1, on: day("2026-02-10"), sent: day("2026-02-10"))]
        #expect(planner.plan(consumer(day("2026-02-26")), facts: DunningFacts(letters: letters), asOf: day("2026-02-26")).action == .wait)
        #expect(planner.plan(consumer(day("2026-02-27")), facts: DunningFacts(letters: letters), asOf: day("2026-02-27")).action == .secondReminder)
    }
}
