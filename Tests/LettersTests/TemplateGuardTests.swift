import Foundation
import InvoiceModel
import Letters
import Testing

/// Templates that would overflow swift-mustache's stack or print nothing where a partial was
/// meant (issue 10): each is an error naming the template and line.
@Suite struct TemplateGuardTests {
    static func error(_ files: [(String, String)]) -> String? {
        do {
            _ = try LetterTemplates(files: files.map { TemplateFile(name: $0.0, text: $0.1, origin: "T/\($0.0).mustache") })
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ([("a", "x {{> a}}")], "T/a.mustache:1: template syntax: includes a, which includes itself (a > a)"),
        ([("a", "{{> b}}"), ("b", "\n{{> a}}")], "T/b.mustache:2: template syntax: includes a, which includes itself (a > b > a)"),
        ([("notice.en", "{{> base.en}}"), ("base.en", "{{#x}}{{> base.en}}{{/x}}")],
         "T/base.en.mustache:1: template syntax: includes base.en, which includes itself (base.en > base.en)"),
        ([("a", "{{=<% %>=}}\n<%> a%>")], "T/a.mustache:2: template syntax: includes a, which includes itself (a > a)"),
        ([("a", "{{< a}}{{/a}}")], "T/a.mustache:1: template syntax: includes a, which includes itself (a > a)"),
    ])
    func aTemplateThatIncludesItselfIsNamed(files: [(String, String)], expected: String) {
        #expect(Self.error(files) == expected)
    }

    @Test func twentyThousandNestedSectionsAreRefused() throws {
        let text = String(repeating: "{{#x}}", count: 20_000) + String(repeating: "{{/x}}", count: 20_000)
        let message = try #require(Self.error([("deep", text)]))
        #expect(message == "T/deep.mustache:1: template syntax: sections nested more than 32 deep")
    }

    @Test func aLongChainOfIncludesIsRefused() throws {
        let files = (0..<12).map { ("t\($0)", "{{> t\($0 + 1)}}") } + [("t12", "end")]
        let message = try #require(Self.error(files))
        #expect(message.contains("templates include one another more than 8 deep"))
    }

    @Test func aMissingPartialIsAnError() {
        #expect(Self.error([("a", "Dear\n{{> nothere}}")]) == "T/a.mustache:2: template syntax: includes nothere, which is not a template (no nothere.mustache)")
    }

    @Test func aTemplateBeyondTheSizeLimitIsRefused() throws {
        let message = try #require(Self.error([("big", String(repeating: "x", count: (1 << 20) + 1))]))
        #expect(message.contains("a template is read up to 1 MB"))
    }

    @Test func theShippedTemplatesPassTheGuard() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.map { name in
            TemplateFile(name: String(name.dropLast(9)), text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), origin: name)
        }
        let templates = try LetterTemplates(files: files)
        #expect(templates.files.count == files.count)
    }

    @Test func theReadersCheckLanguagesAgainstTheOnesWritten() {
        #expect(LetterLanguages.written == LocaleFormatter.languages)
    }
}
