/// Why no pack was written. Nothing is left behind when one is thrown.
public enum HandoverError: Error, Equatable, CustomStringConvertible {
    case unknownDebtor(String)
    case noLetters(String)
    case letterMismatch(id: Int64, file: String, expected: String, found: String)
    case cannotRebuild(id: Int64, reason: String)
    case output(String, reason: String)

    public var description: String {
        switch self {
        case .unknownDebtor(let id): return "debtor \(id) is in neither the inputs nor the journal"
        case .noLetters(let id): return "no letter has been written to debtor \(id) yet: there is nothing to hand over"
        case .letterMismatch(let id, let file, let expected, let found):
            return "letter #\(id) (\(file)): its SHA-256 is \(found), but the journal recorded \(expected): the letter was changed"
        case .cannotRebuild(let id, let reason): return "letter #\(id): its file is gone and it cannot be rebuilt from the journal: \(reason)"
        case .output(let path, let reason): return "\(path): \(reason)"
        }
    }

    /// What to do about it.
    public var hint: String? {
        switch self {
        case .unknownDebtor: return "the ids are in the plan's first column"
        case .noLetters: return "`overdue run` writes the letters; hand over once the formal notice has gone"
        case .letterMismatch: return "restore the letter as it was sent, or remove it so that it is rebuilt from the journal"
        case .cannotRebuild: return "restore the letter's file from a backup"
        case .output: return nil
        }
    }
}
