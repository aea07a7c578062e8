import Foundation

extension String {
    /// `trimmingCharacters(in: set)` for `.whitespaces` or `.whitespacesAndNewlines`, without a
    /// copy when the text starts and ends with a visible ASCII character (the usual case in
    /// exports read by the thousand).
    public func trimmed(_ set: CharacterSet = .whitespaces) -> String {
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        return trimmingCharacters(in: set)
    }
}
