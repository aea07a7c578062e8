import Foundation
import Letters
import Testing

@Suite struct GoldenPreviewTests {
    @Test(arguments: [("notice-claim.json", "notice.en.txt"), ("many-invoices.json", "notice-many.en.txt")])
    func previewMatchesGolden(claim: String, golden: String) throws {
        let text = PlainTextWriter().write(try Repo.letter(claim))
        try expectGolden(text, golden)
    }

    static let ladder: [(LetterKind, String)] = LetterKind.allCases.flatMap { kind in LocaleFormatter.languages.map { (kind, $0) } }

    /// Every letter of the ladder in every language (16 goldens).
    @Test(arguments: ladder)
    func everyLetterInEveryLanguageMatchesGolden(kind: LetterKind, language: String) throws {
        let text = PlainTextWriter().write(try Repo.letter("ladder-claim.json", kind: kind, language: language))
        try expectGolden(text, "ladder/\(kind.rawValue).\(language).txt")
        for line in text.split(separator: "\n") { #expect(line.count <= 78, "\(line)") }
    }

    /// The first reminder to a Belgian consumer, in every language.
    @Test(arguments: LocaleFormatter.languages)
    func consumerFirstReminderMatchesGolden(language: String) throws {
        let text = PlainTextWriter().write(try Repo.letter("consumer-claim.json", kind: .reminder, language: language))
        try expectGolden(text, "consumer/reminder.\(language).txt")
    }

    @Test func previewIsWrappedAt78Columns() throws {
        for claim in ["notice-claim.json", "many-invoices.json"] {
            let text = PlainTextWriter().write(try Repo.letter(claim))
            for line in text.split(separator: "\n") { #expect(line.count <= 78, "\(line)") }
        }
    }

    @Test func previewStatesTheFigures() throws {
        let text = PlainTextWriter().write(try Repo.letter("notice-claim.json"))
        for figure in ["€1,210.00", "-€200.00", "€15.66", "€22.99", "€40.00", "€106.57", "€1,195.22",
                       "4 December 2026", "REGISTERED MAIL", "+++090/9337/55493+++", "16 August 2026"] {
            #expect(text.contains(figure), "\(figure)")
        }
    }
}
