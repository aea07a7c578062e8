import Foundation
import Letters
import Testing

/// Every tag in every shipped template names a key the composer provides, in branches the
/// example claims never take as well (a typo there would otherwise surface only in production).
@Suite struct TemplateKeysTests {
    /// Tag names per template file (sections, inverted sections, variables; not partials).
    static func tags(in text: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"\{\{\{?\s*[#^/&]?\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}?\}\}"#)
        let ns = text as NSString
        return Set(regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) })
    }

    /// All keys at any depth of the values a letter gets.
    static func keys(_ value: Any) -> Set<String> {
        if let dict = value as? [String: Any] {
            return dict.reduce(into: Set(dict.keys)) { $0.formUnion(keys($1.value)) }
        }
        if let list = value as? [Any] { return list.reduce(into: Set<String>()) { $0.formUnion(keys($1)) } }
        return []
    }

    @Test(arguments: LetterKind.allCases)
    func everyTagIsAKnownKey(kind: LetterKind) throws {
        let provided = Self.keys(try Repo.values("ladder-claim.json", kind: kind))
        for file in try Repo.templateFiles() where file.name.hasPrefix(kind.rawValue + ".") || file.name.hasPrefix("base.") {
            let unknown = Self.tags(in: file.text).subtracting(provided).subtracting(["."])
            #expect(unknown.isEmpty, "\(file.origin) uses unknown keys: \(unknown.sorted())")
        }
    }

    @Test func everyLetterAndLanguageHasATemplate() throws {
        let names = Set(try Repo.templateFiles().map(\.name))
        for kind in LetterKind.allCases {
            for language in LocaleFormatter.languages {
                #expect(names.contains("\(kind.rawValue).\(language)"))
                #expect(names.contains("base.\(language)"))
            }
        }
    }

    /// Markup characters in the data never change a letter's structure, in any template.
    @Test(arguments: GoldenPreviewTests.ladder)
    func dataWithMarkupPrintsAsWritten(kind: LetterKind, language: String) throws {
        let name = "Peeters *& Zonen* | @body - \\ **x**"
        let letter = try Repo.letter("ladder-claim.json", kind: kind, language: language) { $0.debtor.name = name }
        #expect(letter.recipient.first?.plainText == name)
        #expect(letter.recipient.first?.allSatisfy { !$0.bold && !$0.italic } == true)
        #expect(!letter.body.isEmpty)
    }
}
