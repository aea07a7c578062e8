import Foundation

extension String {
    /// What `trimmed` removes from both ends.
    public enum Blank: Sendable {
        /// Spaces and tabs (`CharacterSet.whitespaces`).
        case spaces
        /// Spaces, tabs and line breaks (`CharacterSet.whitespacesAndNewlines`).
        case spacesAndNewlines
    }

    /// The text without blanks at either end; no copy when it starts and ends with a visible
    /// ASCII character (the usual case in exports read by the thousand).
    public func trimmed(_ blank: Blank = .spaces) -> String {
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        return trimmingCharacters(in: blank == .spaces ? .whitespaces : .whitespacesAndNewlines)
    }
}
