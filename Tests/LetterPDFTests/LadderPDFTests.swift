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

@Suite(.serialized) struct PaymentBlockLayoutTests {
    /// The closing (long in French) stays left of the payment block beside it.
    @Test(arguments: LocaleFormatter.languages)
    func theClosingNeverRunsIntoThePaymentBlock(language: String) throws {
        let letter = try Repo.letter("many-invoices.json", language: language)
        let path = try temporaryPDF(try shippedRenderer().render(letter))
        let all = words(bbox: try tool("pdftotext", ["-bbox", path, "-"]).output)
        let lastPage = all.map(\.page).max() ?? 1
        let closing = Set(letter.closing.flatMap { block -> [String] in
            guard case .paragraph(let lines) = block else { return [] }
            return lines.flatMap { $0.plainText.split(separator: " ").map(String.init) }
        })
        let mm = 72.0 / 25.4
        let page = all.filter { $0.page == lastPage && $0.word.yMax < 274 * mm }.map(\.word)
        // The payment block's text starts with the IBAN right of its QR code (98 + 24 mm); the box is about
        // as tall as the code, and the closing must keep left of it over that band.
        let iban = try #require(page.first { $0.text == "IBAN" && $0.xMin > 122 * mm })
        let top = iban.yMin - 3 * mm, bottom = iban.yMin + 24 * mm
        let beside = page.filter { closing.contains($0.text) && $0.xMin < 98 * mm && $0.yMax > top && $0.yMin < bottom }
        #expect(!beside.isEmpty, "the closing should sit beside the payment block")
        for w in beside { #expect(w.xMax < 98 * mm, "\(w.text) at \(w.xMax / mm) mm") }
    }
}
