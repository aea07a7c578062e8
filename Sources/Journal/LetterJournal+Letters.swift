import Foundation
import GRDB
import InvoiceModel

/// A letter about to be written: everything the journal keeps of it.
public struct NewLetter: Sendable {
    public var record: LetterRecord
    /// The claim as sent (canonical claim JSON) and the renderer that wrote it: enough to
    /// rebuild the letter byte for byte.
    public var claimJSON: String
    public var renderer: String

    public init(record: LetterRecord, claimJSON: String, renderer: String) {
        self.record = record; self.claimJSON = claimJSON; self.renderer = renderer
    }
}

extension LetterJournal {
    static let separator = "\u{1F}"

    /// Records `letters` as pending (one transaction), before their files are written; returns
    /// their ids. A pending letter is not in the journal until `confirm` (or `reconcile`) finds
    /// its file complete.
    public func addPending(_ letters: [NewLetter]) throws -> [Int64] {
        try write { db in
            let statement = try db.makeStatement(sql: """
                INSERT INTO letter (date, debtor, debtor_name, kind, invoices, open, currency, principal, interest, fees, total,
                                    own_fee, deadline, channel, file, status, claim, renderer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)
                """)
            return try letters.map { letter in
                let r = letter.record
                try statement.execute(arguments: [
                    r.date.description, r.debtor, r.debtorName, r.letter, r.invoices.joined(separator: Self.separator),
                    r.open.map { String(Cents.of($0)) }.joined(separator: Self.separator), r.currency, Cents.of(r.principal),
                    Cents.of(r.interest), Cents.of(r.fees), Cents.of(r.total), Cents.of(r.ownFee),
                    r.deadline.description, r.channel.rawValue, r.file, letter.claimJSON, letter.renderer,
                ])
                return db.lastInsertedRowID
            }
        }
    }

    /// The letter's file is written completely: the letter is now in the journal (one transaction).
    public func confirm(_ id: Int64, sha256: String, inputHash: String) throws {
        try write { db in
            try db.cachedStatement(sql: "UPDATE letter SET status = 'recorded', sha256 = ?, input_hash = ? WHERE id = ? AND status = 'pending'")
                .execute(arguments: [sha256, inputHash, id])
        }
    }

    /// The letter's file could not be written: it never was.
    public func discard(_ id: Int64) throws {
        try write { db in try db.execute(sql: "DELETE FROM letter WHERE id = ? AND status = 'pending'", arguments: [id]) }
    }

    /// Settles the letters a killed run left pending: a letter whose file exists is recorded (its
    /// file was renamed into place, complete, before the run stopped); the others are dropped.
    /// `digest` gives a file's SHA-256, or nil when there is no file. Returns (recorded, dropped).
    @discardableResult
    public func reconcile(digest: (String) -> String?) throws -> (recorded: Int, dropped: Int) {
        let pending = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, file FROM letter WHERE status = 'pending'").map { (row: Row) -> (Int64, String) in
                (row[0], row[1])
            }
        }
        guard !pending.isEmpty else { return (0, 0) }
        let found = pending.map { ($0.0, digest($0.1)) }
        return try write { db in
            var recorded = 0, dropped = 0
            for (id, sha) in found {
                if let sha {
                    try db.execute(sql: "UPDATE letter SET status = 'recorded', sha256 = ? WHERE id = ?", arguments: [sha, id])
                    recorded += 1
                } else {
                    try db.execute(sql: "DELETE FROM letter WHERE id = ?", arguments: [id])
                    dropped += 1
                }
            }
            return (recorded, dropped)
        }
    }

    /// The letters (not pending), oldest first; only `debtor`'s when given. `forPlanning` leaves
    /// out what the plan never reads (name, file, digest, void reason), to keep memory small
    /// over a long journal.
    /// `keep` (given a letter's debtor and invoices) skips the letters the caller has no use for
    /// before they are decoded.
    public func letters(debtor: String? = nil, forPlanning: Bool = false,
                        keep: ((String, [String]) -> Bool)? = nil) throws -> [LetterRecord] {
        if isEmpty { return [] }
        return try read { db in
            let light = forPlanning ? "'', kind, invoices, open, currency, principal, interest, fees, total, own_fee, deadline, channel, '', ''"
                : "debtor_name, kind, invoices, open, currency, principal, interest, fees, total, own_fee, deadline, channel, file, sha256"
            var sql = """
                SELECT id, date, debtor, \(light), status, sent_on, tracking, \(forPlanning ? "NULL" : "void_reason")
                FROM letter WHERE status <> 'pending'
                """
            var arguments: StatementArguments = []
            if let debtor { sql += " AND debtor = ?"; arguments = [debtor] }
            sql += " ORDER BY id"
            var result: [LetterRecord] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                if let keep {
                    let invoices: String = row[5]
                    guard keep(row[2], invoices.isEmpty ? [] : invoices.components(separatedBy: Self.separator)) else { continue }
                }
                result.append(try Self.letter(row))
            }
            return result
        }
    }

    static func letter(_ row: Row) throws -> LetterRecord {
        func date(_ index: Int) -> CalendarDate { Self.date(row[index] as String) ?? CalendarDate(dayNumber: 0) }
        func money(_ index: Int) -> Decimal { Cents.decimal(row[index] as Int64) }
        let invoices: String = row[5], open: String = row[6]
        return LetterRecord(
            id: row[0], date: date(1), debtor: row[2], debtorName: row[3], letter: row[4],
            invoices: invoices.isEmpty ? [] : invoices.components(separatedBy: separator),
            open: open.isEmpty ? [] : open.components(separatedBy: separator).map { Cents.decimal(Int64($0) ?? 0) },
            currency: row[7], principal: money(8), interest: money(9), fees: money(10), total: money(11), ownFee: money(12),
            deadline: date(13), channel: MailChannel(rawValue: row[14]) ?? .post, file: row[15], sha256: row[16],
            status: LetterStatus(rawValue: row[17]) ?? .recorded,
            sentOn: (row[18] as String?).flatMap(Self.date), tracking: row[19], voidReason: row[20])
    }

    /// A `YYYY-MM-DD` date as the journal writes it, read from its bytes (this runs for every
    /// letter of a long journal).
    static func date(_ text: String) -> CalendarDate? {
        var text = text
        return text.withUTF8 { bytes -> CalendarDate? in
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    let digit = Int(bytes[i]) - 0x30
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
    }

    /// The claim as sent (canonical claim JSON) and the renderer version of letter `id`.
    public func sentClaim(_ id: Int64) throws -> (claimJSON: String, renderer: String) {
        if isEmpty { throw JournalError.unknownLetter(id) }
        return try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT claim, renderer FROM letter WHERE id = ? AND status <> 'pending'",
                                             arguments: [id]) else { throw JournalError.unknownLetter(id) }
            return (row[0], row[1])
        }
    }

    /// Marks letters as sent on `date` (the day their legal periods count from), by `channel`
    /// when given, with the registered item's `tracking` code. All or nothing.
    public func markSent(_ ids: [Int64], on date: CalendarDate, by channel: MailChannel?, tracking: String?) throws {
        try write { db in try Self.markSent(ids, on: date, by: channel, tracking: tracking, in: db) }
    }

    /// The rows of `markSent`, inside the caller's transaction (also used with a proof of deposit).
    static func markSent(_ ids: [Int64], on date: CalendarDate, by channel: MailChannel?, tracking: String?, in db: Database) throws {
        for id in ids {
            guard let status = try String.fetchOne(db, sql: "SELECT status FROM letter WHERE id = ? AND status <> 'pending'",
                                                   arguments: [id]) else { throw JournalError.unknownLetter(id) }
            if status == "void" { throw JournalError.notSendable(id, status: status) }
            try db.execute(sql: "UPDATE letter SET status = 'sent', sent_on = ?, channel = coalesce(?, channel), tracking = coalesce(?, tracking) WHERE id = ?",
                           arguments: [date.description, channel?.rawValue, tracking, id])
        }
    }

    /// Withdraws a letter never sent.
    public func void(_ id: Int64, reason: String) throws {
        try write { db in
            guard let status = try String.fetchOne(db, sql: "SELECT status FROM letter WHERE id = ? AND status <> 'pending'",
                                                   arguments: [id]) else { throw JournalError.unknownLetter(id) }
            guard status == "recorded" else { throw JournalError.notVoidable(id, status: status) }
            try db.execute(sql: "UPDATE letter SET status = 'void', void_reason = ? WHERE id = ?", arguments: [reason, id])
        }
    }
}

/// Amounts as integer cents in the database.
enum Cents {
    static func of(_ amount: Decimal) -> Int64 {
        NSDecimalNumber(decimal: Money.round(amount * 100, scale: 0)).int64Value
    }

    /// Built from its digits and exponent: no division (which costs more than the rest of a row).
    static func decimal(_ cents: Int64) -> Decimal {
        Decimal(sign: cents < 0 ? .minus : .plus, exponent: -2, significand: Decimal(cents.magnitude))
    }
}
