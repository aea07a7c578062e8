import Foundation
import HaruPDF
import Letters
import QRCode

/// Draws a `LetterDocument` as a PDF with embedded fonts, laid out for one envelope (a
/// `LayoutPreset`). Reuse one renderer per thread: it keeps its libharu handle between letters.
/// The output depends only on the letter, the preset and the logo.
public final class LetterPDFRenderer {
    private let writer: PDFWriter
    /// Where things go on the pages.
    let page: PageGeometry
    /// The logo in the letterhead, read once (share one `LetterLogo` between renderers).
    public let logo: LetterLogo?

    /// - Parameters:
    ///   - fonts: the letter's font family.
    ///   - fallback: a family for characters `fonts` lacks (e.g. Greek or Cyrillic names).
    ///   - layout: the envelope and paper the letters are laid out for.
    ///   - logo: the sender's logo, drawn in the first page's letterhead.
    public init(fonts: FontFiles = .dejaVuSans, fallback: FontFiles? = nil, layout: LayoutPreset = .standard, logo: LetterLogo? = nil) throws {
        writer = try PDFWriter(fonts: fonts, fallback: fallback)
        writer.setPaper(width: layout.paper.widthPoints, height: layout.paper.heightPoints)
        page = PageGeometry(preset: layout)
        self.logo = logo
    }

    /// The preset the letters are laid out for.
    public var layout: LayoutPreset { page.preset }

    private let wrapCache = WrapCache()

    /// The letter as a PDF. `keywords`, given the page count, go into the document information
    /// (batch runs store the hash of the letter's inputs there).
    public func render(_ letter: LetterDocument, keywords: ((Int) -> String)? = nil) throws -> Data {
        try writer.beginDocument(title: letter.title, author: letter.author, subject: letter.title, creator: "Overdue")
        let pages = try draw(letter)
        if let keywords { try writer.setKeywords(keywords(pages)) }
        return try writer.finish()
    }

    /// Pages of the last letter drawn.
    public private(set) var lastPageCount = 0

    /// Several letters in one print-ready PDF, each starting on an odd page (a blank page is
    /// added after a letter with an odd number of pages), so that duplex printing never puts two
    /// letters on one sheet. `letter(i)` is asked for one letter at a time. The whole document
    /// is held in memory until it is written: for large runs, write volumes with `beginBook`.
    public func renderBook(count: Int, title: String, author: String, letter: (Int) throws -> LetterDocument?) throws -> Data {
        try beginBook(title: title, author: author)
        for index in 0..<count {
            guard let document = try letter(index) else { continue }
            try appendToBook(try plan(document))
        }
        return try writer.finish()
    }

    /// Pages under each node of a book's page tree: a two-level tree of up to 32,767 nodes of this
    /// many pages (4 million pages), where a viewer finds a page after reading two small arrays.
    public static let bookPagesPerNode = 128

    /// Pages drawn into the current book so far.
    public private(set) var bookPageCount = 0

    /// Starts a print-ready book (a volume of a combined run) with a page tree that holds any
    /// number of pages; add letters with `appendToBook`, then `finishBook(toFile:)`.
    public func beginBook(title: String, author: String, pagesPerNode: Int = LetterPDFRenderer.bookPagesPerNode) throws {
        try writer.beginDocument(title: title, author: author, subject: title, creator: "Overdue")
        if pagesPerNode > 0 { try writer.usePageTree(pagesPerNode: pagesPerNode) }
        bookPageCount = 0
    }

    /// Draws a planned letter into the current book, starting on the next (odd) page, and a blank
    /// back page when its page count is odd; returns the pages added. A libharu error names the
    /// book's page it happened on.
    @discardableResult
    public func appendToBook(_ plan: DrawPlan) throws -> Int {
        try draw(plan, firstPage: bookPageCount + 1)
        var added = plan.pages.count
        if added % 2 == 1 {
            do { try writer.addPage() } catch let error as HaruError { throw error.at("(blank back page \(bookPageCount + added + 1))") }
            added += 1
        }
        bookPageCount += added
        return added
    }

    /// Writes the current book to `path` (the caller's temporary name), with `title` when given.
    public func finishBook(toFile path: String, title: String? = nil) throws {
        if let title { try writer.setTitle(title) }
        try writer.finish(toFile: path)
    }

    /// Lays `letter` out and draws its pages into the current document; returns the page count.
    private func draw(_ letter: LetterDocument) throws -> Int {
        let plan = try self.plan(letter)
        try draw(plan)
        lastPageCount = plan.pages.count
        return plan.pages.count
    }

    /// The positioned content of every page of `letter`: the layout, done once.
    public func plan(_ letter: LetterDocument) throws -> DrawPlan {
        let measure = TextMeasure(writer: writer, cache: wrapCache)
        var layout = LetterLayout(letter: letter, measure: measure, page: page, logo: logo)
        var pages = try layout.run()
        let footerLines = try letter.footer.flatMap {
            try measure.wrap($0, maxWidth: page.textWidth, size: Typography.footer)
        }
        for index in pages.indices {
            // Footer and "page n of m".
            var fy = page.footerY
            pages[index].items.append(.rule(x1: page.left, y1: fy - 3.5, x2: page.right, y2: fy - 3.5, width: 0.3, gray: 0.6))
            for line in footerLines {
                let width = try measure.width(line, size: Typography.footer)
                pages[index].items.append(.text(line, x: page.left + (page.textWidth - width) / 2, y: fy,
                                                size: Typography.footer, gray: 0.35, forceBold: false))
                fy += Typography.footerLeading
            }
            for line in letter.pagination {
                let numbered = line.map { run in
                    Run(Self.numbered(run.text, page: index + 1, of: pages.count), bold: run.bold, italic: run.italic)
                }
                let width = try measure.width(numbered, size: Typography.footer)
                pages[index].items.append(.text(numbered, x: page.right - width, y: page.bodyBottom + 3.5,
                                                size: Typography.footer, gray: 0.35, forceBold: false))
            }
        }
        return DrawPlan(pages: pages, title: letter.title, author: letter.author)
    }

    /// `text` with the page number and count tokens filled in.
    static func numbered(_ text: String, page: Int, of count: Int) -> String {
        let number = Unicode.Scalar(LetterDocument.pageNumberToken)!, total = Unicode.Scalar(LetterDocument.pageCountToken)!
        guard text.unicodeScalars.contains(where: { $0 == number || $0 == total }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == number { out += String(page) } else if scalar == total { out += String(count) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Draws a planned letter as a document of its own: libharu's work alone, no layout (the
    /// benchmark's baseline).
    public func render(plan: DrawPlan) throws -> Data {
        try writer.beginDocument(title: plan.title, author: plan.author, subject: plan.title, creator: "Overdue")
        try draw(plan)
        return try writer.finish()
    }

    /// The letter as a PDF, from its plan (the layout done once, e.g. also for a combined run).
    public func render(_ plan: DrawPlan, keywords: ((Int) -> String)? = nil) throws -> Data {
        try writer.beginDocument(title: plan.title, author: plan.author, subject: plan.title, creator: "Overdue")
        try draw(plan)
        lastPageCount = plan.pages.count
        if let keywords { try writer.setKeywords(keywords(plan.pages.count)) }
        return try writer.finish()
    }

    /// Draws the plan's pages; a libharu error names the page (numbered from `firstPage`).
    private func draw(_ plan: DrawPlan, firstPage: Int = 1) throws {
        let measure = TextMeasure(writer: writer, cache: wrapCache)
        for (index, content) in plan.pages.enumerated() {
            do {
                let page = try writer.addPage()
                let draw = Drawer(page: page, measure: measure, geometry: self.page)
                if index == 0 { try draw.foldMarks() }
                for item in content.items { try draw.item(item) }
            } catch let error as HaruError {
                throw error.at("(page \(firstPage + index))")
            }
        }
    }
}

/// A letter laid out: what each page shows and where.
public struct DrawPlan {
    let pages: [PageContent]
    /// The letter's title and author (the creditor), as its own PDF states them.
    public let title: String
    public let author: String
    public var pageCount: Int { pages.count }
}

/// Turns layout items into libharu calls.
struct Drawer {
    let page: PDFPage
    let measure: TextMeasure
    let geometry: PageGeometry
    let mm = PageGeometry.mm

    func item(_ item: PageContent.Item) throws {
        switch item {
        case .text(let line, let x, let y, let size, let gray, let forceBold):
            var cx = x
            for (index, run) in line.enumerated() {
                let style = TextMeasure.style(run, forceBold: forceBold)
                // A no-break space only guided the line breaking; it prints as an ordinary space
                // (same width), so text copied or extracted from the PDF matches the preview.
                try page.text(run.text, x: cx * mm, y: y * mm, style: style, size: size, gray: gray, noBreakSpaceAsSpace: true)
                if index + 1 < line.count { cx += try measure.width(run.text, style: style, size: size) }
            }
        case .rule(let x1, let y1, let x2, let y2, let width, let gray):
            try page.line(from: (x1 * mm, y1 * mm), to: (x2 * mm, y2 * mm), width: width, gray: gray)
        case .box(let x, let y, let width, let height, let gray):
            try page.fill(x: x * mm, y: y * mm, width: width * mm, height: height * mm, gray: gray)
        case .qr(let matrix, let x, let y, let side):
            // One bit per module, with the 4-module quiet zone the standard asks for.
            let quiet = 4
            let side_px = matrix.size + 2 * quiet
            let rowBytes = (side_px + 7) / 8
            // libharu stores 1-bit images CCITT-encoded, where a 0 bit prints black.
            var bits = [UInt8](repeating: 0xFF, count: rowBytes * side_px)
            for my in 0..<matrix.size {
                let row = (my + quiet) * rowBytes
                for mx in 0..<matrix.size where matrix.isDark(x: mx, y: my) {
                    let column = mx + quiet
                    bits[row + column / 8] &= ~(0x80 >> UInt8(column % 8))
                }
            }
            try page.bitmap(bits, columns: side_px, rows: side_px, x: x * mm, y: y * mm, width: side * mm, height: side * mm)
        case .image(let image, let x, let y, let width, let height):
            try page.image(image, x: x * mm, y: y * mm, width: width * mm, height: height * mm)
        }
    }

    func foldMarks() throws {
        for y in geometry.foldMarks {
            try page.line(from: (3 * mm, y * mm), to: (8 * mm, y * mm), width: 0.4, gray: 0.5)
        }
        try page.line(from: (3 * mm, geometry.punchMark * mm), to: (10 * mm, geometry.punchMark * mm), width: 0.4, gray: 0.5)
    }
}
