import OverdueKit
import Testing

/// The front door as an app uses it: one import, no paths.
@Suite struct FrontDoorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func example() throws -> Data { try Data(contentsOf: root.appendingPathComponent("Examples/notice-claim.json")) }

    @Test func theSnippetOfTheReadmeWritesADutchNotice() throws {
        let overdue = try Overdue()
        let claim = try Claim(json: try Self.example())
        let date = try #require(CalendarDate(iso: "2026-11-29"))
        let assessment = try overdue.assess(claim, asOf: date)
        #expect(assessment.total == Decimal(string: "1150.36"))
        let letter = try overdue.letter(.notice, for: claim, asOf: date, language: .nl)
        let pdf = try letter.pdf()
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(pdf.count < 40_000)
        let text = letter.text(width: 78)
        #expect(text.contains("Ingebrekestelling"))
        #expect(text.contains("€ 1.150,36"))
        #expect(letter.warnings.contains { $0.contains("provisional") })
    }

    @Test func theBundledTemplatesAreTheTemplatesFolder() throws {
        let overdue = try Overdue()
        let folder = Self.root.appendingPathComponent("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(names.count == overdue.templates.files.count)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(overdue.templates.files[String(name.dropLast(9))]?.text == text,
                    "\(name) differs from the bundled copy: run python3 Scripts/bundle-resources.py")
        }
    }

    @Test func theBundledFontsAreTheFontsFolder() throws {
        let folder = Self.root.appendingPathComponent("Fonts")
        let letter = try Overdue().letter(.reminder, for: try Claim(json: try Self.example()), asOf: CalendarDate(iso: "2026-11-29")!)
        _ = try letter.pdf()
        for face in ["Regular", "Bold", "Italic", "BoldItalic"] {
            let file = try Data(contentsOf: folder.appendingPathComponent("OverdueSans-\(face).ttf"))
            #expect(try BundledFontCheck.bytes(face) == file, "\(face): run python3 Scripts/bundle-resources.py")
        }
    }

    @Test func aClaimBuiltInCodeIsValidated() throws {
        var claim = try Claim(json: try Self.example())
        claim.creditor.iban = "BE71096123456768"   // bad check digits
        #expect(throws: OverdueError.self) { _ = try claim.validated() }
        do {
            _ = try claim.validated()
        } catch let error as OverdueError {
            #expect(error.location?.field == "creditor.iban")
            #expect(error.errorDescription?.contains("creditor.iban") == true)
        }
    }

    @Test func anUnknownLanguageIsAnErrorAndCaseDoesNotMatter() throws {
        #expect(try Language(code: "NL") == .nl)
        #expect(throws: OverdueError.unsupportedLanguage("xx")) { _ = try Language(code: "xx") }
    }

    @Test func errorsSpeakToAnApp() throws {
        let claim = try Claim(json: try Self.example())
        do {
            _ = try Overdue().assess(claim, asOf: CalendarDate(iso: "2027-03-01")!)
            Issue.record("no error")
        } catch let error as OverdueError {
            #expect(error.errorDescription?.contains("2027-01-01") == true)
            #expect(error.recoverySuggestion?.contains("--") == false)
        }
    }

    @Test func lettersCanBeWrittenFromSeveralThreads() async throws {
        let overdue = try Overdue()
        let claim = try Claim(json: try Self.example())
        let date = CalendarDate(iso: "2026-11-29")!
        let single = try overdue.letter(.notice, for: claim, asOf: date, language: .fr).pdf()
        let all = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<8 { group.addTask { try overdue.letter(.notice, for: claim, asOf: date, language: .fr).pdf() } }
            return try await group.reduce(into: [Data]()) { $0.append($1) }
        }
        #expect(all.allSatisfy { $0 == single })
    }

    @Test func aClaimBuiltInCodeIsValidatedBeforeItsLetter() throws {
        var claim = try Claim(json: try Self.example())
        claim.creditor.iban = "BE71096123456768"  // a wrong check digit: the QR code would be dropped silently
        #expect(throws: OverdueError.self) {
            try Overdue().letter(.notice, for: claim, asOf: CalendarDate(iso: "2026-11-29")!)
        }
    }
}
