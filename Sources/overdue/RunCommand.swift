import OverdueKit
import ArgumentParser
import Crypto
import Dunning
import Foundation
import InvoiceModel
import InvoiceReaders
import Journal
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
    @OptionGroup var layoutOption: LayoutOption

    func run() throws {
        let started = Date()
        if let jobs, jobs < 1 { throw CLIFailure("--jobs must be at least 1") }
        let rates = try ratesOption.table()
        let session = try DunningSession(inputs: inputs, profilePath: profile, asOf: asOf, rates: rates)
        for note in session.source.notes { Output.err(Data("note: \(note)\n".utf8)) }
        let items = try session.claims(only: debtor)
        let fonts = ResourceLocator.fonts()
        let needed = Set(LetterKind.allCases.flatMap { kind in LocaleFormatter.languages.map { "\(kind.rawValue).\($0)" } })
        let letterTemplates = try TemplateLocator.load(override: templates, needed: needed)
        let layout = try layoutOption.preset(profile: session.profile)
        let logo = try LayoutOption.logo(profile: session.profile)  // read once for the whole run
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: out).standardizedFileURL.path

        // Everything is read and checked: from here on the journal is locked and recorded.
        let journalPath = JournalLocation.path(option: journal, profile: profile)
        let store = try LetterJournal(path: journalPath, access: .create)
        let settled = try store.reconcile(digest: Self.digest)
        if settled.recorded + settled.dropped > 0 {
            Output.err(Data("note: an earlier run was interrupted: \(settled.recorded) letters whose files were complete are now recorded, \(settled.dropped) never written were dropped\n".utf8))
        }
        try store.remember(debtors: items.map { (DunningSession.key($0.claim), $0.claim.debtor.name) },
                           invoices: items.flatMap { item in item.claim.invoices.map { ($0.number, DunningSession.key(item.claim)) } })
        let facts = try JournalLocation.facts(store, claims: items.map(\.claim))

        let settings = BatchSettings(kind: .reminder, language: nil, defaultLanguage: session.profile?.language, outputFolder: folder,
                                     jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, asOf: session.given, today: session.today, force: false,
                                     strict: false, byEmail: false)
        let runner = BatchRunner(templates: letterTemplates, rates: rates, fonts: fonts.primary, fallback: fonts.fallback, settings: settings,
                                 layout: layout, logo: logo)
        let ids = PendingLetters()
        // Recorded once the file is renamed into place, complete: a letter is in the journal if and
        // only if its file exists. A run killed in between leaves it pending; the next run settles it.
        // A letter by e-mail gets its message beside the PDF, written before the PDF is renamed
        // into place: the letter is recorded only once both files exist.
        let asOf = session.asOf
        runner.companion = { item, letter, pdf, stem in
            guard item.byEmail == true else { return }
            try LetterEmail.write(claim: item.claim, letter: letter, pdf: pdf, folder: folder, stem: stem, date: item.claim.asOf ?? asOf)
        }
        let outbox = Outbox()
        runner.written = { item, entry in
            guard let id = ids.id(file: entry.file) else { return }
            try store.confirm(id, sha256: entry.sha256, inputHash: entry.input_hash)
            if item.byEmail == true { outbox.add(id: id, message: (folder as NSString).appendingPathComponent(String(entry.file.dropLast(4)) + ".eml")) }
        }
        let progress = ProgressReporter()
        var counts: [PlanAction: Int] = [:]
        var written: [BatchItem] = []
        // The debtors are planned a slice at a time while the workers write the letters of the
        // slices before; each slice's letters are entered as pending (one transaction) before
        // any of them is handed to a worker.
        let summary = try runner.run(produce: { emit in
            var start = 0
            while start < items.count {
                let slice = Array(items[start..<min(items.count, start + 256)])
                start += slice.count
                var pending: [NewLetter] = []
                var slots: [(BatchItem, String)] = []
                for item in slice {
                    let date = session.date(for: item.claim)
                    let entry = session.planner.plan(item.claim, facts: facts, asOf: date)
                    counts[entry.action, default: 0] += 1
                    guard entry.action.isLetter, let claim = entry.claim, let kind = LetterKind(rawValue: entry.action.rawValue) else { continue }
                    let stem = BatchPlan.stem(key: entry.debtor, kind: kind.rawValue, date: date)
                    let record = LetterRecord(id: 0, date: date, debtor: entry.debtor, debtorName: entry.name, letter: kind.rawValue,
                                              invoices: entry.invoices, open: entry.open, currency: entry.currency, principal: entry.principal,
                                              interest: entry.interest, fees: entry.fees, total: entry.total, ownFee: entry.ownFee,
                                              deadline: entry.deadline ?? date, channel: entry.channel ?? .post,
                                              file: (folder as NSString).appendingPathComponent(stem + ".pdf"), sha256: "", status: .recorded)
                    pending.append(NewLetter(record: record, claimJSON: try ClaimWriter.json(claim), renderer: BatchRunner.version))
                    slots.append((BatchItem(claim: claim, origin: "\(entry.debtor) \(kind.rawValue)", kind: kind, byEmail: entry.channel == .email,
                                            assessment: entry.assessment), stem))
                }
                guard !pending.isEmpty else { continue }
                for ((_, stem), id) in zip(slots, try store.addPending(pending)) { ids.add(file: stem + ".pdf", id: id) }
                progress.expect(slots.count)
                for (item, stem) in slots {
                    if combined != nil { written.append(item) }
                    guard emit(.item(item, stem: stem)) else { return }
                }
            }
        }, progress: progress)
        progress.finish()
        // A letter that failed was never written: it leaves the journal.
        try store.reconcile(digest: Self.digest)
        let undelivered = try sendWith.map { try Self.send(outbox.messages, with: $0, store: store, date: session.asOf) } ?? 0
        try store.close()

        if let combined {
            let letters = written.filter { !summary.failedOrigins.contains($0.origin) }
            let renderer = try LetterPDFRenderer(fonts: fonts.primary, fallback: fonts.fallback, layout: layout, logo: logo)
            let pdf = try renderer.renderBook(count: letters.count, title: "Overdue: \(letters.count) letters",
                                              author: letters.first?.claim.creditor.name ?? "Overdue") { i in try runner.compose(letters[i]).0 }
            try Files.writeAtomically(pdf, to: combined)
        }

        let seconds = Date().timeIntervalSince(started)
        let others = PlanAction.allCases.filter { !$0.isLetter && counts[$0] != nil }.map { "\(counts[$0]!) \($0.rawValue)" }
        Output.err(Data(String(format: "run: %d letters in %.2f s: %d written, %d unchanged, %d failed; recorded in %@%@\n",
                                                   summary.letters, seconds, summary.rendered, summary.unchanged, summary.failed, journalPath,
                                                   others.isEmpty ? "" : "; no letter: " + others.joined(separator: ", ")).utf8))
        if undelivered > 0 {
            throw CLIFailure("\(undelivered) e-mail message(s) could not be sent (the journal says why: `overdue journal`)",
                             hint: "the .eml files are in \(out): send them by hand, then record it with `overdue sent ID --by email`")
        }
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

extension RunCommand {
    /// Pipes each new message to `command` and records the outcome; returns how many failed.
    static func send(_ messages: [(id: Int64, path: String)], with command: String, store: LetterJournal, date: CalendarDate) throws -> Int {
        let sender = MailSender(command: command)
        var failed = 0
        for (id, path) in messages {
            let outcome = sender.send(messageAt: path)
            try store.recordMailing(MailingRecord(letter: id, date: date.description, command: command, sent: outcome.sent,
                                                  exitStatus: outcome.exitStatus, detail: outcome.detail))
            if !outcome.sent {
                failed += 1
                Output.err(Data("note: letter #\(id): \(command) failed (exit status \(outcome.exitStatus.map(String.init) ?? "none"))\(outcome.detail.isEmpty ? "" : ": " + outcome.detail)\n".utf8))
            }
        }
        if !messages.isEmpty { Output.err(Data("run: \(messages.count - failed) of \(messages.count) e-mail messages sent with \(command)\n".utf8)) }
        return failed
    }
}

/// The e-mail messages of the letters recorded in this run, in id order (filled from worker threads).
final class Outbox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(id: Int64, path: String)] = []
    func add(id: Int64, message: String) { lock.lock(); items.append((id, message)); lock.unlock() }
    var messages: [(id: Int64, path: String)] { lock.lock(); defer { lock.unlock() }; return items.sorted { $0.id < $1.id } }
}

/// The journal ids of the letters handed to the workers, by file name (read from worker threads).
final class PendingLetters: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String: Int64] = [:]
    func add(file: String, id: Int64) { lock.lock(); ids[file] = id; lock.unlock() }
    func id(file: String) -> Int64? { lock.lock(); defer { lock.unlock() }; return ids[file] }
}
