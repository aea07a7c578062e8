import Foundation
import FuzzDriver
import InvoiceReaders
import LateFees

// libFuzzer target: one rates file (`--rates`), merged into the bundled table.
runFuzzer { data in
    if let series = try? RateFileReader().read(data, file: "fuzz.csv") { _ = RateTable.bundled.merging(series) }
}
