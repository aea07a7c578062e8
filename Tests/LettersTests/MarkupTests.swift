import Letters
import Testing

@Suite struct MarkupTests {
    @Test func parsesSectionsParagraphsListsAndTables() throws {
        let sections = try LetterMarkup.parse("""
            @subject
            Formal **notice**
            @body
            First line
            continues here.

            - one
            - *two*

            | Item | Amount |
            |:--|--:|
            | A | 1.00 |
            | **Total** | **1.00** |
            """, source: "t")
        #expect(sections["subject"] == [.paragraph([[Run("Formal "), Run("notice", bold: true)]])])
        let body = try #require(sections["body"])
        #expect(body.count == 3)
        #expect(body[0] == .paragraph([[Run("First line continues here.")]]))
        #expect(body[1] == .list([[Run("one")], [Run("two", italic: true)]]))
        guard case .table(let table) = body[2] else { Issue.record("no table"); return }
        #expect(table.header == [[Run("Item")], [Run("Amount")]])
        #expect(table.alignments == [.left, .right])
        #expect(table.rows.count == 2)
        #expect(table.rows[1][0] == [Run("Total", bold: true)])
    }

    /// Data can never change the structure of a letter: every markup character prints as written.
    @Test(arguments: ["Peeters *& Zonen*", "A | B", "@body", "- not a list", "**bold**", "back\\slash", "line\nbreak @footer", "\\"])
    func escapedValuesPrintAsWritten(_ value: String) throws {
        let escaped = LetterMarkup.escape(value)
        let sections = try LetterMarkup.parse("@body\n| \(escaped) | x |\n\n\(escaped)\n", source: "t")
        let body = try #require(sections["body"])
        #expect(sections.count == 1)
        #expect(body.count == 2)
        let expected = value.replacingOccurrences(of: "\n", with: " ")
        guard case .table(let table) = body[0] else { Issue.record("structure changed"); return }
        #expect(table.rows == [[[Run(expected)], [Run("x")]]])
        #expect(body[1] == .paragraph([[Run(expected)]]))
    }

    @Test func unknownSectionsAreErrorsWithTheLine() {
        #expect(throws: TemplateError.unknownSection(template: "t", line: 3, name: "bdy")) {
            _ = try LetterMarkup.parse("@subject\nX\n@bdy\n", source: "t")
        }
    }
}
