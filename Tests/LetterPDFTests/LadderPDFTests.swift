import Foundation
import LetterPDF
import Letters
import Testing

/// Every letter in every language passes the checks a reader's tools make.
@Suite(.serialized) struct LadderPDFTests {
    static let ladder: [(LetterKind, String)] = LetterKind.allCases.flatMap { kind in LocaleFormatter.languages.map { (kind, $0) } }
    static let notation = ["en": "Registered mail", "nl": "Aangetekend", "fr": "Recommandé", "de": "Einschreiben"]
    static let pageLabel = ["en": "Page 2 of 2", "nl": "Pagina 2 van 2", "fr": "Page 2 sur 2", "de": "Seite 2 von 2"]

    @Test(arguments: ladder)
    func everyLetterPassesThePDFChecks(kind: LetterKind, language: String) throws {
        let letter = try Repo.letter("ladder-claim.json", kind: kind, language: language)
        let path = try temporaryPDF(try shippedRenderer().render(letter))
        #expect(try tool("qpdf", ["--check", path]).status == 0)
        let text = try tool("pdftotext", ["-enc", "UTF-8", path, "-"]).output.replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(text.contains("Bakkerij Peeters"))
        #expect(text.contains("Jan Peeters"))
        #expect(text.contains("2000 Antwerpen"))
        // The same words as the preview: every line of the subject appears.
        for line in letter.subject { #expect(text.contains(line.plainText.replacingOccurrences(of: "\u{00A0}", with: " "))) }
        // Registered mail only on the formal notice.
        #expect(letter.notation.isEmpty == (kind != .notice))
        if kind == .notice { #expect(text.contains(Self.notation[language]!)) }
        let info = try tool("pdfinfo", [path]).output
        #expect(info.contains("Author:          Studio Vermeulen BV"))
    }

    @Test(arguments: LocaleFormatter.languages)
    func aLongNoticeRunsToTwoPagesInEveryLanguage(language: String) throws {
        let path = try temporaryPDF(try shippedRenderer().render(try Repo.letter("many-invoices.json", language: language)))
        #expect(try tool("qpdf", ["--check", path]).status == 0)
        let pages = try tool("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"]).output.split(separator: "\u{0C}")
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count == 2)
        #expect(pages.last?.contains(Self.pageLabel[language]!) == true)
        let text = pages.joined()
        #expect(text.contains("Łódź Dvořák & Søn BVBA"))
    }
}
