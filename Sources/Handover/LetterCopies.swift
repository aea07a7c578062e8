import Crypto
import Foundation
import InvoiceModel

/// The letters' bytes exactly as the journal recorded them: read from their files, or rebuilt
/// from the claim the journal kept when a file is gone; either way checked against the SHA-256
/// the journal recorded. A mismatch is an error, never a letter handed over changed.
public enum LetterCopies {
    /// `read` gives a file's bytes (nil when there is none); `rebuild` renders the letter again
    /// from the journal (tries, in order, the renderings it can make; the first that matches wins).
    public static func collect(_ letters: [LetterRecord], read: (String) -> [UInt8]?,
                               rebuild: (LetterRecord) throws -> [[UInt8]]) throws -> [Int64: [UInt8]] {
        var copies: [Int64: [UInt8]] = [:]
        for letter in letters {
            if let bytes = read(letter.file) {
                let found = sha256(bytes)
                guard found == letter.sha256 else {
                    throw HandoverError.letterMismatch(id: letter.id, file: letter.file, expected: letter.sha256, found: found)
                }
                copies[letter.id] = bytes
                continue
            }
            let candidates: [[UInt8]]
            do { candidates = try rebuild(letter) } catch let error as HandoverError { throw error } catch {
                throw HandoverError.cannotRebuild(id: letter.id, reason: "\(error)")
            }
            guard let match = candidates.first(where: { sha256($0) == letter.sha256 }) else {
                throw HandoverError.cannotRebuild(id: letter.id, reason: "rendered again, it no longer matches the SHA-256 the journal recorded (\(letter.sha256))")
            }
            copies[letter.id] = match
        }
        return copies
    }

    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
