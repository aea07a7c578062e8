import Foundation
import InvoiceModel
import Testing
@testable import Journal

func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

func temporaryJournal() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-journal-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent("overdue.db").path
}

func newLetter(_ debtor: String = "C-1", kind: String = "reminder", file: String = "/nonexistent/letter.pdf", claim: String = "{\"x\":1}") -> NewLetter {
    NewLetter(record: LetterRecord(id: 0, date: day("2026-03-01"), debtor: debtor, debtorName: "Debtor \(debtor)", letter: kind,
                                   invoices: ["F-1", "F-2"], open: [Decimal(string: "100.50")!, 20], currency: "EUR", principal: Decimal(string: "120.50")!,
                                   interest: 0, fees: 10, total: Decimal(string: "130.50")!, ownFee: 10, deadline: day("2026-03-08"),
                                   channel: .email, file: file, sha256: "", status: .recorded),
              claimJSON: claim, renderer: "overdue 2")
}

@Suite(.serialized) struct JournalTests {
    @Test func aPendingLetterIsInTheJournalOnlyOnceConfirmed() throws {
        let path = try temporaryJournal()
        let journal = try LetterJournal(path: path, access: .create)
        let ids = try journal.addPending([newLetter()])
        #expect(try journal.letters().isEmpty)
        try journal.confirm(ids[0], sha256: "abc", inputHash: "def")
        let letters = try journal.letters()
        #expect(letters.count == 1)
        #expect(letters[0].invoices == ["F-1", "F-2"])
        #expect(letters[0].open == [Decimal(string: "100.50")!, 20])
        #expect(letters[0].ownFee == 10 && letters[0].sha256 == "abc" && letters[0].status == .recorded)
        #expect(try journal.sentClaim(ids[0]) == ("{\"x\":1}", "overdue 2"))
    }

    /// A run killed between the rename and the commit: the file exists, so the letter is recorded;
    /// killed before the rename: no file, so it never was.
    @Test func reconcileRecordsCompleteFilesAndDropsTheRest() throws {
        let path = try temporaryJournal()
        let folder = (path as NSString).deletingLastPathComponent
        let written = (folder as NSString).appendingPathComponent("written.pdf")
        try Data("%PDF".utf8).write(to: URL(fileURLWithPath: written))
        let journal = try LetterJournal(path: path, access: .create)
        _ = try journal.addPending([newLetter("C-1", file: written), newLetter("C-2", file: folder + "/missing.pdf")])
        let result = try journal.reconcile { FileManager.default.fileExists(atPath: $0) ? "sha-of-\(($0 as NSString).lastPathComponent)" : nil }
        #expect(result.recorded == 1 && result.dropped == 1)
        let letters = try journal.letters()
        #expect(letters.map(\.debtor) == ["C-1"])
        #expect(letters[0].sha256 == "sha-of-written.pdf")
    }

    @Test func sentAndVoid() throws {
        let path = try temporaryJournal()
        let journal = try LetterJournal(path: path, access: .create)
        let ids = try journal.addPending([newLetter("C-1"), newLetter("C-2")])
        for id in ids { try journal.confirm(id, sha256: "x", inputHash: "y") }
        try journal.markSent([ids[0]], on: day("2026-03-02"), by: .registered, tracking: "RR123456785BE")
        try journal.void(ids[1], reason: "wrong address")
        let letters = try journal.letters()
        #expect(letters[0].status == .sent && letters[0].sentOn == day("2026-03-02") && letters[0].channel == .registered)
        #expect(letters[0].tracking == "RR123456785BE")
        #expect(letters[1].status == .void && letters[1].voidReason == "wrong address")
        // A sent letter cannot be withdrawn, nor a void one sent.
        #expect(throws: JournalError.notVoidable(ids[0], status: "sent")) { try journal.void(ids[0], reason: "oops") }
        #expect(throws: JournalError.notSendable(ids[1], status: "void")) { try journal.markSent([ids[1]], on: day("2026-03-03"), by: nil, tracking: nil) }
    }

    /// An unknown id among several: an error, and none of them is marked.
    @Test func anUnknownLetterChangesNothing() throws {
        let path = try temporaryJournal()
        let journal = try LetterJournal(path: path, access: .create)
        let ids = try journal.addPending([newLetter()])
        try journal.confirm(ids[0], sha256: "x", inputHash: "y")
        #expect(throws: JournalError.unknownLetter(999)) { try journal.markSent([ids[0], 999], on: day("2026-03-02"), by: nil, tracking: nil) }
        #expect(try journal.letters()[0].status == .recorded)
        #expect(throws: JournalError.unknownLetter(999)) { try journal.void(999, reason: "x") }
    }

    @Test func holdsAndAgreementsNameKnownDebtorsAndInvoices() throws {
        let path = try temporaryJournal()
        let journal = try LetterJournal(path: path, access: .create)
        try journal.remember(debtors: [("C-1", "One")], invoices: [("F-1", "C-1")])
        #expect(throws: JournalError.unknownDebtor("C-9")) {
            try journal.hold(debtor: "C-9", invoice: nil, from: day("2026-03-01"), until: day("2026-04-01"), reason: "x")
        }
        #expect(throws: JournalError.unknownInvoice("F-9")) {
            try journal.hold(debtor: nil, invoice: "F-9", from: day("2026-03-01"), until: day("2026-04-01"), reason: "x")
        }
        try journal.hold(debtor: nil, invoice: "F-1", from: day("2026-03-01"), until: day("2026-04-01"), reason: "credit note")
        #expect(throws: JournalError.noHold("debtor C-1")) { try journal.release(debtor: "C-1", invoice: nil, on: day("2026-03-05")) }
        #expect(try journal.release(debtor: nil, invoice: "F-1", on: day("2026-03-05")) == 1)
        let holds = try journal.holds()
        #expect(holds.count == 1 && holds[0].releasedOn == day("2026-03-05") && holds[0].invoice == "F-1")
        let agreement = AgreementRecord(id: 0, debtor: "C-1", agreedOn: day("2026-03-10"), total: Decimal(string: "900.00")!, instalments: 3,
                                        first: day("2026-04-01"), interval: .weekly, waiveInterest: true, waiveFees: false,
                                        disputed: "quality", channel: "phone")
        let id = try journal.agree(agreement)
        var expected = agreement
        expected.id = id
        #expect(try journal.agreements() == [expected])
    }
}
