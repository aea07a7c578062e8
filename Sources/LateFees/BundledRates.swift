import Foundation
import InvoiceModel

/// Rate data shipped in the binary (so it never depends on a resource bundle being found).
/// The CSV text is a verbatim copy of the research data in `Data/rates/` with its sources.
enum BundledRates {
    /// Belgium, Law of 2 August 2002 on late payment in commercial transactions, art. 5:
    /// ECB reference rate + 8 points, rounded up to the next half point, per semester.
    static let beCommercial = parse(
        name: "be-commercial",
        title: "Belgium: late payment in commercial transactions (Law of 2 August 2002, art. 5)",
        csv: beCommercialCSV)

    /// Parses `jurisdiction,series,valid_from,valid_to,rate_percent,source`; a source containing
    /// `provisional` marks the value as provisional. The data is ours: a bad row is a build defect.
    static func parse(name: String, title: String, csv: String) -> RateSeries {
        var periods: [RatePeriod] = []
        for line in csv.split(separator: "\n").dropFirst() where !line.isEmpty {
            let fields = line.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let from = CalendarDate(iso: fields[2]), let to = CalendarDate(iso: fields[3]),
                  let percent = Money.parse(fields[4], maxScale: 4) else {
                preconditionFailure("bundled rate data \(name) has a bad row: \(line)")
            }
            periods.append(RatePeriod(from: from, to: to, percent: percent,
                                      provisional: fields[5].contains("provisional"), source: fields[5]))
        }
        return RateSeries(name: name, title: title, periods: periods)
    }
}
