import Foundation
import HaruPDF
import InvoiceModel
import LetterPDF
import Letters
import Testing

@Suite(.serialized) struct LetterPDFTests {
    let mm = 72.0 / 25.4

    @Test func theNoticePassesQPDFAndReadsBack() throws {
        let path = try temporaryPDF(try shippedRenderer().render(try Repo.letter("notice-claim.json")))
        let check = try tool("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
        let text = try tool("pdftotext", ["-enc", "UTF-8", path, "-"]).output
        for expected in ["Registered mail", "Bakkerij Peeters", "Attn. Jan Peeters", "2000 Antwerpen",
                         "Formal notice of default: invoice 2026-0142", "€1,210.00", "-€200.00", "€15.66", "€22.13",
                         "€102.57", "€1,150.36", "9 December 2026", "BE71 0961 2345 6769", "+++090/9337/55493+++",
                         "Ann Vermeulen", "Page 1 of 2", "Page 2 of 2", "RPR/RPM Gent, afdeling Gent", "0987.654.394"] {
            #expect(text.replacingOccurrences(of: "\u{00A0}", with: " ").contains(expected), "\(expected)")
        }
        let info = try tool("pdfinfo", [path]).output
        #expect(info.contains("Title:           Formal notice of default: invoice 2026-0142"))
        #expect(info.contains("Author:          Studio Vermeulen BV"))
        #expect(info.contains("Pages:           2"))
        #expect(info.contains("A4"))
    }

    @Test func theAddressSitsInTheEnvelopeWindow() throws {
        let path = try temporaryPDF(try shippedRenderer().render(try Repo.letter("notice-claim.json")))
        let all = words(bbox: try tool("pdftotext", ["-bbox", path, "-"]).output)
        // DIN 5008 form B window: 20 mm from the left, 45 mm from the top, 85 x 45 mm.
        let window = (x0: 20 * mm, y0: 45 * mm, x1: 105 * mm, y1: 90 * mm)
        for word in ["Bakkerij", "Peeters", "Attn.", "Markt", "2000", "Antwerpen", "Registered", "mail"] {
            let found = all.filter { $0.page == 1 && $0.word.text == word }
            #expect(!found.isEmpty, "\(word) not found")
            #expect(found.contains { w in
                w.word.xMin >= window.x0 && w.word.xMax <= window.x1 && w.word.yMin >= window.y0 && w.word.yMax <= window.y1
            }, "\(word) outside the window")
        }
        // The notation is in the window's top zone (17.7 mm), above the address.
        let notation = try #require(all.first { $0.word.text == "Registered" }?.word)
        #expect(notation.yMax <= (45 + 17.7) * mm)
        let name = try #require(all.first { $0.word.text == "Bakkerij" }?.word)
        #expect(name.yMin >= (45 + 17.7) * mm)
    }

    /// A legal name wider than the window continues on the next line, inside the window; a single
    /// word wider than the window, or more lines than it holds, is an error naming the problem.
    @Test func aLongNameWrapsInsideTheWindow() throws {
        let long = "HEP-OPERATOR DISTRIBUCIJSKOG SUSTAVA D.O.O. ZA DISTRIBUCIJU I OPSKRBU ELEKTRICNE ENERGIJE"
        let path = try temporaryPDF(try shippedRenderer().render(try Repo.letter("notice-claim.json") { $0.debtor.name = long }))
        let all = words(bbox: try tool("pdftotext", ["-bbox", path, "-"]).output)
        let window = (x0: 20 * mm, y0: 45 * mm, x1: 105 * mm, y1: 90 * mm)
        for word in long.split(separator: " ").map(String.init) + ["Markt", "Antwerpen"] {
            #expect(all.contains { w in
                w.page == 1 && w.word.text == word && w.word.xMin >= window.x0 && w.word.xMax <= window.x1
                    && w.word.yMin >= window.y0 && w.word.yMax <= window.y1
            }, "\(word) not in the window")
        }
        let first = try #require(all.first { $0.word.text == "HEP-OPERATOR" }?.word)
        let last = try #require(all.first { $0.word.text == "ENERGIJE" }?.word)
        #expect(last.yMin > first.yMax, "the name did not continue on a second line")

        #expect(throws: LayoutError.addressTooWide(line: "Aktiengesellschaftsvermögensverwaltungsgesellschaftsname")) {
            _ = try shippedRenderer().render(try Repo.letter("notice-claim.json") { $0.debtor.name = "Aktiengesellschaftsvermögensverwaltungsgesellschaftsname" })
        }
        #expect(throws: LayoutError.self) {
            _ = try shippedRenderer().render(try Repo.letter("notice-claim.json") { $0.debtor.name = long + " " + long + " " + long })
        }
    }

    @Test func accentsAndNamesBeyondLatin1Print() throws {
        let path = try temporaryPDF(try shippedRenderer().render(try Repo.letter("many-invoices.json")))
        #expect(try tool("qpdf", ["--check", path]).status == 0)
        let text = try tool("pdftotext", ["-enc", "UTF-8", path, "-"]).output
        for name in ["Łódź Dvořák & Søn BVBA", "Zoë Müller-Lüdenscheidt", "Rue de l'Église 5", "Total due"] {
            #expect(text.replacingOccurrences(of: "\u{00A0}", with: " ").contains(name), "\(name)")
        }
    }

    @Test func aLongInvoiceListContinuesWithTheHeaderRepeated() throws {
        let path = try temporaryPDF(try shippedRenderer().render(try Repo.letter("many-invoices.json")))
        let pages = try tool("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"]).output.split(separator: "\u{0C}").map(String.init)
        #expect(pages.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count == 2)
        #expect(pages[0].contains("Page 1 of 2"))
        #expect(pages[1].contains("Page 2 of 2"))
        // The table header appears on both pages; the total on the last.
        #expect(pages[0].contains("Description") && pages[0].contains("Amount"))
        #expect(pages[1].contains("Description") && pages[1].contains("Amount"))
        #expect(pages[1].contains("Total due"))
        #expect(pages[1].contains("Studio Vermeulen BV · Formal notice of default"))
    }

    @Test func identicalInputGivesIdenticalBytes() throws {
        let letter = try Repo.letter("many-invoices.json")
        let renderer = try shippedRenderer()
        let first = try renderer.render(letter)
        _ = try renderer.render(try Repo.letter("notice-claim.json"))
        let again = try renderer.render(letter)
        let fresh = try shippedRenderer().render(letter)
        #expect(first == again)
        #expect(first == fresh)
    }

    @Test func namesOutsideTheCutFontPrintWithTheFallback() throws {
        let letter = try Repo.letter("notice-claim.json") { $0.debtor.name = "Ελληνική Εταιρεία ΑΕ, Москва" }
        let path = try temporaryPDF(try shippedRenderer().render(letter))
        #expect(try tool("qpdf", ["--check", path]).status == 0)
        #expect(try tool("pdftotext", ["-enc", "UTF-8", path, "-"]).output.contains("Ελληνική Εταιρεία ΑΕ, Москва"))
        #expect(try tool("pdffonts", [path]).output.contains("DejaVuSans"))
    }

    @Test func aLetterInTheCutFontStaysSmall() throws {
        let pdf = try shippedRenderer().render(try Repo.letter("notice-claim.json"))
        #expect(pdf.count <= 36 * 1024, "\(pdf.count) bytes")
        let path = try temporaryPDF(pdf)
        let fonts = try tool("pdffonts", [path]).output
        #expect(fonts.contains("OverdueSans") && !fonts.contains("DejaVuSans"))
    }

    @Test func textTheFontCannotShowIsAnError() throws {
        let letter = try Repo.letter("notice-claim.json") { $0.debtor.name = "株式会社 Peeters" }
        #expect(throws: HaruError.self) { _ = try shippedRenderer().render(letter) }
        do { _ = try shippedRenderer().render(letter) } catch let error as HaruError {
            #expect(error.description.contains("U+682A"))
        }
    }

    @Test func anAddressTooLongForTheWindowIsAnError() throws {
        let letter = try Repo.letter("notice-claim.json") { $0.debtor.address = ["1", "2", "3", "4", "5", "6"] }
        #expect(throws: LayoutError.self) { _ = try shippedRenderer().render(letter) }
    }
}

/// The EPC QR code as a phone reads it: render the page, decode it with zbarimg.
@Suite(.serialized) struct PaymentQRCodeTests {
    @Test(arguments: [("notice-claim.json", LetterKind.notice), ("notice-claim.json", .reminder), ("consumer-claim.json", .reminder)])
    func theQRCodeDecodesToThePayload(claim: String, kind: LetterKind) throws {
        let letter = try Repo.letter(claim, kind: kind)
        let payload = try #require(letter.qrPayload)
        let pdf = try temporaryPDF(try shippedRenderer().render(letter))
        let prefix = (pdf as NSString).deletingPathExtension
        #expect(try tool("pdftoppm", ["-r", "200", "-png", pdf, prefix]).status == 0)
        let folder = (pdf as NSString).deletingLastPathComponent
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".png") }.sorted()
        var decoded: [String] = []
        for page in pages {
            let result = try tool("zbarimg", ["-q", "--raw", (folder as NSString).appendingPathComponent(page)])
            if result.status == 0 { decoded.append(result.output.hasSuffix("\n") ? String(result.output.dropLast()) : result.output) }
        }
        #expect(decoded == [payload])
    }
}
