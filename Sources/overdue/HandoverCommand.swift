import OverdueKit
import ArgumentParser
import Dunning
import Foundation
import Handover
import InvoiceModel
import InvoiceReaders
import Journal
import LateFees
import Letters

/// `overdue handover`: one ZIP for the collection agency, bailiff or lawyer: the letters as sent,
/// the proofs of deposit, the summary (with the IUB verdict) and the debtor's journal.
struct HandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "handover",
        abstract: "Write the hand-over pack (ZIP) of one debtor for the collection agency, bailiff or lawyer.")

    @Argument(help: "The month's export of open invoices: CSV, UBL invoices or claim JSON.") var inputs: [String]
    @Option(help: "The debtor's id (the plan's first column).") var debtor: String
    @Option(help: "The ZIP to write (replaced only once complete; never an input).") var out: String
    @Option(help: "The letter journal. Default: overdue.db beside the profile, else in the working folder.") var journal: String?
    @Option(name: .customLong("as-of"), help: "The date the amounts are computed to (YYYY-MM-DD). Default: today.") var asOf: String?
    @Option(help: "Profile with creditor details and default terms (YAML). Default: ./overdue.yaml if present.") var profile: String?
    @Option(help: "A folder of templates that override the defaults (as given to `run`, to rebuild a letter whose file is gone).") var templates: String?
    @OptionGroup var ratesOption: RatesOption
    @OptionGroup var exportOptions: ExportOptions

    func run() throws {
        guard out.lowercased().hasSuffix(".zip") else { throw CLIFailure("--out \(out): the pack is a ZIP file: name it FILE.zip") }
        let rates = try ratesOption.table()
        let session = try DunningSession(inputs: inputs, profilePath: profile, asOf: asOf, rates: rates, export: exportOptions.request)
        let journalPath = JournalLocation.path(option: journal, profile: profile ?? (FileManager.default.fileExists(atPath: "overdue.yaml") ? "overdue.yaml" : nil))
        guard FileManager.default.fileExists(atPath: journalPath) else {
            throw CLIFailure("\(journalPath): no journal yet", hint: "`overdue run` creates it with the first letters; or name it with --journal")
        }
        let store = try LetterJournal(path: journalPath, access: .read)
        let letters = try store.letters(debtor: debtor)
        let inputClaim = session.source.items.first { DunningSession.key($0.claim) == debtor }?.claim
        guard inputClaim != nil || !letters.isEmpty else { throw HandoverError.unknownDebtor(debtor) }
        guard letters.contains(where: { $0.status != .void }) else { throw HandoverError.noLetters(debtor) }

        // The claim: the inputs' (all the debtor's open invoices), else the claim as last sent.
        var claim: Claim
        if let inputClaim {
            claim = inputClaim
        } else {
            claim = try Self.sentClaim(letters.last { $0.status != .void }!, store: store)
        }
        // The day the figures are stated for: the one rule (`--as-of`, else an input claim's own
        // as_of, else today); a claim rebuilt from the journal is stated for `--as-of` or today.
        let date = inputClaim.map(session.date(for:)) ?? session.asOf
        let facts = try JournalLocation.facts(store)
        claim = JournalLocation.withHistory(claim, facts: facts, asOf: date)
        claim.asOf = date
        var assessment: Assessment?, problem: String?
        do { assessment = try session.planner.assessor.assess(claim, asOf: date) } catch { problem = "\(error)" }

        let invoices = Set(claim.invoices.map(\.number) + letters.flatMap(\.invoices))
        let holds = try store.holds().filter { $0.debtor == debtor || $0.invoice.map(invoices.contains) == true }
        let handoverCase = HandoverCase(debtorID: debtor, claim: claim, assessment: assessment, assessmentProblem: problem, asOf: date,
                                        letters: letters, holds: holds, agreements: try store.agreements().filter { $0.debtor == debtor },
                                        mailings: try store.mailings(debtor: debtor), proofs: try store.proofs(letters: letters.map(\.id)))

        let rebuilder = try LetterRebuilder(profile: session.profile, rates: rates, templates: templates, asOf: session.asOf)
        let copies = try LetterCopies.collect(handoverCase.handedOver, read: Self.readRegularFile) { letter in
            try rebuilder.render(letter, sent: try store.sentClaim(letter.id))
        }
        let entries = try HandoverPack.entries(handoverCase, letters: copies)
        try HandoverPack.write(entries, to: out, date: session.asOf, inputs: inputs + [journalPath] + letters.map(\.file))
        let verdict = IUBVerdict(handoverCase)
        Output.err(Data("handover: \(handoverCase.handedOver.count) letters, \(handoverCase.proofs.count) proofs; IUB: \(verdict.eligible ? "eligible" : "not eligible") -> \(out)\n".utf8))
    }

    static func sentClaim(_ letter: LetterRecord, store: LetterJournal) throws -> Claim {
        let sent = try store.sentClaim(letter.id)
        return try ClaimReader().read(Data(sent.claimJSON.utf8), file: "journal letter #\(letter.id)")
    }

    /// The bytes of a regular file, or nil when there is none (a folder or device is not a letter).
    static func readRegularFile(_ path: String) -> [UInt8]? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: path) else { return nil }
        return [UInt8](data)
    }
}

/// Renders a letter again from the claim the journal kept, as `run` wrote it (same batch
/// settings), in a temporary folder.
struct LetterRebuilder {
    let runner: (Bool) -> BatchRunner
    let folder: String

    init(profile: Profile?, rates: RateTable, templates: String?, asOf: CalendarDate) throws {
        let fonts = ResourceLocator.fonts()
        let needed = Set(LetterKind.allCases.flatMap { kind in LocaleFormatter.languages.map { "\(kind.rawValue).\($0)" } })
        let letterTemplates = try TemplateLocator.load(override: templates, needed: needed)
        // A folder of our own, made with an unpredictable name (mkdtemp): never one another user prepared.
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("overdue-handover-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CLIFailure("cannot create a temporary folder to rebuild letters in", hint: "check the free space and TMPDIR")
        }
        folder = String(cString: made)
        let folder = folder
        // As `run` drew it: the profile's layout and logo (a run given --layout cannot be told from the journal).
        let layout = try Letterhead.preset(option: nil, profile: profile)
        let logo = try Letterhead.logo(profile: profile)
        // The channel travels with each item (BatchItem.byEmail); the settings stay as `run`'s
        // (by post), which the letters' input hash includes.
        runner = { _ in
            // The journal keeps the claim with its own date, which the rule (`Claim.letterDate`) takes first.
            let settings = BatchSettings(kind: .reminder, language: nil, defaultLanguage: profile?.language, outputFolder: folder, jobs: 1,
                                         asOf: nil, today: asOf, force: true, strict: false, byEmail: false)
            return BatchRunner(templates: letterTemplates, rates: rates, fonts: fonts.primary, fallback: fonts.fallback, settings: settings,
                               layout: layout, logo: logo)
        }
    }

    /// The PDFs the letter could have been (as written for e-mail, then for paper, or the other
    /// way round): the caller keeps the one whose SHA-256 the journal recorded.
    func render(_ letter: LetterRecord, sent: (claimJSON: String, renderer: String)) throws -> [[UInt8]] {
        guard sent.renderer == BatchRunner.version else {
            throw HandoverError.cannotRebuild(id: letter.id, reason: "it was written by \(sent.renderer), this is \(BatchRunner.version)")
        }
        guard let kind = LetterKind(rawValue: letter.letter) else {
            throw HandoverError.cannotRebuild(id: letter.id, reason: "unknown letter kind \(letter.letter)")
        }
        let claim = try ClaimReader().read(Data(sent.claimJSON.utf8), file: "journal letter #\(letter.id)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var results: [[UInt8]] = []
        for byEmail in letter.channel == .email ? [true, false] : [false, true] {
            let stem = "letter-\(letter.id)-\(byEmail ? "email" : "paper")"
            let summary = try runner(byEmail).run(produce: { emit in
                _ = emit(.item(BatchItem(claim: claim, origin: "journal #\(letter.id)", kind: kind, byEmail: byEmail), stem: stem))
            }, progress: SilentProgress())
            if summary.failed > 0 { continue }
            if let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(stem + ".pdf")) {
                results.append([UInt8](data))
            }
        }
        return results
    }
}

/// A batch that reports nothing (a letter rebuilt for the pack).
final class SilentProgress: BatchProgress, @unchecked Sendable {
    func expect(_ count: Int) {}
    func advanced(done: Int, failed: Int, skipped: Int) {}
    func failed(origin: String, message: String) {}
}
