import Foundation
@testable import Letters
import Testing

/// `preview --width` suits a messaging app: no line (and so no table) wider than the width, and
/// no markup left behind, for every kind of letter in every language.
@Suite struct PreviewWidthTests {
    static let cases: [(LetterKind, String, Int)] = LetterKind.allCases.flatMap { kind in
        LocaleFormatter.languages.flatMap { language in [40, 78, 30].map { (kind, language, $0) } }
    }

    @Test(arguments: cases)
    func noLineIsWiderThanTheWidthAndNoMarkupIsLeft(kind: LetterKind, language: String, width: Int) throws {
        for claim in kind == .compromise ? ["ladder-claim.json"] : ["ladder-claim.json", "many-invoices.json"] {
            let letter = try Repo.letter(claim, kind: kind, language: language)
            let text = PlainTextWriter(width: width).write(letter)
            for line in text.split(separator: "\n") {
                #expect(line.count <= width, "\(claim) \(kind.rawValue).\(language) at \(width): \(line.count) columns: \(line)")
            }
            // ("__" is no markup here: the compromise letter has a line to sign on.)
            for markup in ["**", "{{", "}}", "<b>", "</", "&amp;", "&#", "\u{E000}", "\u{E001}"] {
                #expect(!text.contains(markup), "\(claim) \(kind.rawValue).\(language): \"\(markup)\" left in the text")
            }
            // Every figure of the letter's tables is still there, whatever the layout.
            for block in letter.body {
                guard case .table(let table) = block else { continue }
                for row in table.rows {
                    for cell in row where !cell.plainText.isEmpty {
                        let words = cell.plainText.replacingOccurrences(of: "\u{00A0}", with: " ").split(separator: " ")
                        for word in words { #expect(text.contains(word), "\(word) missing at width \(width)") }
                    }
                }
            }
        }
    }

    /// A table that fits keeps its columns.
    @Test func aTableThatFitsKeepsItsColumns() throws {
        let table = Table(header: [[Run("Invoice")], [Run("Open")]], rows: [[[Run("A-1")], [Run("10.00")]]], alignments: [.left, .right])
        let lines = PlainTextWriter(width: 40).table(table)
        #expect(lines == ["Invoice   Open", "--------------", "A-1      10.00"])
    }

    /// A table too wide for the width becomes one `header: value` line per cell.
    @Test func aTableTooWideIsStacked() throws {
        let header: [Line] = ["Invoice", "Due date", "Amount", "Still to pay"].map { [Run($0)] }
        let row: [Line] = ["2026-0142 of 1 August 2026", "1 September 2026", "€1,210.00", "€1,010.00"].map { [Run($0)] }
        let lines = PlainTextWriter(width: 30).table(Table(header: header, rows: [row], alignments: [.left, .left, .right, .right]))
        #expect(lines == ["- Invoice: 2026-0142 of 1", "    August 2026", "  Due date: 1 September 2026", "  Amount: €1,210.00",
                          "  Still to pay: €1,010.00"])
    }
}
