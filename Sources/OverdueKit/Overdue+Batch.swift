import Batch
import Foundation
import InvoiceReaders
import Letters

/// How ``Overdue/batch(_:into:options:)`` writes its letters.
public struct BatchOptions: Sendable {
    /// The letter every claim gets.
    public var kind: LetterKind
    /// The letter date for every claim; it wins over a claim's own `asOf`. `nil`: each claim's
    /// `asOf`, else `today` (the one rule, `Claim.letterDate(given:today:)`).
    public var asOf: CalendarDate?
    /// The letter date of a claim without its own `asOf` when `asOf` is `nil`.
    public var today: CalendarDate
    /// The language of every letter; `nil`: each debtor's, else the default, the creditor's, English.
    public var language: Language?
    /// How the letters are sent (decides the periods they state).
    public var delivery: Delivery
    /// Letters drawn at the same time (threads); at least 1.
    public var jobs: Int
    /// Write every letter again, even one whose file already matches its inputs.
    public var force: Bool

    /// - Parameters:
    ///   - kind: the letter every claim gets.
    ///   - asOf: the letter date for every claim (wins over the claims' own).
    ///   - today: the date of claims without one; by default the device's date today.
    ///   - language: one language for every letter, or `nil` for each debtor's.
    ///   - delivery: post or e-mail.
    ///   - jobs: threads; by default one per core.
    ///   - force: rewrite files that are already up to date.
    public init(kind: LetterKind, asOf: CalendarDate? = nil, today: CalendarDate = Overdue.today(), language: Language? = nil,
                delivery: Delivery = .post, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, force: Bool = false) {
        self.kind = kind; self.asOf = asOf; self.today = today; self.language = language
        self.delivery = delivery; self.jobs = max(1, jobs); self.force = force
    }
}

/// One letter of a batch, as its manifest entry records it.
public struct BatchLetter: Sendable, Equatable {
    /// What happened to the letter.
    public enum Status: String, Sendable, Equatable {
        /// Written (or written again).
        case written
        /// Kept: the file on disk was made from the same inputs.
        case unchanged
        /// Not written; `error` says why.
        case failed
    }
    /// The debtor's id, else empty.
    public var debtorID: String
    /// The debtor's name, as the letter is addressed.
    public var debtorName: String
    /// The letter's file in the output folder (named by the one rule of `overdue batch`).
    public var file: URL
    public var status: Status
    /// What the letter asks to be paid in all (nil when it failed).
    public var total: Decimal?
    /// The ISO 4217 code of the amounts.
    public var currency: String
    /// The day the letter asks to be paid by (nil when it failed).
    public var deadline: CalendarDate?
    /// Why the letter failed, naming the field where it can.
    public var error: String?
}

/// What ``Overdue/batch(_:into:options:)`` wrote.
public struct BatchReport: Sendable {
    /// Every letter, in the order of the claims.
    public var letters: [BatchLetter]
    /// `manifest.json` and `manifest.csv` in the output folder (figures, files, SHA-256, totals).
    public var manifestJSON: URL
    /// The same entries as CSV, with a total row per currency.
    public var manifestCSV: URL
    /// How many letters were written (or written again).
    public var written: Int { letters.filter { $0.status == .written }.count }
    /// How many letters were kept because their files already matched their inputs.
    public var unchanged: Int { letters.filter { $0.status == .unchanged }.count }
    /// How many claims got no letter; each entry's `error` says why.
    public var failed: Int { letters.filter { $0.status == .failed }.count }
}

extension Overdue {
    /// Writes one letter per claim into `folder`, in parallel, with its manifest (`manifest.json`,
    /// `manifest.csv`): the same runner, file names and figures as `overdue batch`. A claim that
    /// fails (invalid, or no letter can be written from it) is reported in its entry and the
    /// others go on; files are written whole (temporary file, then rename), and a letter whose
    /// file already matches its inputs is kept unless `options.force`.
    /// - Parameters:
    ///   - claims: the claims; each is validated as `Claim(json:)` validates.
    ///   - folder: the output folder (created when missing).
    ///   - options: the letter, date, language, delivery and threads.
    public func batch(_ claims: [Claim], into folder: URL, options: BatchOptions) throws -> BatchReport {
        try OverdueError.wrapping {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let settings = BatchSettings(kind: options.kind, language: options.language?.rawValue, defaultLanguage: defaultLanguage?.rawValue,
                                         outputFolder: folder.path, jobs: options.jobs, asOf: options.asOf, today: options.today,
                                         force: options.force, strict: false, byEmail: options.delivery == .email)
            let runner = BatchRunner(templates: templates, rates: rates, fonts: BundledResources.fonts,
                                     fallback: BundledResources.fallbackFonts, settings: settings)
            var names = LetterNames()
            _ = try runner.run(produce: { emit in
                for (index, claim) in claims.enumerated() {
                    let origin = "claim \(index + 1)"
                    let stem = names.next(key: BatchPlan.key(claim), kind: options.kind.rawValue)
                    do {
                        guard emit(.item(BatchItem(claim: try claim.validated(), origin: origin), stem: stem)) else { return }
                    } catch {
                        let message = (error as? LocalizedError)?.errorDescription ?? "\(error)"
                        guard emit(.failure(origin: origin, debtor: claim.debtor.id ?? claim.debtor.name, stem: stem, message: message)) else { return }
                    }
                }
            }, progress: SilentProgress())
            let manifest = folder.appendingPathComponent("manifest.json")
            let entries = try JSONDecoder().decode(ManifestFile.self, from: Data(contentsOf: manifest)).letters
            return BatchReport(letters: entries.map { BatchLetter(entry: $0, folder: folder) }, manifestJSON: manifest,
                               manifestCSV: folder.appendingPathComponent("manifest.csv"))
        }
    }

    /// Today's date on this device, in its time zone (the front door's only clock read).
    public static func today() -> CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CalendarDate(year: 1970, month: 1, day: 1)!
    }
}

/// The part of manifest.json the report reads back.
private struct ManifestFile: Decodable {
    var letters: [Manifest.Entry]
}

/// A batch inside an app reports nothing while it runs.
private final class SilentProgress: BatchProgress, @unchecked Sendable {
    func expect(_ count: Int) {}
    func advanced(done: Int, failed: Int, skipped: Int) {}
    func failed(origin: String, message: String) {}
}

extension BatchLetter {
    init(entry e: Manifest.Entry, folder: URL) {
        let status: Status = e.status == "failed" ? .failed : e.status == "unchanged" ? .unchanged : .written
        self.init(debtorID: e.debtor_id, debtorName: e.debtor_name, file: folder.appendingPathComponent(e.file), status: status,
                  total: status == .failed ? nil : Money.parse(e.total), currency: e.currency,
                  deadline: status == .failed ? nil : CalendarDate(iso: e.deadline), error: e.error)
    }
}
