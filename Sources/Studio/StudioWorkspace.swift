import OverdueKit
import Dunning
import DunningRun
import Foundation
import InvoiceModel
import Journal
import Letters

/// The studio's work on the month's inputs, through the same code as `overdue plan`, `run`,
/// `hold` and `release`: the inputs are read once at the start; the plan is made afresh from
/// the journal for every page.
public final class StudioWorkspace: @unchecked Sendable {
    public let configuration: StudioConfiguration
    let session: DunningSession
    let lock = NSLock()
    /// Debtors left out of this session's run (the plan still shows them).
    private var leftOut: Set<String> = []
    /// The run in progress or the last one.
    public let run = RunState()
    /// The template catalogue (defaults and overrides) and the editor's saves.
    public let templates: StudioTemplates

    public init(configuration: StudioConfiguration) throws {
        self.configuration = configuration
        session = try DunningSession(inputs: configuration.inputs, profilePath: configuration.profilePath, asOf: configuration.asOf,
                                     rates: configuration.rates, export: configuration.export)
        templates = try StudioTemplates(overrideFolder: configuration.overrideFolder)
    }

    /// The day the plan is made for.
    public var asOf: CalendarDate { session.asOf }
    /// Inputs skipped or adjusted, and why.
    public var notes: [String] { session.source.notes }

    /// Every debtor's plan line, in input order (what `overdue plan` prints).
    public func plan() throws -> [PlanEntry] {
        let items = try session.claims(only: [])
        let facts = try JournalLocation.facts(try JournalLocation.openIfPresent(configuration.journalPath), claims: items.map(\.claim))
        return session.plan(items, facts: facts) { $0 }
    }

    /// The plan line of debtor `id`; ids are looked up, never used as paths.
    public func entry(debtor id: String) throws -> PlanEntry {
        guard let entry = try plan().first(where: { $0.debtor == id }) else { throw StudioError.unknownDebtor(id) }
        return entry
    }

    /// The letter the run would write for debtor `id`, composed as the run composes it.
    public func letter(debtor id: String) throws -> LetterDocument {
        let entry = try entry(debtor: id)
        guard entry.action.isLetter, let claim = entry.claim, let kind = LetterKind(rawValue: entry.action.rawValue) else {
            throw StudioError(404, "\(id) gets no letter in this run (\(entry.action.rawValue): \(entry.reason))")
        }
        let runner = try batchRunner(templates: templates.current())
        return try runner.compose(BatchItem(claim: claim, origin: id, kind: kind, byEmail: entry.channel == .email,
                                            assessment: entry.assessment)).0
    }

    /// A runner for composing letters as `overdue run` does (nothing is written by `compose`).
    func batchRunner(templates: LetterTemplates, language: String? = nil) throws -> BatchRunner {
        let fonts = ResourceLocator.fonts()
        let settings = BatchSettings(kind: .reminder, language: language, defaultLanguage: session.profile?.language,
                                     outputFolder: configuration.outputFolder, jobs: 1, asOf: session.given, today: session.today, force: false,
                                     strict: false, byEmail: false)
        return BatchRunner(templates: templates, rates: configuration.rates, fonts: fonts.primary, fallback: fonts.fallback, settings: settings,
                           layout: try Letterhead.preset(option: nil, profile: session.profile), logo: try Letterhead.logo(profile: session.profile))
    }

    /// The letter as a PDF, drawn as the run draws it (the profile's envelope preset and logo).
    public func pdf(_ letter: LetterDocument) throws -> Data {
        let fonts = ResourceLocator.fonts()
        return try LetterPDFRenderer(fonts: fonts.primary, fallback: fonts.fallback,
                                     layout: try Letterhead.preset(option: nil, profile: session.profile),
                                     logo: try Letterhead.logo(profile: session.profile)).render(letter)
    }

    /// The letter as plain text (as `overdue preview` prints it).
    public static func text(_ letter: LetterDocument) -> String { PlainTextWriter(width: 78).write(letter) }

    // MARK: holds

    /// Holds debtor `id` from the plan date until `until` (exclusive), as `overdue hold` does;
    /// a journal that does not exist yet is created with the inputs' debtors.
    public func hold(debtor id: String, until text: String, reason: String) throws {
        _ = try entry(debtor: id)
        guard let until = CalendarDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            throw StudioError.badInput("hold until: \"\(text)\" is not a date (YYYY-MM-DD)")
        }
        guard until > session.asOf else { throw StudioError.badInput("hold until \(until) is not after \(session.asOf): a hold ends on a later day") }
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { throw StudioError.badInput("a hold must say why (reason)") }
        let store = try openForRecording()
        try store.hold(debtor: id, invoice: nil, from: session.asOf, until: until, reason: why)
        try store.close()
    }

    /// Ends the hold on debtor `id` on the plan date, as `overdue release` does.
    public func release(debtor id: String) throws {
        _ = try entry(debtor: id)
        guard FileManager.default.fileExists(atPath: configuration.journalPath) else {
            throw StudioError(409, "\(id) is not on hold (there is no journal yet)")
        }
        let store = try LetterJournal(path: configuration.journalPath, access: .write)
        try store.release(debtor: id, invoice: nil, on: session.asOf)
        try store.close()
    }

    private func openForRecording() throws -> LetterJournal {
        let store = try LetterJournal(path: configuration.journalPath, access: .create)
        let items = try session.claims(only: [])
        try store.remember(debtors: items.map { (DunningSession.key($0.claim), $0.claim.debtor.name) },
                           invoices: items.flatMap { item in item.claim.invoices.map { ($0.number, DunningSession.key(item.claim)) } })
        return store
    }

    // MARK: this run's selection

    public func isLeftOut(_ id: String) -> Bool { lock.withLock { leftOut.contains(id) } }

    /// Leaves debtor `id` out of this session's run (`include` undoes it).
    public func leaveOut(debtor id: String) throws {
        _ = try entry(debtor: id)
        _ = lock.withLock { leftOut.insert(id) }
    }

    public func include(debtor id: String) throws {
        _ = try entry(debtor: id)
        _ = lock.withLock { leftOut.remove(id) }
    }

    // MARK: the run

    /// Starts `overdue run` for the debtors with a letter who are not left out, in the background.
    public func startRun() throws {
        let approved = try plan().filter { $0.action.isLetter && !isLeftOut($0.debtor) }.map(\.debtor)
        guard !approved.isEmpty else { throw StudioError(409, "no letter to write: every debtor with a letter is left out, or none is due") }
        let items = try session.claims(only: approved)
        let runner = DunningRunner(session: session, templates: try templates.current(), rates: configuration.rates,
                                   outputFolder: configuration.outputFolder, journalPath: configuration.journalPath,
                                   jobs: ProcessInfo.processInfo.activeProcessorCount,
                                   layout: try Letterhead.preset(option: nil, profile: session.profile),
                                   logo: try Letterhead.logo(profile: session.profile))
        guard run.begin(debtors: approved.count) else { throw StudioError(409, "a run is already going on") }
        let state = run
        Thread.detachNewThread {
            do {
                let outcome = try runner.run(items, progress: state)
                state.finish(outcome.summary, letterIDs: outcome.letterIDs)
            } catch {
                state.fail(StudioText.message(error))
            }
        }
    }

    // MARK: the journal

    /// The journal's letters, newest last; only debtor `debtor`'s when given.
    public func journal(debtor: String? = nil) throws -> [LetterRecord] {
        guard let store = try JournalLocation.openIfPresent(configuration.journalPath) else { return [] }
        if let debtor, try !store.knows(debtor: debtor) { throw StudioError.unknownDebtor(debtor) }
        return try store.letters(debtor: debtor)
    }

    /// The proofs of deposit the journal keeps for `letters` (`overdue sent --proof`).
    public func proofs(letters: [Int64]) throws -> [ProofRecord] {
        guard let store = try JournalLocation.openIfPresent(configuration.journalPath), !letters.isEmpty else { return [] }
        return try store.proofs(letters: letters)
    }

    /// Proof `id` from the journal (looked up by its number, never a path).
    public func proof(_ id: Int64) throws -> ProofRecord {
        guard let store = try JournalLocation.openIfPresent(configuration.journalPath),
              let proof = try store.proofs().first(where: { $0.id == id }) else { throw StudioError(404, "no proof #\(id) in the journal") }
        return proof
    }

    /// The journal's letter `id`; its file is looked up there, never taken from the request.
    public func journalLetter(_ id: Int64) throws -> LetterRecord {
        guard let letter = try journal().first(where: { $0.id == id }) else { throw StudioError(404, "no letter #\(id) in the journal") }
        return letter
    }
}
