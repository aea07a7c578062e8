import Foundation
import InvoiceModel
import InvoiceReaders
import LateFees
import Letters

/// The wiring of one letter: read the files, assess, compose. All file reading happens here.
struct Pipeline {
    let claim: Claim
    let profile: Profile?
    let asOf: CalendarDate
    let assessment: Assessment
    let claimFile: String

    init(options: ClaimOptions) throws {
        claimFile = options.claim
        profile = try Self.loadProfile(options.profile)
        let data = try Files.read(options.claim, what: "claim")
        claim = try ClaimReader().read(data, file: options.claim, profile: profile)
        asOf = try options.resolvedAsOf(claim: claim)
        assessment = try Assessor(rates: try options.ratesOption.table()).assess(claim, asOf: asOf)
    }

    static func loadProfile(_ path: String?) throws -> Profile? {
        if let path {
            return try Profile.read(String(decoding: try Files.read(path, what: "profile"), as: UTF8.self), file: path)
        }
        let local = "overdue.yaml"
        guard FileManager.default.fileExists(atPath: local) else { return nil }
        return try Profile.read(String(decoding: try Files.read(local, what: "profile"), as: UTF8.self), file: local)
    }

    /// The letter language: the option, the debtor's, the profile's, the creditor's, else English.
    func language(option: String?) throws -> String {
        let chosen = option?.lowercased() ?? claim.debtor.language ?? profile?.language ?? claim.creditor.language ?? "en"
        guard LocaleFormatter.languages.contains(chosen) else {
            throw CLIFailure("language \"\(chosen)\" is not supported", hint: "use one of \(LocaleFormatter.languages.joined(separator: ", "))")
        }
        return chosen
    }

    func compose(_ options: LetterOptions) throws -> LetterDocument {
        let templates = try TemplateLocator.load(override: options.templates)
        do {
            return try LetterComposer(templates: templates)
                .compose(options.letter.kind, language: try language(option: options.lang), claim: claim,
                         assessment: assessment, byEmail: options.by == .email)
        } catch let error as LetterError {
            throw CLIFailure("\(claimFile): \(error)", hint: "see the compromise section in the README")
        }
    }

    /// Warnings go to stderr, never into the letter.
    func printWarnings(_ letter: LetterDocument? = nil) {
        for warning in assessment.warnings + (letter?.warnings ?? []) {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
    }
}
