import ArgumentParser
import Batch
import Crypto
import Dunning
import Foundation
import InvoiceModel
import InvoiceReaders
import Journal
import LetterPDF
import Letters

/// `overdue run`: writes the planned letters (as `batch` does) and records each in the journal
/// once its file is complete. Run again with the same inputs and date, it sends nothing new.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run",
        abstract: "Write the planned letters and record each in the journal (a repeated run sends nothing new).")

    @Argument(help: "The month's export of open invoices: CSV, UBL invoices or claim JSON.") var inputs: [String]
    @Option(help: "The folder for the PDFs and the manifest (created if missing).") var out: String
    @Option(help: "The letter journal. Default: overdue.db beside the profile, else in the working folder (created on first use).") var journal: String?
    @Option(name: .customLong("as-of"), help: "The letter date (YYYY-MM-DD). Default: today.") var asOf: String?
    @Option(help: "Profile with creditor details, default terms and the dunning policy (YAML). Default: ./overdue.yaml if present.") var profile: String?
    @Option(help: "Only this debtor (repeat for several).") var debtor: [String] = []
    @Option(help: "Parallel workers. Default: the number of cores.") var jobs: Int?
    @Option(help: "Also write all letters into one print-ready PDF, each starting on an odd page.") var combined: String?
    @Option(help: "A folder of templates that override the defaults.") var templates: String?
    @OptionGroup var ratesOption: RatesOption

    func run() throws {
        let started = Date()
        if let jobs, jobs < 1 { throw CLIFailure("--jobs must be at least 1") }
        let rates = try ratesOption.table()
        let session = try DunningSession(inputs: inputs, profilePath: profile, asOf: asOf, rates: rates)
        for note in session.source.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        let items = try session.claims(only: debtor)
        let fonts = ResourceLocator.fonts()
        let needed = Set(LetterKind.allCases.flatMap { kind in LocaleFormatter.languages.map { "\(kind.rawValue).\($0)" } })
        let letterTemplates = try TemplateLocator.load(override: templates, needed: needed)
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: out).standardizedFileURL.path

        // Everything is read and checked: from here on the journal is locked and recorded.
        let journalPath = JournalLocation.path(option: journal, profile: profile)
        let store = try LetterJournal(path: journalPath, access: .create)
        let settled = try store.reconcile(digest: Self.digest)
        if settled.recorded + settled.dropped > 0 {
            FileHandle.standardError.write(Data("note: an earlier run was interrupted: \(settled.recorded) letters whose files were complete are now recorded, \(settled.dropped) never written were dropped\n".utf8))
        }
        try store.remember(debtors: items.map { (DunningSession.key($0.claim), $0.claim.debtor.name) },
                           invoices: items.flatMap { item in item.claim.invoices.map { ($0.number, DunningSession.key(item.claim)) } })
        let plan = session.plan(items, facts: try JournalLocation.facts(store))
        let letters = plan.filter { $0.action.isLetter && $0.claim != nil }

        // The letters are pending in the journal before their files are written (one transaction).
        var pending: [NewLetter] = []
        var batchItems: [(BatchItem, String)] = []
        for entry in letters {
            let kind = LetterKind(rawValue: entry.action.rawValue)!
            let stem = BatchPlan.stem(key: entry.debtor, kind: kind.rawValue) + "-\(session.asOf)"
            let claim = entry.claim!
            let record = LetterRecord(id: 0, date: session.asOf, debtor: entry.debtor, debtorName: entry.name, letter: kind.rawValue,
                                      invoices: entry.invoices, open: entry.open, currency: entry.currency, principal: entry.principal,
                                      interest: entry.interest, fees: entry.fees, total: entry.total, ownFee: entry.ownFee,
                                      deadline: entry.deadline ?? session.asOf, channel: entry.channel ?? .post,
                                      file: (folder as NSString).appendingPathComponent(stem + ".pdf"), sha256: "", status: .recorded)
            pending.append(NewLetter(record: record, claimJSON: try ClaimWriter.json(claim), renderer: BatchRunner.version))
            batchItems.append((BatchItem(claim: claim, origin: "\(entry.debtor) \(kind.rawValue)", kind: kind, byEmail: entry.channel == .email), stem))
        }
        let ids = try store.addPending(pending)
        var idByFile: [String: Int64] = [:]
        for ((_, stem), id) in zip(batchItems, ids) { idByFile[stem + ".pdf"] = id }
        let lookup = idByFile

        let settings = BatchSettings(kind: .reminder, language: nil, defaultLanguage: session.profile?.language, outputFolder: folder,
                                     jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, asOf: session.asOf, force: false,
                                     strict: false, byEmail: false)
        let runner = BatchRunner(templates: letterTemplates, rates: rates, fonts: fonts.primary, fallback: fonts.fallback, settings: settings)
        // Recorded once the file is renamed into place, complete: a letter is in the journal if and
        // only if its file exists. A run killed in between leaves it pending; the next run settles it.
        runner.written = { _, entry in
            guard let id = lookup[entry.file] else { return }
            try store.confirm(id, sha256: entry.sha256, inputHash: entry.input_hash)
        }
        let progress = ProgressReporter()
        progress.expect(batchItems.count)
        let summary = try runner.run(produce: { emit in
            for (item, stem) in batchItems { guard emit(.item(item, stem: stem)) else { return } }
        }, progress: progress)
        progress.finish()
        // A letter that failed was never written: it leaves the journal.
        try store.reconcile(digest: Self.digest)

        if let combined {
            let written = batchItems.map(\.0).filter { !summary.failedOrigins.contains($0.origin) }
            let renderer = try LetterPDFRenderer(fonts: fonts.primary, fallback: fonts.fallback)
            let pdf = try renderer.renderBook(count: written.count, title: "Overdue: \(written.count) letters",
                                              author: written.first?.claim.creditor.name ?? "Overdue") { i in try runner.compose(written[i]).0 }
            try Files.writeAtomically(pdf, to: combined)
        }

        let seconds = Date().timeIntervalSince(started)
        var counts: [String: Int] = [:]
        for entry in plan { counts[entry.action.rawValue, default: 0] += 1 }
        let others = counts.keys.sorted().filter { !PlanAction(rawValue: $0)!.isLetter }.map { "\(counts[$0]!) \($0)" }
        FileHandle.standardError.write(Data(String(format: "run: %d letters in %.2f s: %d written, %d unchanged, %d failed; recorded in %@%@\n",
                                                   summary.letters, seconds, summary.rendered, summary.unchanged, summary.failed, journalPath,
                                                   others.isEmpty ? "" : "; no letter: " + others.joined(separator: ", ")).utf8))
        if summary.failed > 0 {
            throw CLIFailure("\(summary.failed) of \(summary.letters) letters failed (see manifest.csv); they are not in the journal",
                             hint: "fix those claims and run again: the others are not sent twice")
        }
    }

    /// The SHA-256 of a regular file, or nil when there is none.
    static func digest(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: path) else { return nil }
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
