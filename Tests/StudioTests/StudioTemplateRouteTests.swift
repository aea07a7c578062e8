import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Studio

@Suite("Studio routes: the template editor")
struct StudioTemplateRouteTests {
    struct Preview: Decodable {
        struct Problem: Decodable { var message: String; var line: Int?; var column: Int? }
        var text: String?
        var problem: Problem?
        var sampleProblem: String?
    }

    static func preview(_ client: any TestClientProtocol, name: String, text: String, sample: String = "C-0051") async throws -> Preview {
        try await client.execute(uri: "/templates/preview", method: .post, headers: StudioFixture.formHeaders,
                                 body: StudioFixture.form(["name": name, "text": text, "sample": sample])) { response in
            #expect(response.status == .ok)
            return try JSONDecoder().decode(Preview.self, from: Data(buffer: response.body))
        }
    }

    @Test("every kind x language is listed with its origin")
    func catalogue() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/templates", method: .get) { response in
                for kind in ["reminder", "second-reminder", "compromise", "notice", "base"] {
                    for language in ["en", "nl", "fr", "de"] { #expect(response.text.contains("data-template=\"\(kind).\(language)\"")) }
                }
                #expect(response.text.components(separatedBy: "class=\"origin-default\"").count - 1 == 20)
            }
        }
    }

    @Test("the preview follows the edited text; a template error points at its line and column")
    func preview() async throws {
        let fixture = try StudioFixture()
        let original = try fixture.workspace.templates.entry("reminder.fr").text
        try await fixture.test { client in
            let plain = try await Self.preview(client, name: "reminder.fr", text: original)
            #expect(plain.problem == nil)
            let before = try #require(plain.text)
            #expect(before.contains("Atelier Dubois"))

            let marked = original.replacingOccurrences(of: "@body\n", with: "@body\nMERCI DE PAYER AUJOURD'HUI.\n")
            #expect(marked != original)
            let after = try await Self.preview(client, name: "reminder.fr", text: marked)
            #expect(try #require(after.text).contains("MERCI DE PAYER AUJOURD'HUI."))

            // An unclosed section on line 3, column 1.
            let broken = "@subject\nRappel\n{{#creditor}}\n@body\nx\n"
            let failed = try await Self.preview(client, name: "reminder.fr", text: broken)
            let problem = try #require(failed.problem)
            #expect(failed.text == nil)
            #expect(problem.line != nil)
            #expect(problem.message.contains("template syntax"))

            // A value the letter does not have: line and column of its tag.
            let unknown = original.replacingOccurrences(of: "@body\n", with: "@body\nx {{no_such_value}}\n")
            let missing = try #require(try await Self.preview(client, name: "reminder.fr", text: unknown).problem)
            let line = unknown.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("no_such_value") }! + 1
            #expect(missing.line == line)
            #expect(missing.column == 3)
            #expect(missing.message.contains("no_such_value"))

            try await client.execute(uri: "/templates/preview.pdf", method: .post, headers: StudioFixture.formHeaders,
                                     body: StudioFixture.form(["name": "reminder.fr", "text": marked, "sample": "C-0051"])) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).hasPrefix("%PDF-"))
            }
        }
    }

    @Test("an unclosed tag is located by line and column")
    func syntaxLocation() {
        let problem = StudioWorkspace.problem(.syntax(template: "reminder.en.mustache", line: 2, message: "x"), name: "reminder.en",
                                              text: "@subject\nHello {{name\n")
        #expect(problem.line == 2)
        #expect(problem.column != nil)
        #expect(StudioWorkspace.column(of: "total", line: 1, in: "Pay {{ total }} now") == 5)
    }

    @Test("save writes the override atomically, never the defaults; a stale editor gets 409")
    func save() async throws {
        let fixture = try StudioFixture()
        let entry = try fixture.workspace.templates.entry("reminder.nl")
        let defaultFile = URL(fileURLWithPath: fixture.workspace.templates.defaultFolder).appendingPathComponent("reminder.nl.mustache")
        let shipped = try Data(contentsOf: defaultFile)
        let edited = entry.text.replacingOccurrences(of: "@body\n", with: "@body\nEerste tab.\n")
        let override = URL(fileURLWithPath: fixture.overrideFolder).appendingPathComponent("reminder.nl.mustache")
        try await fixture.test { client in
            try await client.execute(uri: "/templates/save", method: .post, headers: StudioFixture.formHeaders,
                                     body: StudioFixture.form(["name": "reminder.nl", "text": edited, "version": entry.version,
                                                               "sample": "C-0042"])) { response in
                #expect(response.status == .seeOther)
            }
            #expect(try String(contentsOf: override, encoding: .utf8) == edited)
            #expect(try Data(contentsOf: defaultFile) == shipped)
            try await client.execute(uri: "/templates/edit?name=reminder.nl", method: .get) { response in
                #expect(response.text.contains("Eerste tab."))
                #expect(response.text.contains("id=\"origin\">override<"))
            }
            // The second tab loaded the same version before the first saved.
            let second = entry.text.replacingOccurrences(of: "@body\n", with: "@body\nTweede tab.\n")
            try await client.execute(uri: "/templates/save", method: .post, headers: StudioFixture.formHeaders,
                                     body: StudioFixture.form(["name": "reminder.nl", "text": second, "version": entry.version,
                                                               "sample": "C-0042"])) { response in
                #expect(response.status == .conflict)
                #expect(response.text.contains("Tweede tab."), "the user's text is kept in the editor")
            }
            #expect(try String(contentsOf: override, encoding: .utf8) == edited)
            // A broken template is not saved.
            let current = try fixture.workspace.templates.entry("reminder.nl")
            try await client.execute(uri: "/templates/save", method: .post, headers: StudioFixture.formHeaders,
                                     body: StudioFixture.form(["name": "reminder.nl", "text": "@body\n{{#x}}\n", "version": current.version,
                                                               "sample": "C-0042"])) { response in
                #expect(response.status.code == 422)
                #expect(response.text.contains("not saved"))
            }
            #expect(try String(contentsOf: override, encoding: .utf8) == edited)
            // The run and the plan's letters use the saved override.
            try await client.execute(uri: "/letter.txt?debtor=C-0042", method: .get) { response in
                #expect(response.text.contains("Eerste tab."))
            }
        }
    }

    @Test("template names never become paths; saving needs the token")
    func names() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            // Names made of dots once trapped the preview (an empty split): an error, never a crash.
            for name in [".", "..", ".reminder", "reminder."] {
                for uri in ["/templates/preview", "/templates/preview.pdf"] {
                    try await client.execute(uri: uri, method: .post, headers: StudioFixture.formHeaders,
                                             body: StudioFixture.form(["name": name, "text": "@body\nx\n", "sample": "C-0051"])) { response in
                        #expect(response.status != .ok || uri == "/templates/preview", "\(uri) \(name): \(response.status)")
                    }
                }
            }
            try await client.execute(uri: "/templates", method: .get) { response in
                #expect(response.status == .ok, "the server is still up")
            }
            for name in ["../../etc/passwd", "reminder.nl/../../x", "reminder.xx", "", ".", ".."] {
                try await client.execute(uri: "/templates/save", method: .post, headers: StudioFixture.formHeaders,
                                         body: StudioFixture.form(["name": name, "text": "@body\nx\n", "version": "v"])) { response in
                    #expect(response.status == .notFound, "\(name)")
                }
                try await client.execute(uri: "/templates/edit?name=\(StudioResponses.query(name))", method: .get) { response in
                    #expect(response.status == .notFound)
                }
            }
            let entry = try fixture.workspace.templates.entry("reminder.en")
            try await client.execute(uri: "/templates/save", method: .post, headers: StudioFixture.formHeaders,
                                     body: StudioFixture.form(["name": "reminder.en", "text": entry.text, "version": entry.version],
                                                              token: "wrong")) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.overrideFolder))
    }

    @Test("a link in the override folder is never written through")
    func linkRefused() async throws {
        let fixture = try StudioFixture()
        let shippedPath = (fixture.workspace.templates.defaultFolder as NSString).appendingPathComponent("reminder.de.mustache")
        let shipped = try String(contentsOfFile: shippedPath, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: fixture.overrideFolder, withIntermediateDirectories: true)
        let link = (fixture.overrideFolder as NSString).appendingPathComponent("reminder.de.mustache")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: shippedPath)
        let entry = try fixture.workspace.templates.entry("reminder.de")
        try await fixture.test { client in
            try await client.execute(uri: "/templates/save", method: .post, headers: StudioFixture.formHeaders,
                                     body: StudioFixture.form(["name": "reminder.de", "text": shipped + "\n", "version": entry.version])) { response in
                #expect(response.status == .conflict)
                #expect(response.text.contains("not a regular file"))
            }
        }
        #expect(try String(contentsOfFile: shippedPath, encoding: .utf8) == shipped)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == shippedPath)
    }

    @Test("the override folder may not be the shipped templates")
    func notTheDefaults() throws {
        let defaults = try TemplateLocatorProbe.defaultFolder()
        #expect(throws: StudioError.self) { try StudioTemplates(overrideFolder: defaults) }
    }
}

enum TemplateLocatorProbe {
    static func defaultFolder() throws -> String { try StudioTemplates(overrideFolder: "/nonexistent-\(UUID())").defaultFolder }
}
