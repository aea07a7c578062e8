import Foundation
import Handover
import InvoiceModel
import Journal
import Testing

/// The IUB verdict (Judicial Code art. 1394/20 ff.) on what the data can show.
@Suite struct IUBVerdictTests {
    @Test func anUncontestedBusinessDebtAfterASentNoticeIsEligible() {
        let verdict = IUBVerdict(Fixture.handoverCase())
        #expect(verdict.eligible)
        #expect(verdict.checks.count == 5)
        #expect(verdict.reasons.count == 5)
        #expect(verdict.reasons.allSatisfy { $0.hasPrefix("art. 1394/") })
        #expect(verdict.reasons.contains { $0.contains("0987.654.394") && $0.contains("0417.497.106") })
        #expect(verdict.reasons.contains { $0.contains("RR123456785BE") })
    }

    /// A hold is how a dispute is recorded: one ever recorded, even released, makes it contested.
    @Test func aDebtorEverOnHoldIsContested() {
        let hold = HoldRecord(id: 7, debtor: nil, invoice: "I-101", from: Fixture.day("2026-02-10"), until: Fixture.day("2026-02-20"),
                              reason: "goods returned damaged", releasedOn: Fixture.day("2026-02-15"))
        let verdict = IUBVerdict(Fixture.handoverCase(holds: [hold]))
        #expect(!verdict.eligible)
        #expect(verdict.reasons == ["art. 1394/20: contested: a hold on invoice I-101 from 2026-02-10: goods returned damaged"])
    }

    @Test func aDisputeInAnAgreementMakesItContested() {
        let agreement = AgreementRecord(id: 1, debtor: "B1", agreedOn: Fixture.day("2026-03-01"), total: 900, instalments: 3,
                                        first: Fixture.day("2026-03-15"), interval: .monthly, waiveInterest: true, waiveFees: true,
                                        disputed: "quality of the second delivery", channel: "phone")
        let verdict = IUBVerdict(Fixture.handoverCase(agreements: [agreement]))
        #expect(!verdict.eligible)
        #expect(verdict.reasons.first?.contains("quality of the second delivery") == true)
    }

    @Test(arguments: [(DebtorKind.consumer, "consumer"), (.publicAuthority, "public authority")])
    func consumersAndPublicAuthoritiesAreExcluded(kind: DebtorKind, words: String) {
        let verdict = IUBVerdict(Fixture.handoverCase(claim: Fixture.claim(debtorKind: kind)))
        #expect(!verdict.eligible)
        #expect(verdict.reasons.count == 1)
        #expect(verdict.reasons.first?.contains(words) == true)
    }

    @Test func aDebtorWithoutEnterpriseNumberIsNotEligible() {
        let verdict = IUBVerdict(Fixture.handoverCase(claim: Fixture.claim(debtorNumber: nil)))
        #expect(!verdict.eligible)
        #expect(verdict.reasons == ["art. 1394/20: the debtor has no enterprise number"])
    }

    @Test func aNoticeWrittenButNotSentIsNotEnough() {
        var letters = Fixture.ladder
        letters[2] = Fixture.letter(3, "notice", "2026-03-31", channel: .registered, status: .recorded)
        let verdict = IUBVerdict(Fixture.handoverCase(letters: letters))
        #expect(!verdict.eligible)
        #expect(verdict.reasons.first?.contains("not recorded as sent") == true)
        let noNotice = IUBVerdict(Fixture.handoverCase(letters: Array(Fixture.ladder.prefix(2))))
        #expect(noNotice.reasons.first?.contains("no formal notice") == true)
    }

    /// Art. 1394/20: interest and penalty clauses together at most 10 % of the principal.
    @Test func interestAndPenaltyOverTenPercentOfThePrincipalAreOverTheLimit() {
        // 1000 at 10 % a year from 16 January to 29 May is about 49.00: within 100.00.
        #expect(IUBVerdict(Fixture.handoverCase(claim: Fixture.claim(interest: 10))).eligible)
        // A 15 % penalty clause (150.00) on top: over the limit.
        let over = IUBVerdict(Fixture.handoverCase(claim: Fixture.claim(penalty: 15, interest: 10)))
        #expect(!over.eligible)
        let reason = over.reasons.joined()
        #expect(reason.contains("exceed 10 % of the principal 1000.00 (100.00)"))
    }
}
