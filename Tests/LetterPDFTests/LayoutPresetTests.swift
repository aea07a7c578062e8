import Foundation
import HaruPDF
import LetterPDF
import Letters
import Testing

/// The envelope presets of issue 15, checked on the PDF as a reader sees it (`pdftotext -bbox`,
/// `pdfinfo`, `pdfimages`, `pdftohtml`): the address lies inside the window, nothing else does,
/// and the paper is the preset's.
@Suite(.serialized) struct LayoutPresetTests {
    static let mm = 72.0 / 25.4
    static let inch = 72.0

    /// The issue's table (KOMA-Script's lco values), in points from the top-left corner; written
    /// out here, not read from `LayoutPreset`, so that the presets are checked against it.
    struct Expected: CustomTestStringConvertible, Sendable {
        let name: String
        let x: Double, y: Double, width: Double, height: Double
        let paper: String
        var testDescription: String { name }
    }
    static let table: [Expected] = [
        Expected(name: "din5008-b", x: 20 * mm, y: 45 * mm, width: 85 * mm, height: 45 * mm, paper: "595.276 x 841.89 pts (A4)"),
        Expected(name: "din5008-a", x: 20 * mm, y: 27 * mm, width: 85 * mm, height: 45 * mm, paper: "595.276 x 841.89 pts (A4)"),
        Expected(name: "nf", x: (210 - 10 - 100) * mm, y: 35 * mm, width: 100 * mm, height: 45 * mm, paper: "595.276 x 841.89 pts (A4)"),
        Expected(name: "sn", x: (210 - 8 - 90) * mm, y: 45 * mm, width: 90 * mm, height: 45 * mm, paper: "595.276 x 841.89 pts (A4)"),
        Expected(name: "sn-left", x: 20 * mm, y: 35.5 * mm, width: 100 * mm, height: 45 * mm, paper: "595.276 x 841.89 pts (A4)"),
        Expected(name: "us-commercial-9", x: 0.6875 * inch, y: 2.1875 * inch, width: 4.5 * inch, height: 1.125 * inch, paper: "612 x 792 pts (letter)"),
    ]

    static func fixture(_ name: String) -> String { Repo.root.appendingPathComponent("Tests/LetterPDFTests/Fixtures/\(name)").path }

    static func renderer(_ name: String, logo: LetterLogo? = nil) throws -> LetterPDFRenderer {
        let preset = try #require(LayoutPreset.named(name))
        return try LetterPDFRenderer(fonts: FontFiles.family("OverdueSans", in: Repo.root.appendingPathComponent("Fonts").path),
                                     fallback: .dejaVuSans, layout: preset, logo: logo)
    }

    @Test func everyPresetOfTheIssueExistsAndNoOther() {
        #expect(LayoutPreset.names == Self.table.map(\.name))
        #expect(LayoutPreset.standard.name == "din5008-b")
    }

    @Test(arguments: table)
    func theAddressAloneIsInTheWindow(_ expected: Expected) throws {
        let letter = try Repo.letter("notice-claim.json")
        let logo = try LetterLogo(path: Self.fixture("logo-rgba.png"), width: 60)
        let path = try temporaryPDF(try Self.renderer(expected.name, logo: logo).render(letter))
        let info = try tool("pdfinfo", [path]).output
        #expect(info.contains("Page size:       \(expected.paper)"), "\(info)")

        let page1 = words(bbox: try tool("pdftotext", ["-bbox", path, "-"]).output).filter { $0.page == 1 }.map(\.word)
        func inside(_ w: Word) -> Bool {
            w.xMin >= expected.x && w.xMax <= expected.x + expected.width && w.yMin >= expected.y && w.yMax <= expected.y + expected.height
        }
        func touches(_ w: Word) -> Bool {
            w.xMax > expected.x && w.xMin < expected.x + expected.width && w.yMax > expected.y && w.yMin < expected.y + expected.height
        }
        // Every word of the address, and of the notation, shows through the window.
        let address = (letter.recipient + letter.notation).flatMap { $0.plainText.split(separator: " ").map(String.init) }
        for word in address {
            #expect(page1.contains { $0.text == word && inside($0) }, "\(expected.name): \(word) is not in the window")
        }
        // What else is in the window: the return address line (where the preset has one), nothing more.
        let returnAddress = letter.returnAddress.flatMap { $0.plainText.split(separator: " ").map(String.init) }
        let allowed = Set(address + returnAddress)
        for word in page1 where touches(word) {
            #expect(allowed.contains(word.text), "\(expected.name): \"\(word.text)\" shows in the window")
            #expect(inside(word), "\(expected.name): \"\(word.text)\" crosses the window's edge")
        }
        // The reference block and the date are outside it, on page 1.
        for word in ["C-0042", "29"] {
            #expect(page1.contains { $0.text == word && !touches($0) }, "\(expected.name): \(word)")
        }
        // The subject starts below the window.
        let subject = try #require(page1.first { $0.text == "Formal" })
        #expect(subject.yMin > expected.y + expected.height)

        // The logo is there, and outside the window.
        let images = try tool("pdfimages", ["-list", path]).output
        #expect(images.contains("image     300   100  rgb"), "\(images)")
        #expect(images.contains("smask     300   100  gray"), "\(images)")
        let box = try #require(try imageBoxes(path).first)
        #expect(box.x + box.width <= expected.x || box.x >= expected.x + expected.width || box.y + box.height <= expected.y,
                "\(expected.name): the logo \(box) is over the window")
    }

    /// The same rule for other letters: every kind, other debtors and creditors, with and without a logo.
    @Test(arguments: table, [("many-invoices.json", LetterKind.notice), ("consumer-claim.json", .reminder),
                             ("ladder-claim.json", .compromise), ("consumer-de-claim.json", .secondReminder)])
    func nothingButTheAddressShowsThroughTheWindow(_ expected: Expected, _ input: (file: String, kind: LetterKind)) throws {
        let letter = try Repo.letter(input.file, kind: input.kind)
        let logo = input.kind == .reminder ? nil : try LetterLogo(path: Self.fixture("logo.jpg"), width: 80)
        let path = try temporaryPDF(try Self.renderer(expected.name, logo: logo).render(letter))
        let page1 = words(bbox: try tool("pdftotext", ["-bbox", path, "-"]).output).filter { $0.page == 1 }.map(\.word)
        let window = (x0: expected.x, y0: expected.y, x1: expected.x + expected.width, y1: expected.y + expected.height)
        let address = (letter.recipient + letter.notation).flatMap { $0.plainText.split(separator: " ").map(String.init) }
        let allowed = Set(address + letter.returnAddress.flatMap { $0.plainText.split(separator: " ").map(String.init) })
        for word in address {
            #expect(page1.contains { $0.text == word && $0.xMin >= window.x0 && $0.xMax <= window.x1 && $0.yMin >= window.y0 && $0.yMax <= window.y1 },
                    "\(expected.name) \(input.file): \(word) is not in the window")
        }
        for word in page1 where word.xMax > window.x0 && word.xMin < window.x1 && word.yMax > window.y0 && word.yMin < window.y1 {
            #expect(allowed.contains(word.text), "\(expected.name) \(input.file): \"\(word.text)\" shows in the window")
        }
        for box in try imageBoxes(path) {
            #expect(box.x + box.width <= window.x0 || box.x >= window.x1 || box.y + box.height <= window.y0 || box.y >= window.y1,
                    "\(expected.name): the logo \(box) is over the window")
        }
    }

    /// A logo asked far too wide is scaled down, its aspect kept, to stay above the window.
    @Test(arguments: table)
    func anOversizedLogoStaysOutOfTheWindow(_ expected: Expected) throws {
        let logo = try LetterLogo(path: Self.fixture("logo-palette.png"), width: 200)
        let path = try temporaryPDF(try Self.renderer(expected.name, logo: logo).render(try Repo.letter("notice-claim.json")))
        let box = try #require(try imageBoxes(path).first)
        #expect(box.y + box.height <= expected.y, "\(expected.name): \(box)")
        #expect(abs(box.width - box.height) <= 1.5, "the square logo is no longer square: \(box)")
        #expect(box.width < 200 * Self.mm)
    }

    @Test(arguments: ["nf", "us-commercial-9"])
    func bytesAreIdenticalOnReRender(_ name: String) throws {
        let logo = try LetterLogo(path: Self.fixture("logo-rgba.png"))
        let letter = try Repo.letter("notice-claim.json")
        let renderer = try Self.renderer(name, logo: logo)
        let first = try renderer.render(letter)
        _ = try renderer.render(try Repo.letter("notice-claim.json") { $0.debtor.name = "Another Debtor" })
        #expect(try renderer.render(letter) == first)
        #expect(try Self.renderer(name, logo: try LetterLogo(path: Self.fixture("logo-rgba.png"))).render(letter) == first)
    }

    @Test func theDefaultIsFormBAndUnchangedByAnUnusedLogoOption() throws {
        let letter = try Repo.letter("notice-claim.json")
        #expect(try Self.renderer("din5008-b").render(letter) == (try shippedRenderer().render(letter)))
    }

    /// The fold marks and the first text move with the preset: the subject never starts above the
    /// preset's first line (KOMA-Script's refvpos).
    @Test func theSubjectStartsWhereThePresetSays() throws {
        let tops: [String: Double] = ["din5008-b": 98.5, "din5008-a": 80.5, "nf": 99, "sn": 98.5, "sn-left": 89, "us-commercial-9": 3.4375 * 25.4]
        for preset in LayoutPreset.all {
            let path = try temporaryPDF(try Self.renderer(preset.name).render(try Repo.letter("notice-claim.json")))
            let subject = try #require(words(bbox: try tool("pdftotext", ["-bbox", path, "-"]).output).first { $0.page == 1 && $0.word.text == "Formal" }?.word)
            let top = try #require(tops[preset.name])
            // The baseline is at the top; the word's box starts a cap height above it.
            #expect(subject.yMax >= top * Self.mm && subject.yMin <= top * Self.mm + 12, "\(preset.name): \(subject.yMin / Self.mm) mm")
        }
    }

    @Test func aJPEGLogoIsEmbeddedAsItIs() throws {
        let path = try temporaryPDF(try Self.renderer("din5008-b", logo: try LetterLogo(path: Self.fixture("logo.jpg"))).render(try Repo.letter("notice-claim.json")))
        let images = try tool("pdfimages", ["-list", path]).output
        #expect(images.contains("image     180    70  rgb     3   8  jpeg"), "\(images)")
        #expect(try tool("qpdf", ["--check", path]).status == 0)
    }

    @Test(arguments: [("missing.png", "no such image file"), ("not-an-image.png", "neither a PNG nor a JPEG"),
                      ("truncated.png", "the PNG is damaged"), ("bad-filter.png", "the PNG is damaged"),
                      ("huge.png", "too many pixels"), ("cut.jpg", "the JPEG is cut short")])
    func anUnusableLogoIsAnErrorNamingTheFile(_ file: String, _ reason: String) throws {
        let path = Self.fixture(file)
        do {
            _ = try LetterLogo(path: path)
            Issue.record("\(file) was accepted")
        } catch let error as ImageError {
            #expect(error.description.hasPrefix(path + ": "), "\(error)")
            #expect(error.description.contains(reason), "\(error)")
        }
    }

    /// The logo is read and decoded once: renderers (a batch's workers) share it, and the file is
    /// not opened again for any letter.
    @Test func theLogoIsReadOnceAndShared() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-logo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("logo.png")
        try FileManager.default.copyItem(atPath: Self.fixture("logo-palette.png"), toPath: copy.path)
        let logo = try LetterLogo(path: copy.path, width: 30)
        try FileManager.default.removeItem(at: copy)
        for name in ["din5008-b", "sn"] {
            let renderer = try Self.renderer(name, logo: logo)
            for debtor in ["A", "B"] {
                let path = try temporaryPDF(try renderer.render(try Repo.letter("notice-claim.json") { $0.debtor.name = debtor }))
                #expect(try tool("pdfimages", ["-list", path]).output.contains("image     120   120  index"))
            }
        }
    }

    @Test func aFolderIsNotALogo() throws {
        #expect(throws: ImageError.unreadable(path: Repo.root.path)) { try LetterLogo(path: Repo.root.path) }
    }

    /// Image boxes on page 1, in points from the top-left corner (`pdftohtml -xml`).
    func imageBoxes(_ pdf: String) throws -> [(x: Double, y: Double, width: Double, height: Double)] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = try tool("pdftohtml", ["-xml", "-stdout", "-q", "-zoom", "1", "-f", "1", "-l", "1", pdf, folder.appendingPathComponent("x").path]).output
        let regex = try NSRegularExpression(pattern: #"<image top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)""#)
        let ns = xml as NSString
        return regex.matches(in: xml, range: NSRange(location: 0, length: ns.length)).map { m in
            let n = { (i: Int) in Double(ns.substring(with: m.range(at: i)))! }
            return (n(2), n(1), n(3), n(4))
        }
    }
}
