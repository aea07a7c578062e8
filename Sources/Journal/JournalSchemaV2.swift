import GRDB

/// Migration "v2" (v1 is never edited): mailings and proofs of deposit.
///
/// Proofs are kept as BLOBs in the journal rather than as files beside it: the journal stays one
/// file to back up and move, a proof is recorded in the same transaction as the letter's tracking
/// number (never a file without its record or a record without its file), and nothing in the
/// folder can be renamed or deleted from under it. A proof is a scan or a receipt of at most
/// `ProofFile.maximumSize` bytes, so the journal grows by little.
enum JournalSchemaV2 {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE mailing (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                letter INTEGER NOT NULL REFERENCES letter (id),
                date TEXT NOT NULL,
                command TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
                exit_status INTEGER,
                detail TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX mailing_by_letter ON mailing (letter, id);
            CREATE TABLE proof (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                letter INTEGER NOT NULL REFERENCES letter (id),
                added_on TEXT NOT NULL,
                type TEXT NOT NULL CHECK (type IN ('pdf', 'png', 'jpeg')),
                name TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                data BLOB NOT NULL
            );
            CREATE INDEX proof_by_letter ON proof (letter, id);
            """)
    }
}
