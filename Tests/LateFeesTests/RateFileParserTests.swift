import Foundation
import InvoiceModel
@testable import LateFees
import Testing

/// The one parser of the rates CSV, for the shipped series and a user's file.
@Suite struct RateFileParserTests {
    @Test func aSourceWithCommasIsKeptWhole() throws {
        let text = "series,valid_from,valid_to,rate_percent,source\nx,2026-01-01,2026-06-30,10.15,ECB 2.15 + 8, rounded (provisional)\n"
        let periods = try #require(try RateFileParser.parse(text, file: "r.csv")["x"])
        #expect(periods.count == 1)
        #expect(periods[0].source == "ECB 2.15 + 8, rounded (provisional)")
        #expect(periods[0].provisional)
        #expect(periods[0].percent == Decimal(string: "10.15"))
    }

    @Test func everyShippedSeriesParsesWithItsFullSources() throws {
        for entry in BundledRates.catalogue {
            let text = try #require(BundledRates.csv[entry.name])
            let parsed = try RateFileParser.parse(text, file: entry.name)
            #expect(parsed.keys.sorted() == [entry.name])
            let rows = text.split(whereSeparator: \.isNewline).dropFirst()
            #expect(parsed[entry.name]?.count == rows.count)
            for (period, row) in zip(parsed[entry.name] ?? [], rows) {
                #expect(row.hasSuffix(period.source), "\(entry.name): \(period.source)")
            }
        }
    }

    @Test func aBadRowNamesItsLineAndField() throws {
        let text = "series,valid_from,valid_to,rate_percent\nx,2026-01-01,2026-06-30,ten\n"
        #expect(throws: RateFileError(file: "r.csv", line: 2, field: "rate_percent", message: "\"ten\" is not a rate in percent such as 10.50")) {
            try RateFileParser.parse(text, file: "r.csv")
        }
    }
}
