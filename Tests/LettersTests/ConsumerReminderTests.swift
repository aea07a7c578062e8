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
        #expect(letter.warnings.contains { $0.contains("a consumer in Belgium owes no reminder fee") })
    }

    /// The interest the first reminder announces: the legal maximum (be-commercial) at its rate;
    /// a clause above it is void, so no interest at all; the legal rate when the terms have none.
    @Test(arguments: LocaleFormatter.languages)
    func theInterestIsAnnouncedOnlyWhenItMayBeCharged(language: String) throws {
        let f = LocaleFormatter(language: language, country: "BE")
        func text(_ edit: @escaping (inout Claim) -> Void) throws -> String {
            let letter = try Repo.letter("consumer-claim.json", kind: .reminder, language: language, edit: edit)
            return plain(PlainTextWriter(width: 1000).write(letter))
        }
        func plain(_ text: String) -> String {
            text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        }
        let maximum = try text { _ in }
        #expect(maximum.contains(plain(f.percent(Decimal(string: "10.5")!))))
        // From the day after the 14-day period (15 December): interest runs from 16 December.
        #expect(maximum.contains(plain(f.date(.init(iso: "2026-12-16")!))))
        let void = try text { $0.terms.interest = InterestTerms(source: .annualRate(12)) }
        #expect(!void.contains(plain(f.percent(12))))
        #expect(!void.contains(plain(f.percent(Decimal(string: "10.5")!))))
        let lawOnly = try text { $0.terms.interest = nil }
        #expect(lawOnly.contains(plain(f.percent(Decimal(string: "4.5")!))))
    }

    /// A damages clause above art. XIX.4 is void: the reminder announces no damages at all.
    @Test func aVoidDamagesClauseIsNotAnnounced() throws {
        let letter = try Repo.letter("consumer-claim.json", kind: .reminder, language: "en") {
            $0.terms.feePolicy = nil
            $0.terms.penalty = PenaltyClause(percent: 15, minimum: 75)   // 186 > 102
        }
        let text = PlainTextWriter(width: 1000).write(letter)
        #expect(!text.contains("€186.00") && !text.contains("€102.00"))
        #expect(letter.warnings.contains { $0.contains("void") })
    }

    @Test func noReminderToABelgianConsumerCarriesAFee() throws {
        let letter = try Repo.letter("consumer-claim.json", kind: .secondReminder, language: "en")
        let text = PlainTextWriter(width: 1000).write(letter)
        #expect(!text.contains("Reminder fee"))
        #expect(!text.contains("€1,250.00"))
        #expect(letter.warnings.contains { $0.contains("owes no reminder fee") })
    }

    @Test func aBusinessDebtorGetsNoConsumerStatements() throws {
        let text = PlainTextWriter().write(try Repo.letter("ladder-claim.json", kind: .reminder, language: "en"))
        #expect(!text.contains("free of charge"))
    }
}
