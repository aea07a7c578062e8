import Foundation

/// Writes a letter as plain text wrapped at `width` columns (for a preview, an e-mail body or
/// a messaging app). Styles are dropped; words and figures are exactly those of the PDF.
public struct PlainTextWriter: Sendable {
    public var width: Int

    public init(width: Int = 78) { self.width = max(30, width) }

    public func write(_ letter: LetterDocument) -> String {
        var out: [String] = []
        func blank() { if let last = out.last, !last.isEmpty { out.append("") } }
        func addLines(_ lines: [Line]) { for line in lines { out += wrap(line.plainText, indent: "") } }

        addLines(letter.sender)
        blank()
        addLines(letter.notation.map { [Run($0.plainText.uppercased())] })
        addLines(letter.recipient)
        blank()
        addLines(letter.dateLine)
        blank()
        if !letter.references.isEmpty {
            out += blocks(letter.references)
            blank()
        }
        addLines(letter.subject)
        blank()
        out += blocks(letter.body)
        blank()
        if !letter.payment.isEmpty {
            addLines(letter.payment)
            blank()
        }
        out += blocks(letter.closing)
        blank()
        addLines(letter.signature)
        if !letter.footer.isEmpty {
            blank()
            out.append(String(repeating: "-", count: min(width, 40)))
            addLines(letter.footer)
        }
        while out.last?.isEmpty == true { out.removeLast() }
        // No-break spaces kept "€ 1.234,56" and "29 november" together while wrapping; the text
        // itself carries ordinary spaces, as the PDF does.
        return out.joined(separator: "\n").replacingOccurrences(of: "\u{00A0}", with: " ") + "\n"
    }

    func blocks(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { out.append("") }
            switch block {
            case .paragraph(let lines):
                for line in lines { out += wrap(line.plainText, indent: "") }
            case .list(let items):
                for item in items { out += wrap(item.plainText, indent: "  ", firstIndent: "- ") }
            case .table(let table):
                out += self.table(table)
            }
        }
        return out
    }

    /// Lays a table out in columns (the widest column wraps when the row is too wide); when the
    /// columns cannot fit the width even so (a messaging app's narrow screen), each row is written
    /// as lines of `header: value` instead. No line is ever wider than `width`.
    func table(_ table: Table) -> [String] {
        let columns = columnar(table)
        if columns.allSatisfy({ Self.length($0) <= width }) { return columns }
        return stacked(table)
    }

    /// One row after the other: `- Header: value` then `  Header: value` for the other cells
    /// (without a header, the cells in a line that wraps with a hanging indent).
    func stacked(_ table: Table) -> [String] {
        var out: [String] = []
        let header = table.header.map { $0.map(\.plainText) }
        for row in table.rows {
            let cells = row.map(\.plainText)
            if let header {
                var first = true
                for (c, text) in cells.enumerated() where !text.trimmingCharacters(in: .whitespaces).isEmpty {
                    let label = c < header.count && !header[c].isEmpty ? header[c] + ": " : ""
                    out += wrap(label + text, indent: "    ", firstIndent: first ? "- " : "  ")
                    first = false
                }
            } else {
                let text = cells.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: "  ")
                out += wrap(text, indent: "    ", firstIndent: "- ")
            }
        }
        return out
    }

    /// The table in aligned columns; the widest column wraps when the row is too wide.
    func columnar(_ table: Table) -> [String] {
        let columns = table.columnCount
        guard columns > 0 else { return [] }
        let all = ([table.header].compactMap { $0 } + table.rows).map { row in
            (0..<columns).map { $0 < row.count ? row[$0].plainText : "" }
        }
        var widths = (0..<columns).map { c in all.map { Self.length($0[c]) }.max() ?? 0 }
        let gap = 2
        // Too wide: the widest column gives up the excess and wraps.
        let total = widths.reduce(0, +) + gap * (columns - 1)
        if total > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
            widths[widest] = max(12, widths[widest] - (total - width))
        }
        var out: [String] = []
        func emit(_ row: [String]) {
            let cells = row.enumerated().map { c, text in wrap(text, indent: "", width: widths[c]) }
            let height = cells.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var parts: [String] = []
                for c in 0..<columns {
                    let text = lineIndex < cells[c].count ? cells[c][lineIndex] : ""
                    let pad = String(repeating: " ", count: max(0, widths[c] - Self.length(text)))
                    let alignment = c < table.alignments.count ? table.alignments[c] : .left
                    parts.append(alignment == .right ? pad + text : text + pad)
                }
                out.append(Self.trimRight(parts.joined(separator: String(repeating: " ", count: gap))))
            }
        }
        if let header = table.header {
            emit((0..<columns).map { $0 < header.count ? header[$0].plainText : "" })
            out.append(String(repeating: "-", count: min(width, widths.reduce(0, +) + gap * (columns - 1))))
        }
        for row in all.dropFirst(table.header == nil ? 0 : 1) { emit(row) }
        return out
    }

    /// Greedy word wrap; never breaks at a no-break space.
    func wrap(_ text: String, indent: String, firstIndent: String? = nil, width: Int? = nil) -> [String] {
        let limit = width ?? self.width
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return [firstIndent ?? indent] }
        var lines: [String] = []
        var current = firstIndent ?? indent
        var currentIsEmpty = true
        for word in words {
            let candidate = currentIsEmpty ? current + word : current + " " + word
            if Self.length(candidate) > limit, !currentIsEmpty {
                lines.append(current)
                current = indent + word
            } else {
                current = candidate
            }
            currentIsEmpty = false
        }
        lines.append(current)
        return lines
    }

    static func length(_ s: String) -> Int { s.count }
    static func trimRight(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t.removeLast() }
        return String(t)
    }
}
