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

    /// The 14-day letter to a Dutch consumer (Netherlands Dutch) and a German creditor's letters to
    /// a German consumer (§286 BGB), reminder and notice.
    @Test(arguments: [("consumer-nl-claim.json", "nl", "consumer-nl"), ("consumer-de-claim.json", "de", "consumer-de")])
    func foreignConsumerLettersMatchGolden(claim: String, language: String, folder: String) throws {
        for kind in [LetterKind.reminder, .notice] {
            let text = PlainTextWriter().write(try Repo.letter(claim, kind: kind, language: language))
            try expectGolden(text, "\(folder)/\(kind.rawValue).\(language).txt")
            for line in text.split(separator: "\n") { #expect(line.count <= 78, "\(line)") }
        }
    }

    /// German letters: a Belgian creditor's notice is an "Inverzugsetzung", a German creditor's follows §286 BGB.
    @Test func germanNoticesFollowTheLawOfTheContract() throws {
        let belgian = PlainTextWriter(width: 1000).write(try Repo.letter("ladder-claim.json", kind: .notice, language: "de"))
        #expect(belgian.contains("Inverzugsetzung"))
        #expect(!belgian.contains("Letzte Mahnung"))
        let german = PlainTextWriter(width: 1000).write(try Repo.letter("consumer-de-claim.json", kind: .notice, language: "de"))
        #expect(german.contains("§ 286") || german.contains("§286"))
        #expect(!german.contains("Inverzugsetzung"))
    }

    /// The Dutch 14-day letter: exact costs, 14 days from the day after receipt, Netherlands Dutch.
    @Test func theDutchFourteenDayLetter() throws {
        let text = PlainTextWriter(width: 1000).write(try Repo.letter("consumer-nl-claim.json", kind: .reminder, language: "nl"))
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(text.contains("€ 186,00"))
        #expect(text.contains("14 dagen"))
        #expect(text.contains("ontvangen"))
        #expect(!text.contains("als onbestaande"))
        #expect(!text.contains("interestvoet"))
    }

    @Test func previewIsWrappedAt78Columns() throws {
        for claim in ["notice-claim.json", "many-invoices.json"] {
            let text = PlainTextWriter().write(try Repo.letter(claim))
            for line in text.split(separator: "\n") { #expect(line.count <= 78, "\(line)") }
        }
    }

    @Test func previewStatesTheFigures() throws {
        let text = PlainTextWriter().write(try Repo.letter("notice-claim.json"))
        for figure in ["€1,210.00", "-€200.00", "€15.66", "€22.13", "€102.57", "€1,150.36",
                       "9 December 2026", "2 December 2026", "REGISTERED MAIL", "+++090/9337/55493+++", "16 August 2026"] {
            #expect(text.contains(figure), "\(figure)")
        }
    }
}
