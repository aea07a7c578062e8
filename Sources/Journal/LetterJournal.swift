import Foundation
import GRDB
import InvoiceModel

/// The journal of what was sent: one SQLite file (through GRDB), created on first use by `run`,
/// its schema migrated by version. Every change is one transaction: a command that fails
/// changes nothing. A journal opened for recording stays locked until it is closed, so two
/// runs never record at the same time.
public final class LetterJournal: @unchecked Sendable {
    /// The journal's file name when none is given.
    public static let defaultName = "overdue.db"

    public enum Access: Sendable {
        /// Read only; the file must exist.
        case read
        /// Read and record; the file must exist.
        case write
        /// Read and record; the file is created when missing.
        case create
    }

    public let path: String
    let queue: DatabaseQueue
    /// True for a file with no tables yet (a first run killed before it created them), read only:
    /// it holds no letters.
    public private(set) var isEmpty = false

    /// Opens the journal at `path`. Throws `JournalError` for a missing (unless `.create`),
    /// damaged, foreign, newer or locked file; nothing is written then.
    public init(path: String, access: Access) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw JournalError.cannotOpen(path, detail: "it is a folder") }
        if !exists, access != .create { throw JournalError.cannotOpen(path, detail: "no such file") }
        if exists {
            var status = stat()
            if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                throw JournalError.cannotOpen(path, detail: "not a regular file")
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(2)
        config.label = "overdue journal"
        if access == .read {
            // Not opened read-only: SQLite must be able to roll back what a killed run left half
            // done (a hot rollback journal). Queries cannot write.
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
        } else {
            config.prepareDatabase { db in
                // Held until the journal is closed: no second run records at the same time.
                try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE")
                // A killed process loses nothing it committed (only a power cut could lose the last
                // letters, as it could their files); an fsync per letter would cost more than the letter.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.inDatabase { db in
                if access != .read {
                    // Take the lock now, before anything is read.
                    try db.execute(sql: "BEGIN EXCLUSIVE; COMMIT")
                }
                try Self.check(db, path: path, readOnly: access == .read)
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                isEmpty = access == .read && tables == 0
                if access != .read {
                    // Write-ahead log: a letter's commit appends to it, with no file created and
                    // deleted per transaction; a killed run's log is replayed by the next opener.
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
            }
            if access != .read { try JournalSchema.migrator.migrate(queue) }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    /// Refuses a foreign, newer or damaged file. (Damage further in is met when it is read:
    /// SQLite reports it, and the command stops with nothing changed.)
    static func check(_ db: Database, path: String, readOnly: Bool) throws {
        // Reading the schema is also what finds a file that is no database at all.
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if tables == 0 { return }
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        guard application == JournalSchema.applicationID else { throw JournalError.notAJournal(path) }
        if try JournalSchema.migrator.hasBeenSuperseded(db) { throw JournalError.newer(path) }
        if readOnly, try !JournalSchema.migrator.hasCompletedMigrations(db) {
            throw JournalError.needsMigration(path)
        }
    }

    static func translate(_ error: DatabaseError, path: String) -> JournalError {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .corrupt(path, detail: error.message ?? "not an SQLite database")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return .cannotOpen(path, detail: error.message ?? "\(error.resultCode)")
        default: return .cannotOpen(path, detail: error.message ?? "\(error)")
        }
    }

    /// Closes the file: the write-ahead log is folded into it and removed, and the lock released.
    /// (Also done when the journal is released; a command that records calls it before it ends.)
    public func close() throws {
        do { try queue.close() } catch let error as DatabaseError { throw Self.translate(error, path: path) }
    }

    /// Runs `body` in one transaction; database errors become `JournalError`s.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.write(body) } catch let error as DatabaseError { throw Self.translate(error, path: path) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch let error as DatabaseError { throw Self.translate(error, path: path) }
    }
}
