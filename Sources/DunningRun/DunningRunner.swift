import Crypto
import Dunning
import Foundation
import InvoiceModel
import InvoiceReaders
import Journal
import LateFees
import Letters
import OverdueKit

/// What `overdue run` and the studio's "run" do: write the planned letters (as `batch` does),
/// an e-mail message beside each letter sent by e-mail, record each in the journal once its
/// files are complete, and with `sendWith` pipe the new messages to a mail command.
public struct DunningRunner: Sendable {
    /// What one run did.
    public struct Outcome {
        public var summary: ManifestWriter.Summary
        /// How many debtors got each action.
        public var counts: [PlanAction: Int]
        /// The journal ids of the letters this run entered (a failed letter's id is gone again).
        public var letterIDs: [Int64]
        /// The letters handed to the workers, in order (kept only when asked, for `--combined`).
        public var written: [BatchItem]
        /// Letters an interrupted earlier run left pending: recorded, and dropped.
        public var settled: (recorded: Int, dropped: Int)
        /// The runner that wrote them (to compose a letter again, e.g. into one book).
        public var runner: BatchRunner
        /// E-mail messages handed to `sendWith`, and how many of them failed.
        public var messagesSent: Int
        public var undelivered: Int
    }

    public let session: DunningSession
    public let templates: LetterTemplates
    public let rates: RateTable
    public let outputFolder: String
    public let journalPath: String
    public let jobs: Int
    /// The envelope preset and logo every letter is drawn with.
    public let layout: LayoutPreset
    public let logo: LetterLogo?
    /// `--send-with`: the command each new e-mail message is piped to; nil: nothing leaves the machine.
    public let sendWith: String?

    public init(session: DunningSession, templates: LetterTemplates, rates: RateTable, outputFolder: String, journalPath: String, jobs: Int,
                layout: LayoutPreset = .standard, logo: LetterLogo? = nil, sendWith: String? = nil) {
        self.session = session; self.templates = templates; self.rates = rates
        self.outputFolder = outputFolder; self.journalPath = journalPath; self.jobs = max(1, jobs)
        self.layout = layout; self.logo = logo; self.sendWith = sendWith
    }

    /// Writes the letters of `items`' plan; `keepWritten` keeps the items for a combined book.
    public func run(_ items: [ClaimSource.Item], progress: BatchProgress, keepWritten: Bool = false) throws -> Outcome {
        let fonts = ResourceLocator.fonts()
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: outputFolder).standardizedFileURL.path

        // Everything is read and checked: from here on the journal is locked and recorded.
        let store = try LetterJournal(path: journalPath, access: .create)
        let settled = try store.reconcile(digest: Self.digest)
        try store.remember(debtors: items.map { (DunningSession.key($0.claim), $0.claim.debtor.name) },
                           invoices: items.flatMap { item in item.claim.invoices.map { ($0.number, DunningSession.key(item.claim)) } })
        let facts = try JournalLocation.facts(store, claims: items.map(\.claim))

        let settings = BatchSettings(kind: .reminder, language: nil, defaultLanguage: session.profile?.language, outputFolder: folder,
                                     jobs: jobs, asOf: session.given, today: session.today, force: false, strict: false, byEmail: false)
        let runner = BatchRunner(templates: templates, rates: rates, fonts: fonts.primary, fallback: fonts.fallback, settings: settings,
                                 layout: layout, logo: logo)
        let ids = PendingLetters()
        // A letter by e-mail gets its message beside the PDF, written before the PDF is renamed
        // into place: the letter is recorded only once both files exist.
        let session = self.session
        runner.companion = { item, letter, pdf, stem in
            guard item.byEmail == true else { return }
            try LetterEmail.write(claim: item.claim, letter: letter, pdf: pdf, folder: folder, stem: stem, date: session.date(for: item.claim))
        }
        // Recorded once the file is renamed into place, complete: a letter is in the journal if and
        // only if its file exists. A run killed in between leaves it pending; the next run settles it.
        let outbox = Outbox()
        runner.written = { item, entry in
            guard let id = ids.id(file: entry.file) else { return }
            try store.confirm(id, sha256: entry.sha256, inputHash: entry.input_hash)
            if item.byEmail == true { outbox.add(id: id, message: (folder as NSString).appendingPathComponent(String(entry.file.dropLast(4)) + ".eml")) }
        }
        var counts: [PlanAction: Int] = [:]
        var written: [BatchItem] = []
        var entered: [Int64] = []
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
                let newIDs = try store.addPending(pending)
                entered += newIDs
                for ((_, stem), id) in zip(slots, newIDs) { ids.add(file: stem + ".pdf", id: id) }
                progress.expect(slots.count)
                for (item, stem) in slots {
                    if keepWritten { written.append(item) }
                    guard emit(.item(item, stem: stem)) else { return }
                }
            }
        }, progress: progress)
        // A letter that failed was never written: it leaves the journal.
        try store.reconcile(digest: Self.digest)
        let messages = outbox.messages
        // The day the messages leave (the clock), not the letter date: periods run from receipt.
        let undelivered = try sendWith.map { try Self.send(messages, with: $0, store: store, date: Clock.today()) } ?? 0
        try store.close()
        return Outcome(summary: summary, counts: counts, letterIDs: entered, written: written, settled: settled, runner: runner,
                       messagesSent: sendWith == nil ? 0 : messages.count, undelivered: undelivered)
    }

    /// The SHA-256 of a regular file, or nil when there is none.
    public static func digest(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: path) else { return nil }
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

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
                try? FileHandle.standardError.write(contentsOf: Data("note: letter #\(id): \(command) failed (exit status \(outcome.exitStatus.map(String.init) ?? "none"))\(outcome.detail.isEmpty ? "" : ": " + outcome.detail)\n".utf8))
            }
        }
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
