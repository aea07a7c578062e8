import Crypto
import Foundation
import HaruPDF
import InvoiceModel
import InvoiceReaders
import LateFees
import LetterPDF
import Letters

/// How a batch runs.
public struct BatchSettings: Sendable {
    public var kind: LetterKind
    /// `--lang`; nil: the debtor's language, then `defaultLanguage`, then the creditor's, then en.
    public var language: String?
    public var defaultLanguage: String?
    public var outputFolder: String
    public var jobs: Int
    /// The letter date given for the whole run (`--as-of`): it wins over a claim's own `as_of`
    /// (`Claim.letterDate`, the one rule).
    public var asOf: CalendarDate?
    /// The letter date of a claim without its own `as_of` when no date is given.
    public var today: CalendarDate
    public var force: Bool
    public var strict: Bool
    public var byEmail: Bool
    /// `--combined`: also write every letter into print-ready volumes while the batch runs.
    public var combined: CombinedOutput?

    public init(kind: LetterKind, language: String?, defaultLanguage: String?, outputFolder: String, jobs: Int,
                asOf: CalendarDate?, today: CalendarDate, force: Bool, strict: Bool, byEmail: Bool) {
        self.kind = kind; self.language = language; self.defaultLanguage = defaultLanguage; self.outputFolder = outputFolder
        self.jobs = max(1, jobs); self.asOf = asOf; self.today = today; self.force = force; self.strict = strict; self.byEmail = byEmail
    }
}

/// Told how a batch is getting on (called from worker threads).
public protocol BatchProgress: AnyObject, Sendable {
    /// `count` more letters are coming (called as the inputs are counted).
    func expect(_ count: Int)
    func advanced(done: Int, failed: Int, skipped: Int)
    func failed(origin: String, message: String)
}

/// What the producer hands the runner: a claim to write, or an input that could not be read.
public enum BatchInput: Sendable {
    case item(BatchItem, stem: String)
    case failure(origin: String, debtor: String, stem: String, message: String)
}

/// One claim to write a letter for.
public struct BatchItem: Sendable {
    public var claim: Claim
    public var origin: String
    /// This item's letter kind and channel, when they differ from the batch's (a dunning run).
    public var kind: LetterKind?
    public var byEmail: Bool?
    /// The claim's assessment on its `asOf`, when the caller already made it (a dunning run's plan).
    public var assessment: Assessment?
    public init(claim: Claim, origin: String, kind: LetterKind? = nil, byEmail: Bool? = nil, assessment: Assessment? = nil) {
        self.claim = claim; self.origin = origin; self.kind = kind; self.byEmail = byEmail; self.assessment = assessment
    }
}

/// Writes one PDF per claim, in parallel, each to a temporary name then renamed; skips a letter
/// whose file on disk was made from the same inputs (the input hash is in the PDF's keywords).
public final class BatchRunner: @unchecked Sendable {
    let templates: LetterTemplates
    let rates: RateTable
    let fonts: FontFiles
    let fallback: FontFiles?
    let settings: BatchSettings
    /// The envelope preset and the logo (read once, shared by every worker's renderer).
    let layout: LayoutPreset
    let logo: LetterLogo?
    /// Digest of everything shared by all letters: templates, rates, settings, layout, logo, program version.
    let fingerprint: String
    /// Shared by the workers: each template is parsed once per shape of letter.
    let composer: LetterComposer
    /// The combined volumes the last `run` wrote, in order (`FILE.pdf`, or `FILE-001.pdf`, ...).
    public private(set) var combinedFiles: [String] = []

    /// Part of every input hash: raise it whenever the same inputs make a different PDF, so that
    /// a re-run replaces letters an older version wrote. 2: uncompressed font subsets, 1-bit QR code.
    public static let version = "overdue 2"

    /// Called on the worker thread once an item's file is complete on disk (renamed into place,
    /// or found unchanged), before its manifest entry is written; an error fails the item.
    public var written: (@Sendable (BatchItem, Manifest.Entry) throws -> Void)?

    /// Called on the worker thread with a letter and its PDF before the PDF is renamed into place
    /// (or when it is kept unchanged), to write the files that go with it (an e-mail message):
    /// the PDF exists only once they do. An error fails the item.
    public var companion: (@Sendable (BatchItem, LetterDocument, _ pdf: Data, _ stem: String) throws -> Void)?

    public init(templates: LetterTemplates, rates: RateTable, fonts: FontFiles, fallback: FontFiles?, settings: BatchSettings,
                layout: LayoutPreset = .standard, logo: LetterLogo? = nil) {
        self.templates = templates; self.rates = rates; self.fonts = fonts; self.fallback = fallback; self.settings = settings
        self.layout = layout; self.logo = logo
        composer = LetterComposer(templates: templates, caching: true)
        var hasher = SHA256()
        hasher.update(data: Data(Self.version.utf8))
        for name in templates.files.keys.sorted() {
            hasher.update(data: Data(name.utf8)); hasher.update(data: Data(templates.files[name]!.text.utf8))
        }
        for name in rates.names {
            for p in rates.named(name)!.periods { hasher.update(data: Data("\(name)\(p.from)\(p.to)\(p.percent)".utf8)) }
        }
        hasher.update(data: Data("\(settings.kind.rawValue)|\(settings.language ?? "")|\(settings.defaultLanguage ?? "")|\(settings.byEmail)".utf8))
        if layout != .standard { hasher.update(data: Data("layout:\(layout.name)".utf8)) }
        if let logo { hasher.update(data: Data("logo:\(logo.width):".utf8)); hasher.update(data: logo.image.bytes) }
        fingerprint = hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Renders every item `produce` hands over (on the calling thread, while the workers render);
    /// returns the manifest in input order. `produce`'s `emit` returns false once the run stops
    /// (`--strict` after a failure). Memory holds at most a few dozen claims at a time. With
    /// `settings.combined`, the volumes are drawn as the letters come (`combinedFiles`); a
    /// failure there is thrown once the manifest is written.
    public func run(produce: (_ emit: (BatchInput) -> Bool) throws -> Void, progress: BatchProgress) throws -> ManifestWriter.Summary {
        let queue = BoundedQueue<(Int, BatchInput)>(capacity: 4 * settings.jobs + 8)
        let state = SharedState()
        let manifest = try ManifestWriter(folder: settings.outputFolder)
        combinedFiles = []
        let volumes = try settings.combined.map { try VolumeAssembler(output: $0, manifest: manifest, fonts: fonts, fallback: fallback, layout: layout, logo: logo) }
        let group = DispatchGroup()
        for _ in 0..<settings.jobs {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                var renderer: LetterPDFRenderer?
                while let (index, input) = queue.pop() {
                    let entry: Manifest.Entry
                    var plan: DrawPlan?
                    switch input {
                    case .item(let item, let stem):
                        do {
                            if renderer == nil { renderer = try LetterPDFRenderer(fonts: fonts, fallback: fallback, layout: layout, logo: logo) }
                            let done = try process(item, stem: stem, renderer: renderer!)
                            try written?(item, done.0)
                            (entry, plan) = done
                        } catch {
                            entry = failedEntry(item, stem: stem, error: error)
                            progress.failed(origin: item.origin, message: entry.error ?? "\(error)")
                        }
                    case .failure(let origin, let debtor, let stem, let message):
                        entry = Manifest.Entry(debtor_id: debtor, debtor_name: "", origin: origin, invoices: [], currency: "", principal: "",
                                               interest: "", fees: "", total: "", deadline: "", file: stem + ".pdf", sha256: "",
                                               status: "failed", error: message + retireStale(stem), input_hash: "", pages: 0)
                        progress.failed(origin: origin, message: entry.error ?? message)
                    }
                    if entry.status == "failed", settings.strict { state.stop(); queue.cancel() }
                    if let volumes { volumes.deliver(entry, plan: plan, at: index) } else { manifest.add(entry, at: index) }
                    let (done, failed, skipped) = state.record(entry)
                    progress.advanced(done: done, failed: failed, skipped: skipped)
                }
            }
            thread.stackSize = 4 << 20
            thread.start()
        }
        var next = 0
        do {
            defer { queue.close(); group.wait() }
            try produce { input in
                guard !state.isStopped, queue.push((next, input)) else { return false }
                next += 1
                return true
            }
        } catch {
            // The run failed as a whole: no manifest, no volume, and no temporary file left behind.
            volumes?.abandon()
            manifest.abandon()
            throw error
        }
        volumes?.close()
        let summary: ManifestWriter.Summary
        do {
            summary = try manifest.finish()
        } catch {
            volumes?.abandon()
            throw error
        }
        if let volumes { combinedFiles = try volumes.wait() }
        return summary
    }

    /// The letter for `item` (also used to build the combined PDF).
    public func compose(_ item: BatchItem) throws -> (LetterDocument, Assessment, CalendarDate) {
        let asOf = item.claim.letterDate(given: settings.asOf, today: settings.today)
        let assessment = try item.assessment.flatMap { $0.asOf == asOf ? $0 : nil }
            ?? Assessor(rates: rates).assess(item.claim, asOf: asOf, byEmail: item.byEmail ?? settings.byEmail)
        let language = try LocaleFormatter.supportedLetterLanguage(asked: settings.language, claim: item.claim, defaultLanguage: settings.defaultLanguage)
        let letter = try composer.compose(item.kind ?? settings.kind, language: language, claim: item.claim,
                                          assessment: assessment, byEmail: item.byEmail ?? settings.byEmail)
        return (letter, assessment, asOf)
    }

    /// Writes (or keeps) the letter's file; returns its manifest entry and, for a combined run,
    /// its laid-out pages (also for a letter kept unchanged, so the volumes hold every letter).
    func process(_ item: BatchItem, stem: String, renderer: LetterPDFRenderer) throws -> (Manifest.Entry, DrawPlan?) {
        let path = (settings.outputFolder as NSString).appendingPathComponent(stem + ".pdf")
        let (letter, assessment, asOf) = try compose(item)
        var hasher = SHA256()
        hasher.update(data: Data(fingerprint.utf8))
        ClaimDigest.update(&hasher, with: item.claim)
        hasher.update(data: Data(asOf.description.utf8))
        if let kind = item.kind { hasher.update(data: Data("\(kind.rawValue)|\(item.byEmail ?? settings.byEmail)".utf8)) }
        let inputHash = Self.hex(hasher.finalize())
        let marker = "overdue-input:" + inputHash
        var entry = Self.entry(item, letter: letter, assessment: assessment, file: stem + ".pdf", inputHash: inputHash)

        if !settings.force, let existing = FileManager.default.contents(atPath: path),
           let range = existing.range(of: Data(("(" + marker + ";pages=").utf8)) {
            // Same inputs as the file on disk: keep it.
            let rest = existing[range.upperBound...].prefix(8)
            entry.pages = Int(String(decoding: rest.prefix { $0 >= 0x30 && $0 <= 0x39 }, as: UTF8.self)) ?? 0
            entry.sha256 = Self.sha256(existing)
            entry.status = "unchanged"
            try companion?(item, letter, existing, stem)
            return (entry, settings.combined == nil ? nil : try renderer.plan(letter))
        }
        let plan = try renderer.plan(letter)
        let pdf = try renderer.render(plan) { pages in "\(marker);pages=\(pages)" }
        try companion?(item, letter, pdf, stem)
        try AtomicFile.write(pdf, to: path)
        entry.pages = plan.pageCount
        entry.sha256 = Self.sha256(pdf)
        entry.status = "rendered"
        return (entry, settings.combined == nil ? nil : plan)
    }

    static func sha256(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for byte in digest { bytes.append(digits[Int(byte >> 4)]); bytes.append(digits[Int(byte & 15)]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The manifest entry of a letter: the figures it asks for, as its composer decided them.
    static func entry(_ item: BatchItem, letter: LetterDocument, assessment a: Assessment, file: String, inputHash: String) -> Manifest.Entry {
        let m = { (d: Decimal) in Money.plain(d) }
        let ask = letter.ask ?? LetterAsk(principal: a.principal - a.paid, interest: a.interest, fees: a.fees, total: a.total,
                                          deadline: a.deadline, amountDue: a.total, reference: nil, remittance: "")
        return Manifest.Entry(debtor_id: item.claim.debtor.id ?? "", debtor_name: item.claim.debtor.name, origin: item.origin,
                              invoices: a.invoices.map(\.number), currency: a.currency, principal: m(ask.principal), interest: m(ask.interest),
                              fees: m(ask.fees), total: m(ask.total), deadline: ask.deadline.description, file: file, sha256: "",
                              status: "", error: nil, input_hash: inputHash, pages: 0)
    }

    func failedEntry(_ item: BatchItem, stem: String, error: Error) -> Manifest.Entry {
        Manifest.Entry(debtor_id: item.claim.debtor.id ?? "", debtor_name: item.claim.debtor.name, origin: item.origin,
                       invoices: item.claim.invoices.map(\.number), currency: item.claim.currency, principal: "", interest: "",
                       fees: "", total: "", deadline: "", file: stem + ".pdf", sha256: "", status: "failed",
                       error: UnprintableField.describe(error, claim: item.claim) + retireStale(stem), input_hash: "", pages: 0)
    }

    /// A letter an earlier run wrote for a claim that now fails no longer matches its inputs:
    /// it is moved to `stale/`, so the folder never offers it as this run's letter.
    func retireStale(_ stem: String) -> String {
        OutputFolder.retire(stem + ".pdf", in: settings.outputFolder)
            ? " (the letter an earlier run wrote is moved to \(OutputFolder.staleName)/)" : ""
    }
}

/// The counters, shared by the workers.
final class SharedState: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var done = 0, failed = 0, skipped = 0

    var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }
    func stop() { lock.lock(); stopped = true; lock.unlock() }

    func record(_ entry: Manifest.Entry) -> (Int, Int, Int) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        if entry.status == "failed" { failed += 1 }
        if entry.status == "unchanged" { skipped += 1 }
        return (done, failed, skipped)
    }
}

/// A queue of fixed capacity: `push` waits while it is full, `pop` while it is empty.
final class BoundedQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// False when the queue is closed.
    func push(_ element: Element) -> Bool {
        condition.lock(); defer { condition.unlock() }
        while items.count - head >= capacity && !closed { condition.wait() }
        guard !closed else { return false }
        items.append(element)
        condition.broadcast()
        return true
    }

    /// Nil once the queue is closed and empty.
    func pop() -> Element? {
        condition.lock(); defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let element = items[head]
        head += 1
        if head > 1024 { items.removeFirst(head); head = 0 }
        condition.broadcast()
        return element
    }

    func close() {
        condition.lock(); closed = true; condition.broadcast(); condition.unlock()
    }

    /// Closes the queue and drops what is still waiting in it.
    func cancel() {
        condition.lock(); closed = true; head = items.count; condition.broadcast(); condition.unlock()
    }
}
