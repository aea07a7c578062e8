import Foundation
import InvoiceModel
@testable import Letters
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

/// Amounts are grouped from integer minor units; the result must equal the text route.
@Suite struct GroupedNumberTests {
    @Test(arguments: ["en", "nl", "fr", "de"])
    func groupingFromUnitsEqualsTheTextRoute(language: String) {
        let format = LocaleFormatter(language: language, country: "BE")
        var values: [Decimal] = ["0", "-0.004", "-0.005", "0.5", "999.995", "1000", "-1000", "123456789.125", "1e15", "12.3456"]
            .map { Decimal(string: $0)! }
        for _ in 0..<1000 {
            let units = Int64.random(in: -100_000_000_000...100_000_000_000)
            values.append(Decimal(sign: units < 0 ? .minus : .plus, exponent: Int.random(in: -5...2), significand: Decimal(units.magnitude)))
        }
        for value in values {
            for decimals in 0...4 {
                #expect(format.number(value, decimals: decimals) == format.slowNumber(value, decimals: decimals), "\(value) \(decimals)")
            }
        }
        #expect(LocaleFormatter(language: "fr", country: "BE").number(Decimal(string: "1234567.891")!) == "1\u{00A0}234\u{00A0}567,89")
    }
}
