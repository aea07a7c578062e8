import ArgumentParser
import Batch
import Foundation
import InvoiceModel
import InvoiceReaders
import LetterPDF
import Letters

/// `overdue batch`: one PDF per claim, in parallel, with a manifest.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch",
        abstract: "Write a letter for every claim of the inputs, in parallel, with a manifest.")

    @Argument(help: "CSV exports, folders of UBL invoices, claim JSON or JSON Lines.") var inputs: [String]
    @Option(help: "The letter to write: \(LetterChoice.allValueStrings.joined(separator: ", ")).") var letter: LetterChoice
    @Option(help: "The folder for the PDFs and the manifest (created if missing).") var out: String
    @Option(help: "Also write all letters into one print-ready PDF, each starting on an odd page.") var combined: String?
    @Option(help: "Parallel workers. Default: the number of cores.") var jobs: Int?
    @Option(name: .customLong("as-of"), help: "Letter date for claims without their own as_of. Default: today.") var asOf: String?
    @Option(help: "Render only the K-th of N parts (K/N), e.g. 2/4.") var shard: String?
    @Flag(help: "Render every letter, even one whose inputs have not changed.") var force = false
    @Flag(help: "Stop at the first claim that fails.") var strict = false
    @Option(help: "Letter language (en, nl, fr, de). Default: each debtor's language.") var lang: String?
    @Option(help: "A folder of templates that override the defaults.") var templates: String?
    @Option(help: "Profile with creditor details and default terms (YAML). Default: ./overdue.yaml if present.") var profile: String?
    @Option(help: "How the letters are sent: post or email.") var by: SendChannel = .post
    @OptionGroup var ratesOption: RatesOption
    @OptionGroup var exportOptions: ExportOptions

    func run() throws {
        let started = Date()
        let date = try asOf.map { try Arguments.date($0, option: "--as-of") } ?? Clock.today()
        let shardPart = try shard.map { text -> BatchPlan.Shard in
            guard let part = BatchPlan.Shard(text) else { throw CLIFailure("--shard: \"\(text)\" is not K/N with 1 ≤ K ≤ N", hint: "e.g. --shard 2/4") }
            return part
        }
        if let jobs, jobs < 1 { throw CLIFailure("--jobs must be at least 1") }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

        let profileValue = try Pipeline.loadProfile(profile)
        let fonts = ResourceLocator.fonts()
        let settings = BatchSettings(kind: letter.kind, language: lang, defaultLanguage: profileValue?.language, outputFolder: out,
                                     jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, asOf: date, force: force,
                                     strict: strict, byEmail: by == .email)
        let needed = Set(LocaleFormatter.languages.map { "\(letter.kind.rawValue).\($0)" })
        let runner = BatchRunner(templates: try TemplateLocator.load(override: templates, needed: needed), rates: try ratesOption.table(),
                                 fonts: fonts.primary, fallback: fonts.fallback, settings: settings)
        let progress = ProgressReporter()
        let kind = letter.kind.rawValue
        // Names are given in input order over the whole input, so a shard names a letter as the full run would.
        // Each name seen so far, kept as a 64-bit hash (memory stays flat over 100,000 debtors).
        var seen: [UInt64: Int] = [:]
        func stem(_ key: String) -> String {
            let base = BatchPlan.stem(key: key, kind: kind)
            let n = (seen[BatchPlan.fnv1a(base)] ?? 0) + 1
            seen[BatchPlan.fnv1a(base)] = n
            return n == 1 ? base : String(base.dropLast(kind.count + 1)) + "-\(n)-" + kind
        }
        let inShard = { (key: String) in shardPart?.contains(key: key) ?? true }
        let generate = { (claim: Claim) in profileValue?.generateReference.map { PaymentReference.filling(claim, with: $0) } ?? claim }
        var printable: [BatchItem] = []

        let exportSettings = try ClaimSource.exportSettings(inputs, profile: profileValue, export: exportOptions)
        let summary = try runner.run(produce: { emit in
            for path in inputs where !(exportSettings.lendsAddresses && ClaimSource.isUBL(path)) {
                if ClaimSource.isExport(path) {
                    let head = try Files.readHead(path)
                    var stopped = false
                    try InvoiceCSVReader(file: path, profile: profileValue, export: exportSettings.export).stream(
                        ExportInput.file(path, head: head),
                        count: { total in progress.expect(shardPart.map { part in (total + part.count - 1) / part.count } ?? total) }) { result in
                        switch result {
                        case .claim(let claim, let line):
                            let key = BatchPlan.key(claim)
                            guard inShard(key) else { _ = stem(key); return true }
                            let item = BatchItem(claim: generate(claim), origin: "\(path):\(line)")
                            if combined != nil { printable.append(item) }
                            stopped = !emit(.item(item, stem: stem(key)))
                        case .failure(let error, let debtor, let line):
                            guard inShard(debtor) else { _ = stem(debtor); return true }
                            stopped = !emit(.failure(origin: "\(path):\(line)", debtor: debtor, stem: stem(debtor), message: error.description)) || strict
                        }
                        return !stopped
                    }
                    if stopped { return }
                } else {
                    let source = try ClaimSource.load([path], profile: profileValue)
                    for note in source.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
                    progress.expect(source.items.count)
                    for entry in source.items {
                        let key = BatchPlan.key(entry.claim)
                        guard inShard(key) else { _ = stem(key); continue }
                        let item = BatchItem(claim: entry.claim, origin: entry.origin)
                        if combined != nil { printable.append(item) }
                        guard emit(.item(item, stem: stem(key))) else { return }
                    }
                }
            }
        }, progress: progress)
        progress.finish()

        if let combined {
            // Letters in manifest order; the claims were kept for this only.
            let letters = printable.filter { !summary.failedOrigins.contains($0.origin) }
            let renderer = try LetterPDFRenderer(fonts: fonts.primary, fallback: fonts.fallback)
            let pdf = try renderer.renderBook(count: letters.count, title: "Overdue: \(letters.count) letters",
                                              author: letters.first?.claim.creditor.name ?? "Overdue") { i in
                try runner.compose(letters[i]).0
            }
            try Files.writeAtomically(pdf, to: combined)
        }

        let seconds = Date().timeIntervalSince(started)
        let failed = summary.failed, rendered = summary.rendered, unchanged = summary.unchanged
        let rate = seconds > 0 ? Double(summary.letters) / seconds : 0
        FileHandle.standardError.write(Data(String(format: "batch: %d letters in %.2f s (%.0f/s): %d rendered, %d unchanged, %d failed; manifest in %@\n",
                                                   summary.letters, seconds, rate, rendered, unchanged, failed, out).utf8))
        if failed > 0 {
            throw CLIFailure("\(failed) of \(summary.letters) letters failed (see manifest.csv)", hint: strict ? "fix the claim and run again" : "the others were written; fix those claims and run again")
        }
    }
}

/// A progress bar on a terminal; nothing until the summary line otherwise.
final class ProgressReporter: BatchProgress, @unchecked Sendable {
    private let lock = NSLock()
    private let terminal = isatty(STDERR_FILENO) == 1
    private var total = 0
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    func expect(_ count: Int) {
        lock.lock(); defer { lock.unlock() }
        total += count
    }

    func advanced(done: Int, failed: Int, skipped: Int) {
        guard terminal else { return }
        lock.lock(); defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(max(0, total - done)) / rate : 0
        let width = 30
        let filled = total > 0 ? min(width, width * done / total) : width
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = String(format: "\r[%@] %d/%d  %.0f letters/s  %.0f s left%@", bar, done, total, rate, left,
                          failed > 0 ? "  \(failed) failed" : "")
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func failed(origin: String, message: String) {
        lock.lock(); defer { lock.unlock() }
        let prefix = drawn ? "\r\u{1B}[K" : ""
        FileHandle.standardError.write(Data("\(prefix)error: \(origin): \(message)\n".utf8))
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
