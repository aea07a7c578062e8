import Foundation
import InvoiceModel
import LateFees
import Testing

/// `--rates` replaces the days its rows cover and only those (issue 10: a September row used to
/// drop the built-in value for the rest of the half-year, and then no rate was known).
@Suite struct RateMergeTests {
    @Test func aRowForOneMonthKeepsTheRestOfTheHalfYear() throws {
        let bundled = try #require(RateTable.bundled.named("be-commercial"))
        let july = try #require(bundled.period(on: date("2025-07-15")))
        let september = RatePeriod(from: date("2025-09-01"), to: date("2025-09-30"), percent: dec("12.5"), source: "r.csv")
        let merged = try #require(RateTable.bundled.merging(["be-commercial": [september]]).named("be-commercial"))
        #expect(merged.period(on: date("2025-08-31"))?.percent == july.percent)
        #expect(merged.period(on: date("2025-09-15"))?.percent == dec("12.5"))
        #expect(merged.period(on: date("2025-10-01"))?.percent == july.percent)
        #expect(merged.period(on: date("2025-12-31"))?.percent == july.percent)
        // The periods still tile the days without gaps or overlaps.
        for (a, b) in zip(merged.periods, merged.periods.dropFirst()) { #expect(a.to.adding(days: 1) == b.from) }
    }
}
