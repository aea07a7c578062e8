import Foundation
import InvoiceModel
import Testing
@testable import Dunning

/// Fees are claimed once: each letter claims the fee it incurs and carries the earlier ones.
struct FeeCarryingTests {
    let months = ["2026-02-10", "2026-03-05", "2026-03-30"]

    func business(_ fee: String?) -> (CalendarDate) -> Claim {
        { _ in exportClaim(invoices: [invoice("F-1", due: "2026-01-31")], terms: Terms(reminderFee: fee.map(money))) }
    }

    /// A business debtor with a reminder fee of 10.00: the second reminder shows 20.00 (the first
    /// reminder's 10.00 and its own).
    @Test func theSecondReminderCarriesTheFirstReminderFee() {
        let (lines, letters) = play(business("10.00"), dates: months)
        #expect(lines.map(\.action) == [.reminder, .secondReminder, .notice])
        #expect(lines[0].fees == money("10.00") && lines[0].total == money("1010.00"))
        #expect(lines[1].fees == money("20.00") && lines[1].total == money("1020.00"))
        #expect(letters.map(\.ownFee) == [money("10.00"), money("10.00"), 0])
    }

    /// The EUR 40 compensation absorbs the reminder fees already claimed for the invoice (CJEU
    /// C-287/17; Directive 2011/7/EU art. 6): the notice shows 40.00 in all, not 60.00.
    @Test func theCompensationAbsorbsTheReminderFees() {
        let (lines, _) = play(business("10.00"), dates: months)
        let notice = lines[2]
        #expect(notice.action == .notice)
        #expect(notice.fees == money("40.00"))
        #expect(notice.interest > 0)
        #expect(notice.total == money("1000.00") + notice.interest + money("40.00"))
    }

    /// Reminder fees count against the EUR 40 and never exceed it (C-287/17: only proven costs
    /// above it could be added): two reminders of 25.00 claim 40.00 in all, and so does the notice.
    @Test func reminderFeesAboveTheCompensationAreClaimedOnce() {
        let (lines, _) = play(business("25.00"), dates: months)
        #expect(lines[1].fees == money("40.00"))
        #expect(lines[2].fees == money("40.00"))
    }

    /// Without a reminder fee the letters claim none, and the notice the EUR 40 only.
    @Test func noReminderFeeNoneCarried() {
        let (lines, _) = play(business(nil), dates: months)
        #expect(lines[0].fees == 0 && lines[1].fees == 0)
        #expect(lines[2].fees == money("40.00"))
    }

    /// A Belgian consumer's reminders claim no fee, whatever the terms say (art. XIX.2 CEL; outside
    /// contracts of regular supply no reminder may be charged).
    @Test func aBelgianConsumerPaysNoReminderFee() {
        let claim = { (_: CalendarDate) in
            exportClaim(kind: .consumer, invoices: [invoice("F-9", due: "2026-01-31", amount: "300.00")], terms: Terms(reminderFee: money("10.00")))
        }
        let (lines, letters) = play(claim, dates: ["2026-02-10", "2026-03-20"])
        #expect(lines.map(\.action) == [.reminder, .secondReminder])
        #expect(lines.map(\.fees) == [0, 0])
        #expect(letters.map(\.ownFee) == [0, 0])
    }

    /// A letter naming two invoices spreads its fee over them, so each invoice's EUR 40 absorbs its part.
    @Test func aFeeOverTwoInvoicesIsSplitExactly() {
        let claim = exportClaim(invoices: [invoice("A", due: "2026-01-31"), invoice("B", due: "2026-01-31")])
        var withHistory = claim
        withHistory.history = [HistoryEntry(letter: "reminder", date: day("2026-02-10"), fee: money("0.05"), invoices: ["A", "B"])]
        let split = LateFeesSplit.claimed(withHistory, asOf: day("2026-03-01"))
        #expect(split["A"]! + split["B"]! == money("0.05"))
        #expect(split["A"] == money("0.03") && split["B"] == money("0.02"))
    }
}
