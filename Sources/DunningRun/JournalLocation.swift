import Dunning
import Foundation
import InvoiceModel
import Journal

/// Where the journal is: `--journal`, else `overdue.db` beside the profile, else in the working folder.
public enum JournalLocation {
    public static func path(option: String?, profile: String?) -> String {
        if let option { return option }
        if let profile {
            let folder = (profile as NSString).deletingLastPathComponent
            return folder.isEmpty ? LetterJournal.defaultName : (folder as NSString).appendingPathComponent(LetterJournal.defaultName)
        }
        return LetterJournal.defaultName
    }

    /// The journal's facts for planning; empty when the file does not exist yet (nothing is created).
    /// With `claims`, only the letters that name one of their invoices are read: the others belong
    /// to cycles long settled (this keeps a long journal's plan fast and small).
    public static func facts(_ journal: LetterJournal?, claims: [Claim]? = nil) throws -> DunningFacts {
        guard let journal else { return DunningFacts() }
        var keep: ((String, [String]) -> Bool)?
        if let claims {
            var invoices: [String: Set<String>] = [:]
            for claim in claims { invoices[claim.debtor.id ?? claim.debtor.name, default: []].formUnion(claim.invoices.map(\.number)) }
            keep = { debtor, named in
                guard let open = invoices[debtor] else { return false }
                return named.contains(where: open.contains)
            }
        }
        return DunningFacts(letters: try journal.letters(forPlanning: true, keep: keep), holds: try journal.holds(),
                            agreements: try journal.agreements())
    }

    /// Opens an existing journal read-only, or nil when there is none at `path`.
    public static func openIfPresent(_ path: String) throws -> LetterJournal? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try LetterJournal(path: path, access: .read)
    }

    /// `claim` with its letter history taken from the journal (`render`, `preview`, `assess`, `batch --journal`).
    public static func withHistory(_ claim: Claim, facts: DunningFacts, asOf: CalendarDate) -> Claim {
        var copy = claim
        copy.history = DunningPlanner.history(of: claim, letters: facts.letters[claim.debtor.id ?? claim.debtor.name] ?? [], asOf: asOf)
        return copy
    }
}
