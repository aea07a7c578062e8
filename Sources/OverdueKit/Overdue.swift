import Foundation
import InvoiceReaders
import LateFees
import Letters

/// How a letter leaves: it decides when it is presumed received, and so its periods.
public enum Delivery: String, Sendable, CaseIterable {
    /// By post (registered for a notice): presumed received on the third working day.
    case post
    /// By e-mail: presumed received the next day.
    case email
}

/// The front door of Overdue: everything an app needs to turn a claim into its letters.
///
/// ```swift
/// let overdue = try Overdue()
/// let claim = try Claim(json: data)
/// let letter = try overdue.letter(.notice, for: claim, asOf: date, language: .nl)
/// let pdf = try letter.pdf()
/// ```
///
/// Safe to share between threads: PDFs are drawn by a pool of renderers, one per thread at a time.
public final class Overdue: Sendable {
    /// The letter templates: the bundled defaults, with the app's overrides.
    public let templates: LetterTemplates
    /// The statutory rate series: the bundled ones, with the app's additions.
    public let rates: RateTable
    /// The language for debtors who have none (before the creditor's, then English).
    public let defaultLanguage: Language?
    let renderers: RendererPool

    /// An Overdue with the bundled templates, fonts and rates, optionally overridden.
    /// - Parameters:
    ///   - templates: a folder of `.mustache` files that replace the bundled ones of the same
    ///     name (see Templates/README.md); nil for the bundled templates alone.
    ///   - rates: a CSV `series,valid_from,valid_to,rate_percent[,source]` that adds series or
    ///     replaces the values it covers; nil for the bundled rates alone.
    ///   - defaultLanguage: the language for debtors without one.
    public init(templates: URL? = nil, rates: URL? = nil, defaultLanguage: Language? = nil) throws {
        var files: [String: TemplateFile] = [:]
        for file in BundledResources.templates { files[file.name] = file }
        if let templates {
            for file in try Self.readTemplates(in: templates) { files[file.name] = file }
        }
        self.templates = try OverdueError.wrapping { try LetterTemplates(files: files.values.sorted { $0.name < $1.name }) }
        if let rates {
            guard let data = FileManager.default.contents(atPath: rates.path) else {
                throw OverdueError.resource(path: rates.path, message: "cannot read the rates file")
            }
            let additions = try OverdueError.wrapping { try RateFileReader().read(data, file: rates.lastPathComponent) }
            self.rates = RateTable.bundled.merging(additions)
        } else {
            self.rates = .bundled
        }
        self.defaultLanguage = defaultLanguage
        renderers = RendererPool(fonts: BundledResources.fonts, fallback: BundledResources.fallbackFonts)
    }

    /// What the debtor owes on `asOf`: interest per period, fees, payments imputed, the deadline.
    /// - Parameters:
    ///   - claim: the debtor, invoices, terms and history.
    ///   - asOf: the letter date; interest runs through it.
    ///   - delivery: how the letter is sent (decides the deadline).
    public func assess(_ claim: Claim, asOf: CalendarDate, delivery: Delivery = .post) throws -> Assessment {
        try OverdueError.wrapping { try Assessor(rates: rates).assess(claim, asOf: asOf, byEmail: delivery == .email) }
    }

    /// The letter `kind` for `claim` on `asOf`.
    /// - Parameters:
    ///   - language: nil for the debtor's language, else the default, the creditor's, English.
    ///   - delivery: how the letter is sent (decides the periods it states).
    public func letter(_ kind: LetterKind, for claim: Claim, asOf: CalendarDate, language: Language? = nil,
                       delivery: Delivery = .post) throws -> Letter {
        let claim = try claim.validated()  // a claim built in code is checked as Claim(json:) checks one
        let chosen = try Language.forLetter(asked: language, claim: claim, fallback: defaultLanguage)
        let assessment = try assess(claim, asOf: asOf, delivery: delivery)
        let document = try OverdueError.wrapping {
            try LetterComposer(templates: templates).compose(kind, language: chosen.rawValue, claim: claim,
                                                              assessment: assessment, byEmail: delivery == .email)
        }
        return Letter(kind: kind, language: chosen, document: document, assessment: assessment, renderers: renderers)
    }

    static func readTemplates(in folder: URL) throws -> [TemplateFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw OverdueError.resource(path: folder.path, message: "template folder not found")
        }
        return try names.map { name in
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw OverdueError.resource(path: path, message: "cannot read the template (is it UTF-8?)")
            }
            return TemplateFile(name: String(name.dropLast(".mustache".count)), text: text, origin: path)
        }
    }
}
