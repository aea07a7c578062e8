import Foundation
import GRDB
import InvoiceModel
import Testing
@testable import Journal

/// Migration "v2": mailings and proofs of deposit, added to a journal of v1 without loss.
@Suite struct JournalV2Tests {
    @Test func aVersionOneJournalIsMigratedKeepingItsLetters() throws {
        let path = try temporaryJournal()
        // A journal as the previous version left it: v1 only, one recorded letter.
        let old = try DatabaseQueue(path: path)
        try JournalSchema.migrator.migrate(old, upTo: "v1")
        try old.close()
        do {
            let v1 = try LetterJournal(path: path, access: .write)
            let ids = try v1.addPending([newLetter()])
            try v1.confirm(ids[0], sha256: "abc", inputHash: "def")
            try v1.close()
        }
        let reader = try LetterJournal(path: path, access: .read)
        #expect(try reader.letters().map(\.sha256) == ["abc"])
        #expect(try reader.proofs().isEmpty && reader.mailings().isEmpty)
        let raw = try DatabaseQueue(path: path)
        #expect(try raw.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") } == ["v1", "v2"])
        try raw.close()
    }

    @Test func aProofIsKeptWithTheSentMarkInOneTransaction() throws {
        let journal = try LetterJournal(path: try temporaryJournal(), access: .create)
        let id = try journal.addPending([newLetter(kind: "notice")])[0]
        try journal.confirm(id, sha256: "abc", inputHash: "def")
        let proof = try ProofFile(name: "receipt.pdf", data: Array("%PDF-1.4 receipt".utf8))
        // An unknown letter: nothing is kept.
        #expect(throws: JournalError.unknownLetter(999)) {
            try journal.markSent([999], on: day("2026-03-02"), by: .registered, tracking: "RR123456785BE", proof: proof)
        }
        #expect(try journal.proofs().isEmpty)
        try journal.markSent([id], on: day("2026-03-02"), by: .registered, tracking: "RR123456785BE", proof: proof)
        let kept = try journal.proofs(letters: [id])
        #expect(kept.map(\.file) == [proof])
        // SHA-256 of "%PDF-1.4 receipt" (printf '%PDF-1.4 receipt' | sha256sum).
        #expect(kept.first?.sha256 == "1cfd9c781ea8b21c3c17bb558def1d77998c237072a86ec620a1121ea4fc2a1d")
        #expect(try journal.letters().first?.tracking == "RR123456785BE")
    }

    @Test func aMailingMarksTheLetterSentOnlyWhenTheCommandTookIt() throws {
        let journal = try LetterJournal(path: try temporaryJournal(), access: .create)
        let ids = try journal.addPending([newLetter("A"), newLetter("B")])
        for id in ids { try journal.confirm(id, sha256: "x", inputHash: "y") }
        try journal.recordMailing(MailingRecord(letter: ids[0], date: "2026-03-01", command: "sendmail -t", sent: true, exitStatus: 0, detail: ""))
        try journal.recordMailing(MailingRecord(letter: ids[1], date: "2026-03-01", command: "sendmail -t", sent: false, exitStatus: 75,
                                                detail: "relay refused"))
        let letters = try journal.letters()
        #expect(letters.map(\.status) == [.sent, .recorded])
        #expect(letters[0].sentOn == day("2026-03-01"))
        let mailings = try journal.mailings(debtor: "B")
        #expect(mailings.count == 1 && mailings[0].exitStatus == 75 && mailings[0].detail == "relay refused" && !mailings[0].sent)
    }
}
