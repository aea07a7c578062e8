import Crypto
import Foundation
import InvoiceModel

/// Which claims a batch renders and under which file names.
public enum BatchPlan {
    /// `--shard K/N`: the K-th (1-based) of N parts.
    public struct Shard: Sendable, Equatable {
        public let index: Int
        public let count: Int
        public init?(_ text: String) {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else { return nil }
            index = k; count = n
        }
        /// Deterministic: a debtor always falls in the same part, whatever the input order.
        public func contains(key: String) -> Bool { count == 1 || Int(fnv1a(key) % UInt64(count)) == index - 1 }
    }

    /// The key a claim is known by: the debtor id, else the debtor's name.
    public static func key(_ claim: Claim) -> String { claim.debtor.id ?? claim.debtor.name }

    /// A file stem that stays inside the output folder and is unique per debtor: letters, digits,
    /// dash and underscore from the key; when characters had to be replaced, a short hash of
    /// the key keeps two different keys apart.
    /// With `date` (a dunning run, where a debtor gets a letter each cycle), the date ends the stem.
    /// This is the one rule that names letter files (`batch`, `run`, `Overdue.batch`, and `render` of
    /// several claims; `render` of one claim writes `<input name>-<kind>.pdf` unless `-o` names it).
    public static func stem(key: String, kind: String, date: CalendarDate? = nil) -> String {
        var safe = String(key.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
        while safe.hasPrefix("_") || safe.hasPrefix("-") { safe.removeFirst() }
        safe = String(safe.prefix(80))
        if safe != key || safe.isEmpty {
            let digest = SHA256.hash(data: Data(key.utf8)).prefix(4).map { String(format: "%02x", $0) }.joined()
            safe = (safe.isEmpty ? "claim" : safe) + "-" + digest
        }
        return safe + "-" + kind + (date.map { "-\($0)" } ?? "")
    }

    /// Stems for claims in input order; the same key twice gets "-2", "-3" ...
    public static func stems(keys: [String], kind: String) -> [String] {
        var names = LetterNames()
        return keys.map { names.next(key: $0, kind: kind) }
    }
    /// FNV-1a, 64 bits: a stable hash (Swift's own is seeded per process).
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 { hash ^= UInt64(byte); hash = hash &* 0x100000001b3 }
        return hash
    }
}


/// Names the letters of one run in input order: `BatchPlan.stem`, and the same stem again gets
/// "-2", "-3" ... before the kind. Keeps a 64-bit hash per name, so memory stays flat over
/// 100,000 debtors.
public struct LetterNames: Sendable {
    private var seen: [UInt64: Int] = [:]
    /// Every name given so far, as `BatchPlan.fnv1a` hashes (to tell this run's letters from stale ones).
    public private(set) var given: Set<UInt64> = []

    public init() {}

    /// The next letter's stem for `key`.
    public mutating func next(key: String, kind: String) -> String {
        let base = BatchPlan.stem(key: key, kind: kind)
        let hash = BatchPlan.fnv1a(base)
        let n = (seen[hash] ?? 0) + 1
        seen[hash] = n
        let name = n == 1 ? base : String(base.dropLast(kind.count + 1)) + "-\(n)-" + kind
        given.insert(BatchPlan.fnv1a(name))
        return name
    }
}
