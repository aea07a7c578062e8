import Foundation
import InvoiceModel
import Letters
import Testing

/// Salutations that name the contact, with the closing that fits, and the creditor's company
/// details (Code of Companies and Associations art. 2:20) in every language.
@Suite struct SalutationAndLetterheadTests {
    static let named: [(String, ContactTitle, String, String)] = [
        ("en", .ms, "Dear Ms Dubois,", "Yours sincerely,"),
        ("en", .mr, "Dear Mr Peeters,", "Yours sincerely,"),
        ("nl", .mr, "Geachte heer Peeters,", "Met vriendelijke groeten,"),
        ("nl", .ms, "Geachte mevrouw Dubois,", "Met vriendelijke groeten,"),
        ("fr", .ms, "Madame Dubois,", "Madame"),
        ("fr", .mr, "Monsieur Peeters,", "Monsieur"),
        ("de", .mr, "Sehr geehrter Herr Peeters,", "Mit freundlichen Grüßen"),
        ("de", .ms, "Sehr geehrte Frau Dubois,", "Mit freundlichen Grüßen"),
    ]

    @Test(arguments: named)
    func theSalutationNamesTheContact(language: String, title: ContactTitle, salutation: String, closing: String) throws {
        for kind in LetterKind.allCases {
            let letter = try Repo.letter("ladder-claim.json", kind: kind, language: language) {
                $0.debtor.contactTitle = title
                $0.debtor.contactFamilyName = title == .mr ? "Peeters" : "Dubois"
            }
            let text = PlainTextWriter(width: 1000).write(letter)
            #expect(text.contains(salutation), "\(kind) \(language)")
            #expect(text.contains(closing), "\(kind) \(language)")
            #expect(!text.contains("Guten Tag"))
        }
    }

    @Test(arguments: [("en", "Dear Sir or Madam,", "Yours faithfully,"), ("nl", "Geachte heer, mevrouw,", "Met vriendelijke groeten,"),
                      ("fr", "Madame, Monsieur,", "Madame, Monsieur"), ("de", "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen")])
    func withoutTitleAndNameTheSalutationIsNeutral(language: String, salutation: String, closing: String) throws {
        for kind in LetterKind.allCases {
            let letter = try Repo.letter("ladder-claim.json", kind: kind, language: language) {
                $0.debtor.contactTitle = nil
                $0.debtor.contactFamilyName = nil
            }
            let text = PlainTextWriter(width: 1000).write(letter)
            #expect(text.contains(salutation), "\(kind) \(language)")
            #expect(text.contains(closing), "\(kind) \(language)")
        }
    }

    @Test(arguments: LocaleFormatter.languages)
    func theLetterheadCarriesTheCompanyDetails(language: String) throws {
        for kind in LetterKind.allCases {
            let letter = try Repo.letter("ladder-claim.json", kind: kind, language: language) {
                $0.creditor.name = "Studio Vermeulen"
                $0.creditor.legal = LegalDetails(legalForm: "BV", registeredOffice: "Kerkstraat 12, 9000 Gent",
                                                 enterpriseNumber: "0987.654.394", registerCourt: LocalizedText("Gent, afdeling Gent"))
            }
            let text = PlainTextWriter(width: 1000).write(letter).replacingOccurrences(of: "\u{00A0}", with: " ")
            for detail in ["Studio Vermeulen BV", "Kerkstraat 12, 9000 Gent", "0987.654.394", "Gent, afdeling Gent"] {
                #expect(text.contains(detail), "\(detail) in \(kind) \(language)")
            }
            let register = ["en": "RPR/RPM", "nl": "RPR", "fr": "RPM", "de": "RJP"][language]!
            #expect(text.contains(register), "\(kind) \(language)")
        }
    }
}
