import Crypto
import Foundation
import GRDB
import InvoiceModel

extension LetterJournal {
    /// Marks letters as sent (as `markSent` does) and keeps `proof`, the proof of deposit, with
    /// the first of them: one transaction, so the proof is never kept without the record.
    public func markSent(_ ids: [Int64], on date: CalendarDate, by channel: MailChannel?, tracking: String?, proof: ProofFile) throws {
        guard let first = ids.first else { return }
        try write { db in
            try Self.markSent(ids, on: date, by: channel, tracking: tracking, in: db)
            let sha = SHA256.hash(data: proof.data).map { String(format: "%02x", $0) }.joined()
            try db.execute(sql: "INSERT INTO proof (letter, added_on, type, name, sha256, data) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [first, date.description, proof.kind.rawValue, proof.name, sha, Data(proof.data)])
        }
    }

    /// The proofs of deposit kept for `letters` (all when nil), oldest first.
    public func proofs(letters: [Int64]? = nil) throws -> [ProofRecord] {
        if isEmpty { return [] }
        return try read { db in
            var sql = "SELECT id, letter, added_on, type, name, sha256, data FROM proof"
            if let letters { sql += " WHERE letter IN (\(letters.map(String.init).joined(separator: ",")))" }
            return try Row.fetchAll(db, sql: sql + " ORDER BY id").map { row in
                let data: Data = row[6]
                return ProofRecord(id: row[0], letter: row[1], addedOn: row[2],
                                   file: ProofFile(kind: ProofFile.Kind(rawValue: row[3]) ?? .pdf, name: row[4], data: [UInt8](data)),
                                   sha256: row[5])
            }
        }
    }

    /// Records one attempt to send a letter's message; when the command took it, the letter is
    /// marked as sent on `date` by e-mail (one transaction).
    public func recordMailing(_ mailing: MailingRecord) throws {
        try write { db in
            guard try String.fetchOne(db, sql: "SELECT status FROM letter WHERE id = ? AND status <> 'pending'",
                                      arguments: [mailing.letter]) != nil else { throw JournalError.unknownLetter(mailing.letter) }
            try db.execute(sql: "INSERT INTO mailing (letter, date, command, status, exit_status, detail) VALUES (?, ?, ?, ?, ?, ?)",
                           arguments: [mailing.letter, mailing.date, mailing.command, mailing.sent ? "sent" : "failed",
                                       mailing.exitStatus.map { Int64($0) }, mailing.detail])
            if mailing.sent {
                try db.execute(sql: "UPDATE letter SET status = 'sent', sent_on = ?, channel = 'email' WHERE id = ? AND status = 'recorded'",
                               arguments: [mailing.date, mailing.letter])
            }
        }
    }

    /// The attempts to send letters by e-mail (only `debtor`'s when given), oldest first.
    public func mailings(debtor: String? = nil) throws -> [MailingRecord] {
        if isEmpty { return [] }
        return try read { db in
            var sql = "SELECT m.id, m.letter, m.date, m.command, m.status, m.exit_status, m.detail FROM mailing m"
            var arguments: StatementArguments = []
            if let debtor { sql += " JOIN letter l ON l.id = m.letter WHERE l.debtor = ?"; arguments = [debtor] }
            return try Row.fetchAll(db, sql: sql + " ORDER BY m.id", arguments: arguments).map { row in
                let status: String = row[4]
                let exit: Int64? = row[5]
                return MailingRecord(id: row[0], letter: row[1], date: row[2], command: row[3], sent: status == "sent",
                                     exitStatus: exit.map { Int32(truncatingIfNeeded: $0) }, detail: row[6])
            }
        }
    }
}
