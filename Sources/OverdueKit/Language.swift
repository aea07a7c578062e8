import Letters

/// The languages Overdue writes letters in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case en, nl, fr, de

    /// The language of a code such as `"nl"` or `"NL"`; an unknown code is an error, never a
    /// silent fallback to English.
    public init(code: String) throws {
        guard let language = Language(rawValue: code.lowercased()) else {
            throw OverdueError.unsupportedLanguage(code)
        }
        self = language
    }

    /// The language a letter to this claim is written in: the one asked for, else the debtor's,
    /// else `fallback` (the profile's), else the creditor's, else English. The one rule the CLI,
    /// batch and apps share.
    public static func forLetter(asked: Language?, claim: Claim, fallback: Language? = nil) throws -> Language {
        try OverdueError.wrapping {
            try Language(code: try LocaleFormatter.supportedLetterLanguage(asked: asked?.rawValue, claim: claim, defaultLanguage: fallback?.rawValue))
        }
    }
}
