import Foundation
import GRDB
import InvoiceModel

extension LetterJournal {
    /// Remembers the debtors and invoices of a run's inputs, so that holds and agreements can
    /// name them later (one transaction).
    public func remember(debtors: [(id: String, name: String)], invoices: [(number: String, debtor: String)]) throws {
        try write { db in
            let d = try db.makeStatement(sql: "INSERT OR REPLACE INTO debtor (id, name) VALUES (?, ?)")
            for debtor in debtors { try d.execute(arguments: [debtor.id, debtor.name]) }
            let i = try db.makeStatement(sql: "INSERT OR REPLACE INTO invoice (number, debtor) VALUES (?, ?)")
            for invoice in invoices { try i.execute(arguments: [invoice.number, invoice.debtor]) }
        }
    }

    static func requireDebtor(_ db: Database, _ id: String) throws {
        let known = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM debtor WHERE id = ?) OR EXISTS (SELECT 1 FROM letter WHERE debtor = ?)",
                                      arguments: [id, id]) ?? false
        guard known else { throw JournalError.unknownDebtor(id) }
    }

    static func requireInvoice(_ db: Database, _ number: String) throws {
        let known = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM invoice WHERE number = ?)", arguments: [number]) ?? false
        guard known else { throw JournalError.unknownInvoice(number) }
    }

    /// True when the journal has seen `id` (in a run's inputs or a letter).
    public func knows(debtor id: String) throws -> Bool {
        if isEmpty { return false }
        return try read { db in
            do { try Self.requireDebtor(db, id); return true } catch is JournalError { return false }
        }
    }

    /// Puts a debtor or an invoice on hold from `date` until `until` (exclusive). Returns its id.
    @discardableResult
    public func hold(debtor: String?, invoice: String?, from date: CalendarDate, until: CalendarDate, reason: String) throws -> Int64 {
        try write { db in
            if let debtor { try Self.requireDebtor(db, debtor) }
            if let invoice { try Self.requireInvoice(db, invoice) }
            try db.execute(sql: "INSERT INTO hold (debtor, invoice, from_date, until, reason) VALUES (?, ?, ?, ?, ?)",
                           arguments: [debtor, invoice, date.description, until.description, reason])
            return db.lastInsertedRowID
        }
    }

    /// Ends the holds in force on a debtor or an invoice on `date`. Returns how many ended.
    @discardableResult
    public func release(debtor: String?, invoice: String?, on date: CalendarDate) throws -> Int {
        try write { db in
            if let debtor { try Self.requireDebtor(db, debtor) }
            if let invoice { try Self.requireInvoice(db, invoice) }
            try db.execute(sql: """
                UPDATE hold SET released_on = ?
                WHERE (debtor = ? OR invoice = ?) AND from_date <= ? AND until > ? AND released_on IS NULL
                """, arguments: [date.description, debtor, invoice, date.description, date.description])
            let changed = db.changesCount
            guard changed > 0 else { throw JournalError.noHold(debtor.map { "debtor \($0)" } ?? "invoice \(invoice ?? "")") }
            return changed
        }
    }

    public func holds() throws -> [HoldRecord] {
        if isEmpty { return [] }
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT id, debtor, invoice, from_date, until, reason, released_on FROM hold ORDER BY id").map { row in
                HoldRecord(id: row[0], debtor: row[1], invoice: row[2], from: CalendarDate(iso: row[3]) ?? CalendarDate(dayNumber: 0),
                           until: CalendarDate(iso: row[4]) ?? CalendarDate(dayNumber: 0), reason: row[5],
                           releasedOn: (row[6] as String?).flatMap(CalendarDate.init(iso:)))
            }
        }
    }

    /// Records a compromise agreed with a debtor. Returns its id.
    @discardableResult
    public func agree(_ agreement: AgreementRecord) throws -> Int64 {
        try write { db in
            try Self.requireDebtor(db, agreement.debtor)
            try db.execute(sql: """
                INSERT INTO agreement (debtor, agreed_on, total, instalments, first, interval, waive_interest, waive_fees, disputed, channel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [agreement.debtor, agreement.agreedOn.description, Cents.of(agreement.total), agreement.instalments,
                                 agreement.first.description, agreement.interval.rawValue, agreement.waiveInterest, agreement.waiveFees,
                                 agreement.disputed, agreement.channel])
            return db.lastInsertedRowID
        }
    }

    public func agreements() throws -> [AgreementRecord] {
        if isEmpty { return [] }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, debtor, agreed_on, total, instalments, first, interval, waive_interest, waive_fees, disputed, channel
                FROM agreement ORDER BY id
                """).map { row in
                AgreementRecord(id: row[0], debtor: row[1], agreedOn: CalendarDate(iso: row[2]) ?? CalendarDate(dayNumber: 0),
                                total: Cents.decimal(row[3]), instalments: row[4], first: CalendarDate(iso: row[5]) ?? CalendarDate(dayNumber: 0),
                                interval: InstalmentSchedule.Interval(rawValue: row[6]) ?? .monthly, waiveInterest: row[7], waiveFees: row[8],
                                disputed: row[9], channel: row[10])
            }
        }
    }
}
