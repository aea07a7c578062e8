import Foundation
import HaruPDF
import LetterPDF
import Letters
import Testing

/// Books (the volumes of `batch --combined`): many letters in one PDF through libharu.
@Suite(.serialized) struct BookTests {
    /// A small one-page letter, so that tens of thousands of pages stay quick.
    func smallLetter(_ n: Int) -> LetterDocument {
        LetterDocument(title: "Letter \(n)", author: "Studio Vermeulen BV",
                       recipient: [[Run("Debtor \(n)")], [Run("Markt 3")], [Run("2000 Antwerpen")]],
                       subject: [[Run("Reminder \(n)", bold: true)]],
                       body: [.paragraph([[Run("Please pay invoice \(n).")]])])
    }

    /// 16,400 one-page letters, each with its blank back: 32,800 pages, beyond the 32,767 kids one
    /// page-tree node of libharu can hold (the combined file of the issue failed there).
    @Test func aBookGoesBeyond32767Pages() throws {
        let renderer = try shippedRenderer()
        let plans = try (0..<4).map { try renderer.plan(smallLetter($0)) }
        try renderer.beginBook(title: "Big", author: "Overdue")
        var added = 0
        for n in 0..<16_400 { added += try renderer.appendToBook(plans[n % plans.count]) }
        #expect(added == 32_800 && renderer.bookPageCount == 32_800)
        let path = try temporaryPDF(Data(), name: "big")
        try renderer.finishBook(toFile: path, title: "Big book")
        let info = try tool("pdfinfo", [path]).output
        #expect(info.contains("Pages:           32800"), "\(info)")
        #expect(try tool("qpdf", ["--check", path]).status == 0)
        // Letters on odd pages, blank backs on even ones, in order.
        #expect(try tool("pdftotext", ["-f", "32799", "-l", "32799", path, "-"]).output.contains("Reminder 3"))
        #expect(try tool("pdftotext", ["-f", "32800", "-l", "32800", path, "-"]).output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        // The page tree has two levels: the root over nodes of at most 128 pages each.
        let expanded = try tool("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        #expect(expanded.components(separatedBy: "/Type /Pages").count - 1 == 1 + (32_800 + 127) / 128)
    }

    /// Without the page tree, libharu's own limit shows, and the error names the library's code,
    /// what it means and the page, not a guess.
    @Test func aLibraryFailureNamesItsCodeAndPage() throws {
        let renderer = try shippedRenderer()
        let plan = try renderer.plan(smallLetter(1))
        try renderer.beginBook(title: "One node", author: "Overdue", pagesPerNode: 0)
        var thrown: Error?
        do {
            for _ in 0..<16_384 { try renderer.appendToBook(plan) }
        } catch {
            thrown = error
        }
        let error = try #require(thrown as? HaruError)
        #expect(error.description == "PDF library error HPDF_ARRAY_COUNT_ERR (0x1001, detail 0): a PDF array is full (libharu holds at most 32,767 entries in one array, e.g. the pages of one node of the page tree) while adding a page (blank back page 32768)")
        #expect(!error.description.contains("font"))
        // A letter's own page names its number too.
        try renderer.beginBook(title: "One node", author: "Overdue", pagesPerNode: 0)
        for _ in 0..<16_383 { try renderer.appendToBook(plan) }
        let twoPages = try renderer.plan(LetterDocument(title: "Long", author: "Overdue", body: Array(repeating: .paragraph([[Run(String(repeating: "Word ", count: 60))]]), count: 40)))
        #expect(twoPages.pageCount > 1)
        #expect(throws: HaruError.library(code: 0x1001, detail: 0, during: "adding a page (page 32768)")) {
            _ = try renderer.appendToBook(twoPages)
        }
    }
}
