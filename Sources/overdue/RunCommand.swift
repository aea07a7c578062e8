import OverdueKit
import ArgumentParser
import Dunning
import Foundation
import InvoiceModel
import InvoiceReaders
import Journal
import DunningRun
import Letters

/// `overdue run`: writes the planned letters (as `batch` does) and records each in the journal
/// once its file is complete. Run again with the same inputs and date, it sends nothing new.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run",
        abstract: "Write the planned letters and record each in the journal (a repeated run sends nothing new).")

    @Argument(help: "The month's export of open invoices: CSV, UBL invoices or claim JSON.") var inputs: [String]
    @Option(help: "The folder for the PDFs and the manifest (created if missing).") var out: String
    @Option(help: "The letter journal. Default: overdue.db beside the profile, else in the working folder (created on first use).") var journal: String?
    @Option(name: .customLong("as-of"), help: "The letter date (YYYY-MM-DD); wins over a claim's own as_of. Default: the claim's as_of, else today.") var asOf: String?
    @Option(help: "Profile with creditor details, default terms and the dunning policy (YAML). Default: ./overdue.yaml if present.") var profile: String?
    @Option(help: "Only this debtor (repeat for several).") var debtor: [String] = []
    @Option(help: "Parallel workers. Default: the number of cores.") var jobs: Int?
    @Option(help: "Also write all letters into one print-ready PDF, each starting on an odd page.") var combined: String?
    @Option(help: "A folder of templates that override the defaults.") var templates: String?
    @Option(name: .customLong("send-with"),
            help: "Pipe each new e-mail message to this command (e.g. \"sendmail -t\") and record the result. Without it nothing leaves the machine.")
    var sendWith: String?
    @OptionGroup var ratesOption: RatesOption
    @OptionGroup var exportOptions: ExportOptions
    @OptionGroup var layoutOption: LayoutOption

    func run() throws {
        let started = Date()
        if let jobs, jobs < 1 { throw CLIFailure("--jobs must be at least 1") }
        let rates = try ratesOption.table()
        let session = try DunningSession(inputs: inputs, profilePath: profile, asOf: asOf, rates: rates, export: exportOptions.request)
        for note in session.source.notes { Output.err(Data("note: \(note)\n".utf8)) }
        let items = try session.claims(only: debtor)
        let needed = Set(LetterKind.allCases.flatMap { kind in LocaleFormatter.languages.map { "\(kind.rawValue).\($0)" } })
        let letterTemplates = try TemplateLocator.load(override: templates, needed: needed)
        let layout = try layoutOption.preset(profile: session.profile)
        let logo = try LayoutOption.logo(profile: session.profile)  // read once for the whole run
        let journalPath = JournalLocation.path(option: journal, profile: profile)
        let runner = DunningRunner(session: session, templates: letterTemplates, rates: rates, outputFolder: out, journalPath: journalPath,
                                   jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, layout: layout, logo: logo, sendWith: sendWith)
        let progress = ProgressReporter()
        let outcome = try runner.run(items, progress: progress, keepWritten: combined != nil)
        progress.finish()
        if outcome.settled.recorded + outcome.settled.dropped > 0 {
            Output.err(Data("note: an earlier run was interrupted: \(outcome.settled.recorded) letters whose files were complete are now recorded, \(outcome.settled.dropped) never written were dropped\n".utf8))
        }
        let summary = outcome.summary, counts = outcome.counts
        if let sendWith, outcome.messagesSent > 0 {
            Output.err(Data("run: \(outcome.messagesSent - outcome.undelivered) of \(outcome.messagesSent) e-mail messages sent with \(sendWith)\n".utf8))
        }

        if let combined {
            let letters = outcome.written.filter { !summary.failedOrigins.contains($0.origin) }
            let fonts = ResourceLocator.fonts()
            let renderer = try LetterPDFRenderer(fonts: fonts.primary, fallback: fonts.fallback, layout: layout, logo: logo)
            let pdf = try renderer.renderBook(count: letters.count, title: "Overdue: \(letters.count) letters",
                                              author: letters.first?.claim.creditor.name ?? "Overdue") { i in try outcome.runner.compose(letters[i]).0 }
            try Files.writeAtomically(pdf, to: combined)
        }

        let seconds = Date().timeIntervalSince(started)
        let others = PlanAction.allCases.filter { !$0.isLetter && counts[$0] != nil }.map { "\(counts[$0]!) \($0.rawValue)" }
        Output.err(Data(String(format: "run: %d letters in %.2f s: %d written, %d unchanged, %d failed; recorded in %@%@\n",
                                                   summary.letters, seconds, summary.rendered, summary.unchanged, summary.failed, journalPath,
                                                   others.isEmpty ? "" : "; no letter: " + others.joined(separator: ", ")).utf8))
        if outcome.undelivered > 0 {
            throw CLIFailure("\(outcome.undelivered) e-mail message(s) could not be sent (the journal says why: `overdue journal`)",
                             hint: "the .eml files are in \(out): send them by hand, then record it with `overdue sent ID --by email`")
        }
        if summary.failed > 0 {
            throw CLIFailure("\(summary.failed) of \(summary.letters) letters failed (see manifest.csv); they are not in the journal",
                             hint: "fix those claims and run again: the others are not sent twice")
        }
    }
}
