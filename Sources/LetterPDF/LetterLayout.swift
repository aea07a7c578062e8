import HaruPDF
import Letters
import QRCode

/// Places a letter on its pages: the first page's zones (where the layout preset puts them),
/// then the flowing body, with tables that continue on the next page under a repeated header.
struct LetterLayout {
    let letter: LetterDocument
    let measure: TextMeasure
    let page: PageGeometry
    let logo: LetterLogo?

    private(set) var pages: [PageContent] = [PageContent()]
    private var y = 0.0

    init(letter: LetterDocument, measure: TextMeasure, page: PageGeometry, logo: LetterLogo? = nil) {
        self.letter = letter
        self.measure = measure
        self.page = page
        self.logo = logo
    }

    /// Appends to the current page in place (a copy of the page would copy all its items).
    private mutating func add(_ item: PageContent.Item) { pages[pages.count - 1].items.append(item) }

    private mutating func text(_ line: Line, x: Double, y: Double, size: Double, gray: Double = 0, bold: Bool = false) {
        add(.text(line, x: x, y: y, size: size, gray: gray, forceBold: bold))
    }

    mutating func run() throws -> [PageContent] {
        let infoBottom = try firstPageZones()
        y = max(page.preset.textTop, infoBottom + 8, page.windowBottom + 6)
        for line in letter.subject {
            for wrapped in try measure.wrap(line, maxWidth: page.textWidth, size: Typography.subject, forceBold: true) {
                text(wrapped, x: page.left, y: y, size: Typography.subject, bold: true)
                y += 5.5
            }
        }
        y += 5
        // The last paragraph goes with the closing, so a signature never stands alone on a page.
        var body = letter.body
        var last: [Line]?
        if case .paragraph(let lines)? = body.last { last = lines; body.removeLast() }
        try blocks(body)
        let payment = try paymentBlock()
        // Beside the payment block the closing keeps to the left half.
        let closing = try closingLines(maxWidth: payment == nil ? page.textWidth : paymentX - page.left - 4)
        // The payment block stands beside the closing and signature, on the right half.
        let finalHeight = max(closingHeight(closing), payment?.height ?? 0)
        if let last {
            let wrapped = try wrapParagraph(last, indent: 0)
            ensure(Double(wrapped.count) * Typography.bodyLeading + Typography.paragraphGap + finalHeight)
            try paragraph(last, indent: 0, bullet: false)
        }
        ensure(finalHeight)
        let top = y
        if let payment { drawPayment(payment) }
        let afterPayment = y
        y = top
        try closingAndSignature(closing)
        y = max(y, afterPayment)
        return pages
    }

    // MARK: First page

    /// Draws the fixed zones of page one; returns the bottom of the information block.
    private mutating func firstPageZones() throws -> Double {
        // Letterhead: the logo, else the sender's name large, top left.
        var letterheadBottom = PageGeometry.nameBaseline
        if let logo {
            let box = logo.box(in: page)
            add(.image(logo.image, x: box.x, y: box.y, width: box.width, height: box.height))
            letterheadBottom = box.y + box.height
        } else if let name = letter.sender.first {
            text(name, x: page.left, y: PageGeometry.nameBaseline, size: Typography.letterhead, bold: true)
        }
        // The sender block heads the column beside the window (below the letterhead when that
        // column is the left one).
        var sy = page.windowOnLeft ? 16.0 : letterheadBottom + 6
        // Directly under the name in large type, the block does not repeat it.
        let nameAbove = !page.windowOnLeft && logo == nil
        for (index, line) in letter.sender.enumerated() where !(nameAbove && index == 0) {
            let size = index == 0 ? 9.0 : Typography.small
            for wrapped in try measure.wrap(line, maxWidth: page.infoWidth, size: size, forceBold: index == 0) {
                text(wrapped, x: page.infoX, y: sy, size: size, gray: index == 0 ? 0 : 0.3, bold: index == 0)
                sy += Typography.smallLeading
            }
        }

        // Window: the return address on one small line, the notation, then the address.
        let w = page.window
        let windowTextWidth = page.windowTextWidth
        if page.preset.returnAddressHeight > 0 {
            let returnAddress: Line = letter.returnAddress.first ?? []
            let fitted = try measure.wrap(returnAddress, maxWidth: windowTextWidth, size: Typography.returnAddress).first ?? []
            let baseline = w.y + page.preset.returnAddressHeight
            text(fitted, x: page.windowTextX, y: baseline, size: Typography.returnAddress, gray: 0.35)
            add(.rule(x1: page.windowTextX, y1: baseline + 1.2, x2: page.windowTextX + windowTextWidth, y2: baseline + 1.2, width: 0.3, gray: 0.5))
        }
        let notation = Array(letter.notation.prefix(2))
        if page.preset.notationHeight > 0 {
            var ny = w.y + page.preset.returnAddressHeight + 6
            for line in notation {
                text(line, x: page.windowTextX, y: ny, size: 9, bold: true)
                ny += 4
            }
        }
        // A line wider than the window (a long legal name) continues on the next line, broken
        // between words; a single word wider than the window cannot be posted.
        var recipient: [Line] = []
        for line in letter.recipient {
            if try measure.width(line, size: Typography.body) <= windowTextWidth { recipient.append(line); continue }
            for word in line.plainText.split(separator: " ") where try measure.width([Run(String(word))], size: Typography.body) > windowTextWidth {
                throw LayoutError.addressTooWide(line: line.plainText)
            }
            recipient += try measure.wrap(line, maxWidth: windowTextWidth, size: Typography.body)
        }
        // Without a notation zone the notation stands on the address's first lines.
        let stacked = page.preset.notationHeight > 0 ? [] : notation
        let maxLines = page.addressMaxLines - stacked.count
        guard recipient.count <= maxLines else {
            throw LayoutError.addressTooLong(lines: recipient.count, max: maxLines)
        }
        var ry = page.windowAddressTop + PageGeometry.addressFirstBaseline
        for line in stacked {
            text(line, x: page.windowTextX, y: ry, size: 9, bold: true)
            ry += PageGeometry.addressLeading
        }
        for line in recipient {
            text(line, x: page.windowTextX, y: ry, size: Typography.body)
            ry += PageGeometry.addressLeading
        }

        // Information block: references, then place and date.
        var iy = max(page.infoY, sy + 2)
        let infoWidth = page.infoWidth
        for block in letter.references {
            switch block {
            case .table(let table):
                let labelWidth = 27.0
                for row in ([table.header].compactMap { $0 } + table.rows) {
                    let label = row.first ?? []
                    let value = row.dropFirst().flatMap { $0 + [Run(" ")] }.dropLast()
                    text(label, x: page.infoX, y: iy, size: Typography.small, gray: 0.35)
                    let lines = try measure.wrap(Array(value), maxWidth: infoWidth - labelWidth, size: Typography.small)
                    for l in lines {
                        text(l, x: page.infoX + labelWidth, y: iy, size: Typography.small)
                        iy += Typography.smallLeading
                    }
                }
            case .paragraph(let lines), .list(let lines):
                for line in lines {
                    for l in try measure.wrap(line, maxWidth: infoWidth, size: Typography.small) {
                        text(l, x: page.infoX, y: iy, size: Typography.small)
                        iy += Typography.smallLeading
                    }
                }
            }
            iy += 1.5
        }
        iy += 2
        for line in letter.dateLine {
            text(line, x: page.infoX, y: iy, size: Typography.body)
            iy += Typography.bodyLeading
        }
        return iy
    }

    // MARK: Flowing body

    private mutating func newPage() {
        pages.append(PageContent())
        // Continuation pages name the sender and the subject at the top.
        let head: Line = [Run(([letter.author] + letter.subject.map(\.plainText)).joined(separator: " · "))]
        if let fitted = try? measure.wrap(head, maxWidth: page.textWidth, size: Typography.small).first {
            text(fitted, x: page.left, y: 16, size: Typography.small, gray: 0.35)
        }
        add(.rule(x1: page.left, y1: 18, x2: page.right, y2: 18, width: 0.3, gray: 0.6))
        y = page.continuationTop
    }

    /// Starts a new page unless `height` mm fit below the cursor.
    private mutating func ensure(_ height: Double) {
        if y + height > page.bodyBottom { newPage() }
    }

    private mutating func blocks(_ blocks: [Block]) throws {
        for block in blocks {
            switch block {
            case .paragraph(let lines):
                try paragraph(lines, indent: 0, bullet: false)
            case .list(let items):
                for item in items { try paragraph([item], indent: 5, bullet: true, gap: 1) }
                y += Typography.paragraphGap - 1
            case .table(let table):
                try self.table(table)
            }
        }
    }

    private func wrapParagraph(_ lines: [Line], indent: Double) throws -> [Line] {
        try lines.flatMap { try measure.wrap($0, maxWidth: page.textWidth - indent, size: Typography.body) }
    }

    private mutating func paragraph(_ lines: [Line], indent: Double, bullet: Bool, gap: Double = Typography.paragraphGap) throws {
        let wrapped = try wrapParagraph(lines, indent: indent)
        // Keep at least two lines of a paragraph together.
        ensure(Typography.bodyLeading * Double(min(2, wrapped.count)))
        for (index, line) in wrapped.enumerated() {
            ensure(Typography.bodyLeading)
            y += Typography.bodyLeading
            if bullet && index == 0 { text([Run("•")], x: page.left + 1, y: y, size: Typography.body) }
            text(line, x: page.left + indent, y: y, size: Typography.body)
        }
        y += gap
    }

    private mutating func table(_ table: Table) throws {
        let columns = table.columnCount
        guard columns > 0 else { return }
        let padding = 2.0
        let size = Typography.table
        let all = [table.header].compactMap { $0 } + table.rows
        // Every column but the first takes its natural width; the first takes the rest and wraps.
        var widths = [Double](repeating: 0, count: columns)
        for (index, row) in all.enumerated() {
            // The header prints bold: measured so, its words fit their column instead of being cut.
            let bold = index == 0 && table.header != nil
            for (c, cell) in row.enumerated() where c > 0 {
                widths[c] = max(widths[c], try measure.width(cell, size: size, forceBold: bold) + 0.5)
            }
        }
        let fixed = widths.dropFirst().reduce(0, +) + padding * Double(columns - 1)
        widths[0] = max(30, page.textWidth - fixed)

        func rowLines(_ row: [Line], bold: Bool) throws -> [[Line]] {
            try (0..<columns).map { c in
                let cell = c < row.count ? row[c] : []
                return try measure.wrap(cell, maxWidth: widths[c], size: size, forceBold: bold)
            }
        }
        let header = try table.header.map { try rowLines($0, bold: true) }

        func drawRow(_ cells: [[Line]], bold: Bool) {
            var x = page.left
            let height = cells.map(\.count).max() ?? 1
            for (c, lines) in cells.enumerated() {
                let alignment = c < table.alignments.count ? table.alignments[c] : .left
                for (i, line) in lines.enumerated() {
                    let lineWidth = (try? measure.width(line, size: size, forceBold: bold)) ?? 0
                    let lx: Double
                    switch alignment {
                    case .left: lx = x
                    case .right: lx = x + widths[c] - lineWidth
                    case .center: lx = x + (widths[c] - lineWidth) / 2
                    }
                    text(line, x: lx, y: y + Typography.tableLeading * Double(i + 1), size: size, bold: bold)
                }
                x += widths[c] + padding
            }
            y += Typography.tableLeading * Double(height) + 1.2
        }
        func drawHeader() {
            guard let header else { return }
            drawRow(header, bold: true)
            add(.rule(x1: page.left, y1: y - 0.6, x2: page.right, y2: y - 0.6, width: 0.5, gray: 0))
            y += 0.6
        }

        y += 1
        let headerHeight = header.map { Typography.tableLeading * Double($0.map(\.count).max() ?? 1) + 2.4 } ?? 0
        ensure(headerHeight + Typography.tableLeading * 2)
        drawHeader()
        for row in table.rows {
            // A row whose every run is bold is a total: set it off with a rule.
            let isTotal = row.allSatisfy { cell in cell.allSatisfy(\.bold) } && row.contains { !$0.isEmpty }
            let cells = try rowLines(row, bold: false)
            let height = Typography.tableLeading * Double(cells.map(\.count).max() ?? 1) + 1.2
            if y + height + (isTotal ? 1 : 0) > page.bodyBottom {
                newPage()
                drawHeader()
            }
            if isTotal {
                add(.rule(x1: page.left, y1: y + 0.4, x2: page.right, y2: y + 0.4, width: 0.5, gray: 0))
                y += 0.8
            }
            drawRow(cells, bold: false)
        }
        y += Typography.paragraphGap
    }

    /// The payment block: a tinted box with the QR code on the left, account and amount beside it.
    struct PaymentBlock {
        var lines: [Line]
        var caption: [Line]
        var qr: QRMatrix?
        var height: Double
    }

    static let qrSide = 24.0
    /// The payment block's box: the right half of the text column.
    /// The payment block's box: the right part of the text column (98 mm on A4).
    var paymentX: Double { page.left + 73 }
    var paymentWidth: Double { page.right - paymentX }

    private func paymentBlock() throws -> PaymentBlock? {
        guard !letter.payment.isEmpty || letter.qrPayload != nil else { return nil }
        let qr = try letter.qrPayload.map { try QRMatrix.encode(Array($0.utf8), maxVersion: 13) }
        let textWidth = paymentWidth - (qr == nil ? 6 : Self.qrSide + 7)
        var lines: [Line] = []
        for line in letter.payment {
            lines += try measure.wrap(line, maxWidth: textWidth, size: Typography.small)
        }
        let caption = qr == nil ? [] : try letter.qrCaption.flatMap { try measure.wrap($0, maxWidth: textWidth, size: 6.5) }
        let textHeight = Double(lines.count) * Typography.smallLeading + Double(caption.count) * 3.0 + 6
        let height = max(qr == nil ? 0 : Self.qrSide + 3, textHeight) + 2
        return PaymentBlock(lines: lines, caption: caption, qr: qr, height: height)
    }

    private mutating func drawPayment(_ block: PaymentBlock) {
        let top = y + 1.5
        add(.box(x: paymentX, y: top, width: paymentWidth, height: block.height - 2, gray: 0.95))
        var textX = paymentX + 3
        if let qr = block.qr {
            add(.qr(qr, x: paymentX + 1.5, y: top + 1.5, side: Self.qrSide))
            textX = paymentX + Self.qrSide + 4
        }
        var ly = top + 2
        for line in block.lines {
            ly += Typography.smallLeading
            text(line, x: textX, y: ly, size: Typography.small)
        }
        ly += 1.5
        for line in block.caption {
            ly += 3.0
            text(line, x: textX, y: ly, size: 6.5, gray: 0.35)
        }
        y = top + block.height
    }

    private static let signatureSpace = 10.0

    private func closingLines(maxWidth: Double) throws -> [Line] {
        try letter.closing.flatMap { block -> [Line] in
            guard case .paragraph(let lines) = block else { return [] }
            return try lines.flatMap { try measure.wrap($0, maxWidth: maxWidth, size: Typography.body) }
        }
    }

    private func closingHeight(_ closingLines: [Line]) -> Double {
        Double(closingLines.count + letter.signature.count) * Typography.bodyLeading + Self.signatureSpace + 1
    }

    private mutating func closingAndSignature(_ closingLines: [Line]) throws {
        // Closing and signature stay together on one page.
        ensure(closingHeight(closingLines))
        y += 1
        for line in closingLines {
            y += Typography.bodyLeading
            text(line, x: page.left, y: y, size: Typography.body)
        }
        y += Self.signatureSpace
        for line in letter.signature {
            y += Typography.bodyLeading
            text(line, x: page.left, y: y, size: Typography.body)
        }
    }
}
