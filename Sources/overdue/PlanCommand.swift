import ArgumentParser
import Dunning
import Foundation
import Journal

/// `overdue plan`: per debtor, the letter due now and why, or why not yet. Writes nothing.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan",
        abstract: "Show, per debtor, which letter is due and why the others wait (nothing is written).")

    @Argument(help: "The month's export of open invoices: CSV, UBL invoices or claim JSON.") var inputs: [String]
    @Option(help: "The letter journal. Default: overdue.db beside the profile, else in the working folder.") var journal: String?
    @Option(name: .customLong("as-of"), help: "The day to plan for (YYYY-MM-DD); wins over a claim's own as_of. Default: the claim's as_of, else today.") var asOf: String?
    @Option(help: "Profile with creditor details, default terms and the dunning policy (YAML). Default: ./overdue.yaml if present.") var profile: String?
    @Flag(help: "Print one JSON object per debtor and line.") var json = false
    @OptionGroup var ratesOption: RatesOption
    @OptionGroup var exportOptions: ExportOptions

    func run() throws {
        let session = try DunningSession(inputs: inputs, profilePath: profile, asOf: asOf, rates: try ratesOption.table(), export: exportOptions.request)
        for note in session.source.notes { Output.err(Data("note: \(note)\n".utf8)) }
        let path = JournalLocation.path(option: journal, profile: profile)
        let items = try session.claims(only: [])
        let facts = try JournalLocation.facts(try JournalLocation.openIfPresent(path), claims: items.map(\.claim))
        let json = self.json
        for line in session.plan(items, facts: facts, { json ? PlanOutput.json($0) : PlanOutput.text($0) }) {
            Output.write(line)
        }
    }
}
