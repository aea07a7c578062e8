import Foundation
import Letters
import Testing

/// EPC069-12 payloads (shared/corpus/epc-qr.md).
@Suite struct PaymentQRTests {
    @Test func theDerivedCorpusExample() {
        // UBLBE_..._15000010.xml: open balance 384.00, free-text payment ID.
        let payload = PaymentQR.payload(name: "My Supplier Company", iban: "BE54000000000097", bic: "BPOTBEB1", amount: 384,
                                        currency: "EUR", reference: "Invoice 15000010", text: "Invoice 15000010")
        #expect(payload == "BCD\n002\n1\nSCT\nBPOTBEB1\nMy Supplier Company\nBE54000000000097\nEUR384.00\n\n\nInvoice 15000010")
    }

    @Test func structuredReferencesGoToTheirOwnLine() {
        let ogm = PaymentQR.payload(name: "Studio Vermeulen BV", iban: "BE71 0961 2345 6769", bic: nil, amount: Decimal(string: "1195.22")!,
                                    currency: "EUR", reference: "+++090/9337/55493+++", text: "2026-0142")
        #expect(ogm == "BCD\n002\n1\nSCT\n\nStudio Vermeulen BV\nBE71096123456769\nEUR1195.22\n\n090933755493")
        let rf = PaymentQR.payload(name: "Franz Mustermänn", iban: "DE71110220330123456789", bic: "BHBLDEHHXXX", amount: Decimal(string: "12.3")!,
                                   currency: "EUR", reference: "RF18 5390 0754 7034", text: nil)
        #expect(rf == "BCD\n002\n1\nSCT\nBHBLDEHHXXX\nFranz Mustermänn\nDE71110220330123456789\nEUR12.30\n\nRF18539007547034")
    }

    @Test func noCodeOutsideItsConditions() {
        #expect(PaymentQR.payload(name: "X", iban: "BE71096123456769", bic: nil, amount: 10, currency: "USD", reference: nil, text: "1") == nil)
        #expect(PaymentQR.payload(name: "X", iban: "BE71096123456760", bic: nil, amount: 10, currency: "EUR", reference: nil, text: "1") == nil)
        #expect(PaymentQR.payload(name: "X", iban: "BE71096123456769", bic: nil, amount: 0, currency: "EUR", reference: nil, text: "1") == nil)
        #expect(PaymentQR.payload(name: "X", iban: "BE71096123456769", bic: nil, amount: Decimal(string: "1000000000")!, currency: "EUR", reference: nil, text: "1") == nil)
    }

    @Test func longTextsAreShortenedToFit() throws {
        let payload = try #require(PaymentQR.payload(name: String(repeating: "Ł", count: 100), iban: "BE71096123456769", bic: nil, amount: 5,
                                                     currency: "EUR", reference: nil, text: String(repeating: "ž", count: 200)))
        #expect(payload.utf8.count <= PaymentQR.maximumBytes)
        #expect(payload.split(separator: "\n", omittingEmptySubsequences: false)[5].count == 70)
    }

    @Test func theNoticeCarriesTheAmountItAsksFor() throws {
        let letter = try Repo.letter("notice-claim.json")
        #expect(letter.qrPayload?.contains("\nEUR1150.36\n") == true)
        let reminder = try Repo.letter("notice-claim.json", kind: .reminder)
        #expect(reminder.qrPayload?.contains("\nEUR1010.00\n") == true)
        let compromise = try Repo.letter("ladder-claim.json", kind: .compromise)
        #expect(compromise.qrPayload == nil)
    }
}
