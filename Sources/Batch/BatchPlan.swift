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
    public static func stem(key: String, kind: String) -> String {
        var safe = String(key.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
        while safe.hasPrefix("_") || safe.hasPrefix("-") { safe.removeFirst() }
        safe = String(safe.prefix(80))
        if safe != key || safe.isEmpty {
            let digest = SHA256.hash(data: Data(key.utf8)).prefix(4).map { String(format: "%02x", $0) }.joined()
            safe = (safe.isEmpty ? "claim" : safe) + "-" + digest
        }
        return safe + "-" + kind
    }

    /// Stems for claims in input order; the same key twice gets "-2", "-3" ...
    public static func stems(keys: [String], kind: String) -> [String] {
        var seen: [String: Int] = [:]
        return keys.map { key in
            let base = stem(key: key, kind: kind)
            seen[base, default: 0] += 1
            let n = seen[base]!
            return n == 1 ? base : base.replacingOccurrences(of: "-" + kind, with: "") + "-\(n)-" + kind
        }
    }

    /// FNV-1a, 64 bits: a stable hash (Swift's own is seeded per process).
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 { hash ^= UInt64(byte); hash = hash &* 0x100000001b3 }
        return hash
    }
}
