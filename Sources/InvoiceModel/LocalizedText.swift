/// A text the user writes once, or once per letter language (`{"nl": "...", "fr": "..."}`), such
/// as the reference of a clause in the general terms or the name of a court division.
public struct LocalizedText: Sendable, Equatable {
    /// The text for every language without its own.
    public var text: String
    /// Texts by language code (`en`, `nl`, `fr`, `de`).
    public var byLanguage: [String: String]

    public init(_ text: String, byLanguage: [String: String] = [:]) {
        self.text = text; self.byLanguage = byLanguage
    }

    /// The text for `language`: its own, else the general one.
    public func text(for language: String) -> String { byLanguage[language] ?? text }
}

extension LocalizedText: CustomStringConvertible {
    /// Stable across runs (languages sorted), so hashes of terms that print it never change.
    public var description: String {
        ([text] + byLanguage.keys.sorted().map { "\($0)=\(byLanguage[$0]!)" }).joined(separator: "|")
    }
}
