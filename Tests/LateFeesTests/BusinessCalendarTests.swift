import InvoiceModel
import LateFees
import Testing

@Suite struct BusinessCalendarTests {
    @Test(arguments: [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
                      (2019, "2019-04-21"), (2038, "2038-04-25")])
    func computesEaster(year: Int, expected: String) {
        #expect(PublicHolidays.easterSunday(year: year) == date(expected))
    }

    /// The computed lists of shared/legal/holidays.md, 2024-2027. The Dutch "Friday after
    /// Ascension" comes from a triennial decree, not the Algemene termijnenwet: left out.
    @Test(arguments: ["BE", "NL", "DE", "FR", "GB"])
    func holidaysMatchTheReferenceList(country: String) throws {
        let expected = Set(try Fixture.csv("holidays_\(country.lowercased()).csv")
            .filter { !$0["name"]!.contains("Friday after Ascension") }.map { date($0["date"]!) })
        let computed = Set((2024...2027).flatMap { PublicHolidays.holidays(year: $0, country: country).map(\.date) })
        #expect(computed == expected)
    }

    @Test func oneOffBankHolidaysInEnglandAndWales() {
        let y2022 = Set(PublicHolidays.holidays(year: 2022, country: "GB").map(\.date))
        #expect(y2022.contains(date("2022-06-02")) && y2022.contains(date("2022-06-03")) && y2022.contains(date("2022-09-19")))
        #expect(!y2022.contains(date("2022-05-30")))
        #expect(PublicHolidays.isHoliday(date("2023-05-08"), in: "GB"))
    }

    @Test(arguments: [
        // Sunday letter: Mon..Fri.
        ("2026-11-29", 5, "2026-12-04"),
        // Crosses Christmas (Fri 25 Dec 2026) and New Year (Fri 1 Jan 2027).
        ("2026-12-21", 5, "2026-12-29"),
        ("2026-12-28", 5, "2027-01-05"),
        // Easter Monday 2026-04-06 and Ascension 2026-05-14.
        ("2026-04-02", 1, "2026-04-03"),
        ("2026-04-03", 1, "2026-04-07"),
        ("2026-05-13", 1, "2026-05-15"),
        // 21 July 2026 is a Tuesday.
        ("2026-07-20", 1, "2026-07-22"),
    ])
    func countsBelgianBusinessDays(from: String, days: Int, expected: String) {
        #expect(BusinessCalendar(country: "BE").adding(businessDays: days, to: date(from)) == date(expected))
    }

    @Test func extraClosingDaysAreSkipped() {
        let calendar = BusinessCalendar(country: "BE", extraClosingDays: [date("2026-11-30")])
        #expect(calendar.adding(businessDays: 1, to: date("2026-11-29")) == date("2026-12-01"))
    }
}
