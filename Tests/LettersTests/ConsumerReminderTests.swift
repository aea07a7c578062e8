import Foundation
import InvoiceModel
import Letters
import Testing

/// Book XIX CEL: the first reminder to a Belgian consumer is free and states four things.
@Suite struct ConsumerReminderTests {
    @Test(arguments: LocaleFormatter.languages)
    func firstReminderIsFreeAndStatesTheFourMentions(language: String) throws {
        let letter = try Repo.letter("consumer-claim.json", kind: .reminder, language: language)
        let text = PlainTextWriter(width: 1000).write(letter).replacingOccurrences(of: "\u{00A0}", with: " ")
        let f = LocaleFormatter(language: language, country: "BE")
        // (1) the balance and the damages that will be claimed (capped: 65 + 5% of 740 = 102.00)
        #expect(text.contains(f.money(1240, currency: "EUR").replacingOccurrences(of: "\u{00A0}", with: " ")))
        #expect(text.contains(f.money(102, currency: "EUR").replacingOccurrences(of: "\u{00A0}", with: " ")))
        // (2) the creditor's name and enterprise number
        #expect(text.contains("Fietsen Claes BV"))
        #expect(text.contains("0123.456.749"))
        // (3) what the debt is for and its due date
        #expect(text.contains("repair and service of an e-bike"))
        #expect(text.contains(f.date(.init(iso: "2026-11-14")!).replacingOccurrences(of: "\u{00A0}", with: " ")))
        // (4) the 14-day period: from the 3rd working day after posting (Wed 2 Dec) to 15 Dec
        #expect(text.contains("14"))
        #expect(text.contains(f.date(.init(iso: "2026-12-15")!).replacingOccurrences(of: "\u{00A0}", with: " ")))
        // No fee, although the terms have a reminder fee; the sender is told why.
        #expect(!text.contains(f.money(10, currency: "EUR").replacingOccurrences(of: "\u{00A0}", with: " ")))
        #expect(letter.warnings.contains { $0.contains("first reminder to a consumer in Belgium is free") })
    }

    /// Without an interest clause the consumer owes the legal rate, by law: the letter says so and
    /// does not pretend the terms and conditions provide it. A clause above the commercial rate is
    /// cut to it, and the letter says that too.
    @Test(arguments: [
        ("en", "late-payment interest at the legal rate of", "as provided in our terms and conditions", "(the highest rate the law allows)"),
        ("nl", "verwijlinterest tegen de wettelijke rentevoet van", "zoals bepaald in onze algemene voorwaarden", "(de hoogste rentevoet die de wet toelaat)"),
        ("fr", "intérêts de retard au taux légal de", "conformément à nos conditions générales", "(le taux maximal autorisé par la loi)"),
        ("de", "Verzugszinsen zum gesetzlichen Zinssatz von", "wie in unseren Allgemeinen Geschäftsbedingungen vorgesehen", "(der gesetzlich zulässige Höchstsatz)"),
    ])
    func theInterestIsAnnouncedWithItsBasis(language: String, legal: String, byTerms: String, capped: String) throws {
        func text(_ edit: @escaping (inout Claim) -> Void) throws -> String {
            let letter = try Repo.letter("consumer-claim.json", kind: .reminder, language: language, edit: edit)
            return PlainTextWriter(width: 1000).write(letter).replacingOccurrences(of: "\u{00A0}", with: " ")
        }
        let lawOnly = try text { $0.terms.interest = nil; $0.terms.penalty = nil; $0.terms.feePolicy = FeePolicy.none }
        #expect(lawOnly.contains(legal))
        #expect(!lawOnly.contains(byTerms))
        // With a damages clause beside it, the clause is still cited.
        let withDamages = try text { $0.terms.interest = nil }
        #expect(withDamages.contains(legal))
        #expect(withDamages.contains(byTerms))
        #expect(!withDamages.contains(capped))
        // A contractual rate of 12 % is cut to the commercial rate: said so, and not called legal.
        let contractual = try text { _ in }
        #expect(!contractual.contains(legal))
        #expect(contractual.contains(byTerms))
        #expect(contractual.contains(capped))
        // A contractual rate under the cap is stated as agreed.
        let agreed = try text { $0.terms.interest = InterestTerms(source: .annualRate(8)) }
        #expect(agreed.contains(byTerms))
        #expect(!agreed.contains(capped))
    }

    /// Outside contracts of regular supply no reminder to a Belgian consumer may be charged, the
    /// second one included (art. XIX.2 CEL; the corrections of 2026-12-01 in the legal notes).
    @Test func aSecondReminderClaimsNoFee() throws {
        let text = PlainTextWriter(width: 1000).write(try Repo.letter("consumer-claim.json", kind: .secondReminder, language: "en"))
        #expect(!text.contains("Reminder fee under our terms and conditions"))
        #expect(text.contains("€1,240.00"))
        #expect(!text.contains("€1,250.00"))
    }

    @Test func aBusinessDebtorGetsNoConsumerStatements() throws {
        let text = PlainTextWriter().write(try Repo.letter("ladder-claim.json", kind: .reminder, language: "en"))
        #expect(!text.contains("free of charge"))
    }
}
