import GRDB

/// The journal's tables, created and migrated by version. A journal with a migration this
/// program does not know was written by a newer version and is refused.
enum JournalSchema {
    /// `PRAGMA application_id` of an Overdue journal ("OVDU").
    static let applicationID: Int32 = 0x4F56_4455

    /// Amounts are kept in integer cents (minor units), never as floating point.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE letter (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    date TEXT NOT NULL,
                    debtor TEXT NOT NULL,
                    debtor_name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    invoices TEXT NOT NULL,
                    open TEXT NOT NULL,  -- each invoice's open amount in cents, in the order of invoices
                    currency TEXT NOT NULL,
                    principal INTEGER NOT NULL,
                    interest INTEGER NOT NULL,
                    fees INTEGER NOT NULL,
                    total INTEGER NOT NULL,
                    own_fee INTEGER NOT NULL,
                    deadline TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    file TEXT NOT NULL,
                    sha256 TEXT NOT NULL DEFAULT '',
                    input_hash TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL CHECK (status IN ('pending', 'recorded', 'sent', 'void')),
                    sent_on TEXT,
                    tracking TEXT,
                    void_reason TEXT,
                    claim TEXT NOT NULL,
                    renderer TEXT NOT NULL
                );
                CREATE INDEX letter_by_debtor ON letter (debtor, id);
                CREATE INDEX letter_by_status ON letter (status);
                CREATE TABLE hold (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    debtor TEXT,
                    invoice TEXT,
                    from_date TEXT NOT NULL,
                    until TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    released_on TEXT,
                    CHECK ((debtor IS NULL) <> (invoice IS NULL))
                );
                CREATE TABLE agreement (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    debtor TEXT NOT NULL,
                    agreed_on TEXT NOT NULL,
                    total INTEGER NOT NULL,
                    instalments INTEGER NOT NULL CHECK (instalments BETWEEN 1 AND 120),
                    first TEXT NOT NULL,
                    interval TEXT NOT NULL CHECK (interval IN ('monthly', 'weekly')),
                    waive_interest INTEGER NOT NULL,
                    waive_fees INTEGER NOT NULL,
                    disputed TEXT,
                    channel TEXT NOT NULL
                );
                CREATE TABLE debtor (id TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE invoice (number TEXT PRIMARY KEY, debtor TEXT NOT NULL) WITHOUT ROWID;
                """)
        }
        // v2: what left by e-mail (`run --send-with`) and the proofs of deposit (`sent --proof`).
        migrator.registerMigration("v2") { db in try JournalSchemaV2.migrate(db) }
        return migrator
    }
}
