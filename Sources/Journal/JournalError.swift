import Foundation

/// Why the journal could not be read or changed. Whenever one is thrown, nothing was changed.
public enum JournalError: Error, Equatable, CustomStringConvertible {
    case corrupt(String, detail: String)
    case notAJournal(String)
    case locked(String)
    case newer(String)
    case needsMigration(String)
    case cannotOpen(String, detail: String)
    case unknownLetter(Int64)
    case unknownDebtor(String)
    case unknownInvoice(String)
    case noHold(String)
    case notSendable(Int64, status: String)
    case notVoidable(Int64, status: String)

    public var description: String {
        switch self {
        case .corrupt(let path, let detail): return "\(path): the journal is damaged (\(detail))"
        case .notAJournal(let path): return "\(path): not an Overdue journal (it is an SQLite file of another program)"
        case .locked(let path): return "\(path): the journal is locked by another Overdue command still running"
        case .newer(let path): return "\(path): the journal was written by a newer version of Overdue"
        case .needsMigration(let path): return "\(path): the journal is in an older format"
        case .cannotOpen(let path, let detail): return "\(path): cannot open the journal (\(detail))"
        case .unknownLetter(let id): return "no letter \(id) in the journal"
        case .unknownDebtor(let id): return "debtor \(id) is not known to the journal"
        case .unknownInvoice(let number): return "invoice \(number) is not known to the journal"
        case .noHold(let what): return "no hold in force on \(what)"
        case .notSendable(let id, let status): return "letter \(id) is \(status): it cannot be marked as sent"
        case .notVoidable(let id, let status): return "letter \(id) is \(status): only a letter never sent can be withdrawn"
        }
    }

    /// What to do about it.
    public var hint: String? {
        switch self {
        case .corrupt, .notAJournal: return "restore the journal from a backup, or name another file with --journal"
        case .locked: return "wait for the other command to finish, then run this one again"
        case .newer: return "use the newer version of Overdue that wrote it"
        case .needsMigration: return "any recording command (run, sent, hold ...) brings it up to date"
        case .unknownLetter: return "list the letters with `overdue journal`"
        case .unknownDebtor, .unknownInvoice: return "a debtor or invoice becomes known with the first `overdue run` over an export that holds it"
        case .noHold: return "see the holds with `overdue plan`"
        case .notSendable, .notVoidable, .cannotOpen: return nil
        }
    }
}
