import InvoiceModel
import Testing

@Suite struct CalendarDateTests {
    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-1-01", "26-01-01", "2026-04-31", "2026/01/01", ""])
    func rejectsDatesThatDoNotExist(_ text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func roundTripsDayNumbers() {
        for n in stride(from: -1000, through: 30000, by: 7) {
            let d = CalendarDate(dayNumber: n)
            #expect(d.dayNumber == n)
            #expect(CalendarDate(iso: d.description) == d)
        }
    }

    @Test func countsDaysAcrossLeapYears() {
        #expect(date("2024-02-28").days(to: date("2024-03-01")) == 2)
        #expect(date("2025-12-31").adding(days: 1) == date("2026-01-01"))
        #expect(date("2026-11-29").isoWeekday == 7)
        #expect(date("2026-11-30").isoWeekday == 1)
    }
}
