import Foundation
import InvoiceModel

/// Rate data shipped in the binary (so it never depends on a resource bundle being found).
/// The CSV texts are verbatim copies of `Data/rates/*.csv`, sources included.
enum BundledRates {
    /// Name, title, rule and compounding of each shipped series.
    static let catalogue: [(name: String, title: String, rule: RateRule, compounds: Bool)] = [
        ("be-commercial", "BE: late payment in commercial transactions (Law of 2 August 2002, art. 5)", .splitAtChanges, false),
        ("be-legal", "BE: legal interest rate (Law of 5 May 1865)", .splitAtChanges, false),
        ("nl-commercial", "NL: wettelijke handelsrente (art. 6:119a BW), compounded yearly", .splitAtChanges, true),
        ("nl-statutory", "NL: wettelijke rente (art. 6:119 BW), compounded yearly", .splitAtChanges, true),
        ("de-b2b", "DE: Verzugszins, no consumer involved (§288(2) BGB: base rate + 9)", .splitAtChanges, false),
        ("de-consumer", "DE: Verzugszins, consumer involved (§288(1) BGB: base rate + 5)", .splitAtChanges, false),
        ("fr-b2b", "FR: pénalités de retard (L441-10 C. com.: ECB rate + 10)", .splitAtChanges, false),
        ("fr-legal-individual", "FR: taux de l'intérêt légal, creditor a private individual", .splitAtChanges, false),
        ("fr-legal-other", "FR: taux de l'intérêt légal, other cases", .splitAtChanges, false),
        ("uk-late-payment", "UK: Late Payment Act statutory interest (Bank Rate + 8, fixed when interest starts)", .fixedAtStart, false),
    ]

    nonisolated(unsafe) private static var parsed: [String: RateSeries] = [:]
    private static let lock = NSLock()

    /// A shipped series, parsed on first use.
    static func series(_ name: String) -> RateSeries? {
        lock.lock(); defer { lock.unlock() }
        if let known = parsed[name] { return known }
        guard let entry = catalogue.first(where: { $0.name == name }) else { return nil }
        let series = RateSeries(name: entry.name, title: entry.title, periods: parse(csv[entry.name] ?? "", name: entry.name),
                                rule: entry.rule, compoundsYearly: entry.compounds)
        parsed[name] = series
        return series
    }

    /// The periods of a shipped series, by the one parser of the rates CSV. The data is ours: a
    /// bad row is a build defect, caught by the tests (`BundledRatesTests`), never a user's error.
    static func parse(_ text: String, name: String) -> [RatePeriod] {
        do {
            return try RateFileParser.parse(text, file: "Data/rates/\(name).csv").values.flatMap { $0 }.sorted { $0.from < $1.from }
        } catch {
            preconditionFailure("bundled rate data \(name): \(error)")
        }
    }
}
