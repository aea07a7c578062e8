import Foundation
import InvoiceModel
import Letters
import Testing

@Suite struct LocaleFormatterTests {
    let nbsp = "\u{00A0}"

    @Test func formatsMoneyPerLanguage() {
        let amount = Decimal(string: "1234.56")!
        #expect(LocaleFormatter(language: "en", country: "BE").money(amount, currency: "EUR") == "€1,234.56")
        #expect(LocaleFormatter(language: "nl", country: "BE").money(amount, currency: "EUR") == "€\(nbsp)1.234,56")
        #expect(LocaleFormatter(language: "fr", country: "BE").money(amount, currency: "EUR") == "1\(nbsp)234,56\(nbsp)€")
        #expect(LocaleFormatter(language: "de", country: "DE").money(amount, currency: "EUR") == "1.234,56\(nbsp)€")
        #expect(LocaleFormatter(language: "en", country: "BE").money(-200, currency: "EUR") == "-€200.00")
        #expect(LocaleFormatter(language: "en", country: "GB").money(Decimal(string: "1234567.5")!, currency: "GBP") == "£1,234,567.50")
    }

    @Test func formatsDatesPerLanguage() {
        let d = CalendarDate(iso: "2026-11-29")!
        #expect(LocaleFormatter(language: "en", country: "BE").date(d) == "29\(nbsp)November 2026")
        #expect(LocaleFormatter(language: "nl", country: "BE").date(d) == "29\(nbsp)november 2026")
        #expect(LocaleFormatter(language: "fr", country: "BE").date(d) == "29\(nbsp)novembre 2026")
        #expect(LocaleFormatter(language: "de", country: "DE").date(d) == "29.\(nbsp)November 2026")
        #expect(LocaleFormatter(language: "fr", country: "BE").date(CalendarDate(iso: "2026-12-01")!) == "1er\(nbsp)décembre 2026")
    }

    @Test func formatsRates() {
        #expect(LocaleFormatter(language: "en", country: "BE").percent(Decimal(string: "10.5")!) == "10.50%")
        #expect(LocaleFormatter(language: "en", country: "BE").percent(10, trimmed: true) == "10%")
        #expect(LocaleFormatter(language: "fr", country: "BE").percent(Decimal(string: "10.5")!) == "10,50\(nbsp)%")
    }
}
