import Foundation
import HaruPDF
import InvoiceModel
import InvoiceReaders
import LateFees
import LetterPDF
import Letters
import Testing

/// A batch renders thousands of letters with one renderer (one libharu handle) per thread:
/// every letter must come out as it does from a fresh renderer, whatever came before it.
@Suite struct HandleReuseTests {
    static let cases: [(String, LetterKind)] = [
        ("consumer-claim.json", .reminder), ("consumer-claim.json", .secondReminder), ("notice-claim.json", .notice),
        ("ladder-claim.json", .compromise), ("many-invoices.json", .notice), ("ladder-claim.json", .reminder),
    ]

    @Test(arguments: ["en", "nl", "fr", "de"])
    func aReusedRendererWritesWhatAFreshOneWrites(language: String) throws {
        // Plus letters to names only the fallback font prints (loaded on first need).
        let letters = try Self.cases.map { try Repo.letter($0.0, kind: $0.1, language: language) }
            + [try Repo.letter("notice-claim.json", kind: .reminder, language: language) { $0.debtor.name = "Νίκος Παπαδόπουλος" },
               try Repo.letter("notice-claim.json", kind: .notice, language: language) { $0.debtor.name = "Ольга Петренко" }]
        let reused = try shippedRenderer()
        // Twice round, so that every letter follows every kind of letter at least once.
        for (index, letter) in (letters + letters).enumerated() {
            let fresh = try shippedRenderer().render(letter)
            let again = try reused.render(letter)
            #expect(again == fresh, "letter \(index % letters.count) in \(language)")
        }
    }

    /// The shipped example in every kind and language, one renderer for all, as a batch does
    /// (this once failed for the French reminder of a consumer: see `shippedFontsEndWithAPrepTable`).
    @Test func theShippedExampleRendersInEveryKindAndLanguageWithOneRenderer() throws {
        let csv = Repo.root.appendingPathComponent("Examples/invoices.csv").path
        let profile = try Profile.read(try String(contentsOfFile: Repo.root.appendingPathComponent("Examples/overdue.yaml").path, encoding: .utf8),
                                       file: "overdue.yaml")
        let claims = try InvoiceCSVReader(file: csv, profile: profile).read(UTF8CheckedStream(InputStream(fileAtPath: csv)!), delimiter: ";")
        let composer = LetterComposer(templates: try Repo.templates())
        let reused = try shippedRenderer()
        var rendered = 0
        for kind in [LetterKind.reminder, .secondReminder, .notice] {
            for language in ["en", "nl", "fr", "de"] {
                for claim in claims {
                    let asOf = CalendarDate(iso: "2026-11-29")!
                    let letter = try composer.compose(kind, language: language, claim: claim, assessment: try Assessor().assess(claim, asOf: asOf))
                    #expect(try reused.render(letter) == (try shippedRenderer().render(letter)), "\(kind) \(language) \(claim.debtor.id ?? "")")
                    rendered += 1
                }
            }
        }
        #expect(rendered == 36)
    }

    /// libharu writes a font's tables in a fixed order with 'prep' last; when it is missing and the
    /// tables before it fill libharu's 4 KB blocks exactly, the document cannot be written. The
    /// cut fonts therefore carry a one-instruction 'prep' (Fonts/build-fonts.py).
    @Test(arguments: ["Regular", "Bold", "Italic", "BoldItalic"])
    func shippedFontsEndWithAPrepTable(face: String) throws {
        let font = [UInt8](try Data(contentsOf: Repo.root.appendingPathComponent("Fonts/OverdueSans-\(face).ttf")))
        func uint(_ at: Int, _ bytes: Int) -> Int { (0..<bytes).reduce(0) { $0 << 8 | Int(font[at + $1]) } }
        let tables = (0..<uint(4, 2)).map { i -> (String, Int) in
            let record = 12 + 16 * i
            return (String(decoding: font[record..<record + 4], as: UTF8.self), uint(record + 12, 4))
        }
        let prep = try #require(tables.first { $0.0 == "prep" }, "no prep table in OverdueSans-\(face).ttf")
        #expect(prep.1 > 0)
    }
}
