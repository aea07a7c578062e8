import ArgumentParser
import Foundation
import InvoiceReaders
import LateFees

/// `--rates FILE`: adds or replaces rate series for this run.
struct RatesOption: ParsableArguments {
    @Option(help: "A CSV of rates (series,valid_from,valid_to,rate_percent[,source]) that adds or replaces series.")
    var rates: String?

    func table() throws -> RateTable {
        guard let rates else { return .bundled }
        return RateTable.bundled.merging(try RateFileReader().read(try Files.read(rates, what: "rates"), file: rates))
    }
}
