import ArgumentParser
import Foundation
import InvoiceModel

/// Options every command that reads a claim shares.
struct ClaimOptions: ParsableArguments {
    @Argument(help: "Claim JSON, JSON Lines, CSV export, UBL invoice(s) or a folder of them.")
    var inputs: [String]

    @Option(name: .customLong("as-of"), help: "Letter date and end of the interest period (YYYY-MM-DD). Default: the claim's as_of, else today.")
    var asOf: String?

    @Option(help: "Profile with creditor details and default terms (YAML). Default: ./overdue.yaml if present.")
    var profile: String?

    @Option(help: "A letter journal (overdue.db) to take each debtor's letter history from, instead of the claim's history.")
    var journal: String?

    @OptionGroup var ratesOption: RatesOption

    /// Every file the command reads, which it must never write over.
    var readFiles: [String] {
        inputs + [profile ?? Pipeline.implicitProfile, ratesOption.rates].compactMap { $0 }
    }

    @OptionGroup var exportOptions: ExportOptions

    /// The first input (for default output names).
    var claim: String { inputs.first ?? "claim" }

    /// The as-of date: the option, else the claim's, else today's date (`Claim.letterDate`).
    func resolvedAsOf(claim: Claim) throws -> CalendarDate {
        claim.letterDate(given: try asOf.map { try Arguments.date($0, option: "--as-of") }, today: Clock.today())
    }
}

/// Options of the commands that write a letter.
struct LetterOptions: ParsableArguments {
    @Option(help: "The letter to write: \(LetterChoice.allValueStrings.joined(separator: ", ")).")
    var letter: LetterChoice

    @Option(help: "Letter language (en, nl, fr, de). Default: the debtor's language, else the profile's, else en.")
    var lang: String?

    @Option(help: "A folder of templates that override the defaults (files it lacks fall back to them).")
    var templates: String?

    @Option(help: "How the letter is sent: post or email (decides the Belgian consumer waiting period).")
    var by: SendChannel = .post

    @OptionGroup var layoutOption: LayoutOption
}

enum SendChannel: String, ExpressibleByArgument {
    case post, email
}
