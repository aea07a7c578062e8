import Foundation
import Letters
import Testing

@Suite struct TemplateTests {
    @Test func aKeyTheDataLacksNamesTemplateLineAndKey() throws {
        let templates = try LetterTemplates(files: [
            TemplateFile(name: "x.en", text: "@subject\nHello\n@body\nDear {{debtor_nam}},\n", origin: "Templates/x.en.mustache")])
        #expect(throws: TemplateError.missingKey(template: "Templates/x.en.mustache", line: 4, key: "debtor_nam")) {
            _ = try templates.render("x.en", values: ["debtor_name": "Peeters"])
        }
    }

    @Test func aKeyMissingInAPartialNamesThePartial() throws {
        let templates = try LetterTemplates(files: [
            TemplateFile(name: "x.en", text: "@body\n{{> base.en}}\n", origin: "x.en.mustache"),
            TemplateFile(name: "base.en", text: "line\n{{#rows}}{{nope}}{{/rows}}\n", origin: "base.en.mustache")])
        #expect(throws: TemplateError.missingKey(template: "base.en.mustache", line: 2, key: "nope")) {
            _ = try templates.render("x.en", values: ["rows": [["a": "1"]]])
        }
    }

    @Test func valuesAreEscapedNotHTMLEscaped() throws {
        let templates = try LetterTemplates(files: [TemplateFile(name: "x.en", text: "@body\n{{name}}\n", origin: "x")])
        let text = try templates.render("x.en", values: ["name": "Peeters & Zonen <b> *x*"])
        #expect(text == "@body\nPeeters & Zonen <b> \\*x\\*\n")
    }

    @Test func aMissingTemplateIsAnError() throws {
        let templates = try LetterTemplates(files: [])
        #expect(throws: TemplateError.self) { _ = try templates.render("notice.en", values: [:]) }
    }

    @Test func aTemplateSyntaxErrorNamesTheFile() {
        #expect(throws: TemplateError.self) {
            _ = try LetterTemplates(files: [TemplateFile(name: "x.en", text: "@body\n{{#open}}\n", origin: "x.en.mustache")])
        }
    }

    @Test func theShippedNoticeHasEveryRequiredPart() throws {
        let letter = try Repo.letter("notice-claim.json")
        #expect(letter.notation.map(\.plainText) == ["Registered mail"])
        #expect(letter.recipient.map(\.plainText) == ["Bakkerij Peeters", "Attn. Jan Peeters", "Markt 3", "2000 Antwerpen"])
        #expect(letter.dateLine.map(\.plainText) == ["Gent, 29\u{00A0}November 2026"])
        #expect(letter.subject.map(\.plainText) == ["Formal notice of default: invoice 2026-0142"])
        #expect(letter.signature.map(\.plainText) == ["Ann Vermeulen", "Studio Vermeulen BV"])
        #expect(!letter.footer.isEmpty)
        #expect(letter.title == "Formal notice of default: invoice 2026-0142")
        #expect(letter.author == "Studio Vermeulen BV")
    }
}
