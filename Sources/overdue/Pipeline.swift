import Foundation
import InvoiceModel
import InvoiceReaders
import Journal
import LateFees
import Letters

/// The wiring of a command: read the inputs, assess each claim, compose letters.
struct Pipeline {
    /// One claim and its figures.
    struct Run {
        let claim: Claim
        let origin: String
        let assessment: Assessment
    }

    let profile: Profile?
    let source: ClaimSource
    let rates: RateTable
    let options: ClaimOptions

    init(options: ClaimOptions) throws {
        guard !options.inputs.isEmpty else { throw CLIFailure("no input given", hint: "name a claim JSON, CSV or UBL file") }
        self.options = options
        profile = try Self.loadProfile(options.profile)
        rates = try options.ratesOption.table()
        source = try ClaimSource.load(options.inputs, profile: profile, export: options.exportOptions.request)
    }

    /// Assesses every claim (in input order); `byEmail` decides when a letter is presumed received.
    func runs(byEmail: Bool = false) throws -> [Run] {
        let facts = try options.journal.map { try JournalLocation.facts(try LetterJournal(path: $0, access: .read)) }
        return try source.items.map { item in
            let asOf = try options.resolvedAsOf(claim: item.claim)
            let claim = facts.map { JournalLocation.withHistory(item.claim, facts: $0, asOf: asOf) } ?? item.claim
            do {
                return Run(claim: claim, origin: item.origin, assessment: try Assessor(rates: rates).assess(claim, asOf: asOf, byEmail: byEmail))
            } catch let error as AssessmentError where source.items.count > 1 {
                throw CLIFailure("\(item.origin): \(error)", hint: error.hint)
            }
        }
    }

    /// The profile read when none is given (documented in the README).
    static let implicitProfile = ProfileLoader.implicitProfile

    static func loadProfile(_ path: String?) throws -> Profile? { try ProfileLoader.load(path) }

    /// The letter language: the option, the debtor's, the profile's, the creditor's, else English.
    func language(option: String?, claim: Claim) throws -> String {
        do {
            return try LocaleFormatter.supportedLetterLanguage(asked: option, claim: claim, defaultLanguage: profile?.language)
        } catch LetterError.language(let chosen) {
            throw CLIFailure("language \"\(chosen)\" is not supported", hint: "use one of \(LocaleFormatter.languages.joined(separator: ", "))")
        }
    }

    /// The templates the letters of `runs` use.
    func templateNames(_ runs: [Run], _ letterOptions: LetterOptions) throws -> Set<String> {
        Set(try runs.map { "\(letterOptions.letter.kind.rawValue).\(try language(option: letterOptions.lang, claim: $0.claim))" })
    }

    func compose(_ run: Run, _ letterOptions: LetterOptions, templates: LetterTemplates) throws -> LetterDocument {
        do {
            return try LetterComposer(templates: templates)
                .compose(letterOptions.letter.kind, language: try language(option: letterOptions.lang, claim: run.claim), claim: run.claim,
                         assessment: run.assessment, byEmail: letterOptions.by == .email)
        } catch let error as LetterError {
            throw CLIFailure("\(run.origin): \(error)", hint: "see the compromise section in the README")
        }
    }

    /// Warnings go to stderr, never into the letter.
    func printWarnings(_ run: Run? = nil, letter: LetterDocument? = nil) {
        let prefix = source.items.count > 1 ? "\(run?.origin ?? ""): " : ""
        for warning in (run?.assessment.warnings ?? []) + (letter?.warnings ?? []) {
            Output.error("warning: \(prefix)\(warning)")
        }
    }

    func printNotes() {
        for note in source.notes { Output.error("note: \(note)") }
    }
}
