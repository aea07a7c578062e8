import Foundation
import InvoiceModel
import InvoiceReaders
import LateFees
import Testing

@Suite struct RateFileReaderTests {
    func read(_ text: String) throws -> [String: [RatePeriod]] {
        try RateFileReader().read(Data(text.utf8), file: "rates.csv")
    }

    @Test func readsSeriesWithQuotedSources() throws {
        let rates = try read("""
            series,valid_from,valid_to,rate_percent,source
            de-b2b,2026-07-01,2026-12-31,10.27,"Bundesbank, 1 July 2026"
            my-contract,2026-01-01,2026-12-31,9.5,
            """)
        #expect(rates["de-b2b"]?.first?.percent == Decimal(string: "10.27"))
        #expect(rates["de-b2b"]?.first?.source == "Bundesbank, 1 July 2026")
        #expect(rates["my-contract"]?.count == 1)
        let table = RateTable.bundled.merging(rates)
        #expect(table.named("de-b2b")?.knownUntil == CalendarDate(iso: "2026-12-31"))
        #expect(table.named("my-contract") != nil)
    }

    @Test(arguments: [
        ("series,valid_from,rate_percent\nx,2026-01-01,5\n", 1, nil as String?, "missing column valid_to"),
        ("series,valid_from,valid_to,rate_percent\nx,2026-13-01,2026-12-31,5\n", 2, "valid_from", "is not a date"),
        ("series,valid_from,valid_to,rate_percent\nx,2026-01-01,2026-12-31,five\n", 2, "rate_percent", "is not a rate"),
        ("series,valid_from,valid_to,rate_percent\nx,2026-01-01,2026-12-31,5\nx,2026-06-01,2026-12-31,6\n", 3, "valid_from", "overlaps"),
    ])
    func badRowsAreNamed(text: String, line: Int, field: String?, message: String) {
        do {
            _ = try read(text)
            Issue.record("no error")
        } catch let error as InputError {
            #expect(error.line == line)
            #expect(error.field == field)
            #expect(error.message.contains(message), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
