import OverdueKit
import ArgumentParser
import Foundation
import InvoiceModel
import InvoiceReaders
import Journal
import Letters

/// `overdue batch`: one PDF per claim, in parallel, with a manifest.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "batch",
        abstract: "Write a letter for every claim of the inputs, in parallel, with a manifest.")

    @Argument(help: "CSV exports, folders of UBL invoices, claim JSON or JSON Lines.") var inputs: [String]
    @Option(help: "The letter to write: \(LetterChoice.allValueStrings.joined(separator: ", ")).") var letter: LetterChoice
    @Option(help: "The folder for the PDFs and the manifest (created if missing).") var out: String
    @Option(help: "Also write all letters into print-ready PDF volumes (FILE.pdf, or FILE-001.pdf, FILE-002.pdf ... when there are more letters than --volume-size), in manifest order, each letter starting on an odd page.") var combined: String?
    @Option(name: .customLong("volume-size"), help: "Letters per volume of --combined; 0 for one file, whatever its size. Default: \(CombinedOutput.defaultVolumeSize).") var volumeSize: Int = CombinedOutput.defaultVolumeSize
    @Option(help: "Parallel workers. Default: the number of cores.") var jobs: Int?
    @Option(name: .customLong("as-of"), help: "Letter date; wins over a claim's own as_of. Default: the claim's as_of, else today.") var asOf: String?
    @Option(help: "Render only the K-th of N parts (K/N), e.g. 2/4.") var shard: String?
    @Flag(help: "Render every letter, even one whose inputs have not changed.") var force = false
    @Flag(help: "Stop at the first claim that fails.") var strict = false
    @Option(help: "Letter language (en, nl, fr, de). Default: each debtor's language.") var lang: String?
    @Option(help: "A folder of templates that override the defaults.") var templates: String?
    @Option(help: "Profile with creditor details and default terms (YAML). Default: ./overdue.yaml if present.") var profile: String?
    @Option(help: "How the letters are sent: post or email.") var by: SendChannel = .post
    @Option(help: "A letter journal (overdue.db) to take each debtor's letter history from.") var journal: String?
    @OptionGroup var ratesOption: RatesOption
    @OptionGroup var layoutOption: LayoutOption
    @OptionGroup var exportOptions: ExportOptions

    func run() throws {
        let started = Date()
        let given = try asOf.map { try Arguments.date($0, option: "--as-of") }
        let today = Clock.today()
        let shardPart = try shard.map { text -> BatchPlan.Shard in
            guard let part = BatchPlan.Shard(text) else { throw CLIFailure("--shard: \"\(text)\" is not K/N with 1 ≤ K ≤ N", hint: "e.g. --shard 2/4") }
            return part
        }
        if let jobs, jobs < 1 { throw CLIFailure("--jobs must be at least 1") }
        if volumeSize < 0 { throw CLIFailure("--volume-size must be 0 (one file) or a number of letters", hint: "e.g. --volume-size \(CombinedOutput.defaultVolumeSize)") }
        if let combined {
            let folder = (combined as NSString).deletingLastPathComponent
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw CLIFailure("\(combined): the folder \(folder) does not exist", hint: "create it first or choose another --combined")
            }
            // Never write a volume over an input, the profile or the rates file.
            let stem = (combined as NSString).deletingPathExtension
            for input in inputs + [profile, ratesOption.rates].compactMap({ $0 })
            where Files.sameFile(input, combined) || ((input as NSString).lastPathComponent.hasPrefix((stem as NSString).lastPathComponent + "-")
                                                     && Files.sameFile((input as NSString).deletingLastPathComponent, (combined as NSString).deletingLastPathComponent)
                                                     && input.hasSuffix(".pdf")) {
                throw CLIFailure("--combined \(combined) would write over the input \(input)", hint: "choose another --combined")
            }
        }
        // Held until the command ends: a second batch into the same folder fails at once.
        let folder = try OutputFolder(path: out)
        folder.removeLeftovers()

        let profileValue = try Pipeline.loadProfile(profile)
        let fonts = ResourceLocator.fonts()
        var settings = BatchSettings(kind: letter.kind, language: lang, defaultLanguage: profileValue?.language, outputFolder: out,
                                     jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, asOf: given, today: today, force: force,
                                     strict: strict, byEmail: by == .email)
        settings.combined = combined.map { CombinedOutput(path: $0, volumeSize: volumeSize) }
        let needed = Set(LocaleFormatter.languages.map { "\(letter.kind.rawValue).\($0)" })
        let layout = try layoutOption.preset(profile: profileValue)
        let logo = try LayoutOption.logo(profile: profileValue)  // read once for the whole batch
        let runner = BatchRunner(templates: try TemplateLocator.load(override: templates, needed: needed), rates: try ratesOption.table(),
                                 fonts: fonts.primary, fallback: fonts.fallback, settings: settings, layout: layout, logo: logo)
        let progress = ProgressReporter()
        let kind = letter.kind.rawValue
        // Names are given in input order over the whole input, so a shard names a letter as the full
        // run would; the names given (all shards) tell this input's letters from those of debtors
        // no longer in the inputs.
        var names = LetterNames()
        var complete = true
        func stem(_ key: String) -> String { names.next(key: key, kind: kind) }
        let inShard = { (key: String) in shardPart?.contains(key: key) ?? true }
        let facts = try journal.map { try JournalLocation.facts(try LetterJournal(path: $0, access: .read)) }
        let history = { (claim: Claim) in facts.map { JournalLocation.withHistory(claim, facts: $0, asOf: claim.letterDate(given: given, today: today)) } ?? claim }
        let generate = { (claim: Claim) in history(profileValue?.generateReference.map { PaymentReference.filling(claim, with: $0) } ?? claim) }

        let exportSettings = try ClaimSource.exportSettings(inputs, profile: profileValue, export: exportOptions.request)
        let summary: ManifestWriter.Summary
        do {
        summary = try runner.run(produce: { emit in
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
                            stopped = !emit(.item(item, stem: stem(key)))
                        case .failure(let error, let debtor, let line):
                            guard inShard(debtor) else { _ = stem(debtor); return true }
                            // The origin names the file and line; the debtor of a row without an id is left empty.
                            let shown = debtor.hasPrefix("\u{0}") ? "" : debtor
                            stopped = !emit(.failure(origin: "\(path):\(line)", debtor: shown, stem: stem(debtor), message: error.detail)) || strict
                        }
                        return !stopped
                    }
                    if stopped { complete = false; return }
                } else {
                    // A UBL file that cannot be read fails its own entry; the other files go on.
                    let source = try ClaimSource.load([path], profile: profileValue, skippingUnreadable: true)
                    for note in source.notes { Output.error("note: \(note)") }
                    progress.expect(source.items.count + source.failures.count)
                    for failure in source.failures {
                        let origin = failure.file + (failure.line.map { ":\($0)" } ?? "") + (failure.column.map { ":\($0)" } ?? "")
                        guard emit(.failure(origin: origin, debtor: "", stem: stem(failure.file), message: failure.detail)) && !strict else {
                            complete = false; return
                        }
                    }
                    for entry in source.items {
                        let key = BatchPlan.key(entry.claim)
                        guard inShard(key) else { _ = stem(key); continue }
                        let item = BatchItem(claim: history(entry.claim), origin: entry.origin)
                        guard emit(.item(item, stem: stem(key))) else { complete = false; return }
                    }
                }
            }
        }, progress: progress)
        } catch let error as CombinedError {
            progress.finish()
            throw CLIFailure(error.description, hint: "the letters' own files and the manifest were written; fix the cause and run again (unchanged letters are skipped)")
        }
        progress.finish()
        if complete {
            let moved = folder.retireAbsent(kind: kind) { names.given.contains(BatchPlan.fnv1a($0)) }
            if !moved.isEmpty {
                Output.error("batch: \(moved.count) letter\(moved.count == 1 ? "" : "s") of debtors no longer in the inputs moved to \((out as NSString).appendingPathComponent(OutputFolder.staleName))/")
            }
        }

        let seconds = Date().timeIntervalSince(started)
        let failed = summary.failed, rendered = summary.rendered, unchanged = summary.unchanged
        let rate = seconds > 0 ? Double(summary.letters) / seconds : 0
        Output.err(Data(String(format: "batch: %d letters in %.2f s (%.0f/s): %d rendered, %d unchanged, %d failed; manifest in %@\n",
                                                   summary.letters, seconds, rate, rendered, unchanged, failed, out).utf8))
        if let first = runner.combinedFiles.first {
            let files = runner.combinedFiles.count == 1 ? first : "\(runner.combinedFiles.count) volumes, \(first) to \(runner.combinedFiles.last!)"
            Output.err(Data("combined: \(files)\n".utf8))
        }
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
        Output.err(Data(line.utf8))
        drawn = true
    }

    func failed(origin: String, message: String) {
        lock.lock(); defer { lock.unlock() }
        let prefix = drawn ? "\r\u{1B}[K" : ""
        // The prefix clears the progress bar; only the message from the inputs is escaped.
        Output.err(Data("\(prefix)error: \(TerminalText.escaped("\(origin): \(message)"))\n".utf8))
    }

    func finish() {
        if drawn { Output.err(Data("\n".utf8)) }
    }
}
