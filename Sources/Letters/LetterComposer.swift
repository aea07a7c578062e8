import Foundation
import InvoiceModel
import LateFees

/// Fills a letter template with a claim's figures and returns the document model.
public struct LetterComposer: Sendable {
    public let templates: LetterTemplates
    /// When set, each template is rendered and parsed once per shape of its values (batches): an
    /// internal detail of composing, the same letter either way.
    let cache: CompositionCache?

    /// A composer of letters from `templates`; with `caching` (a batch of many letters), each
    /// template is rendered and parsed once per shape of its values and only the texts are
    /// filled in per letter (the same document as without).
    public init(templates: LetterTemplates, caching: Bool = false) {
        self.templates = templates; self.cache = caching ? CompositionCache() : nil
    }

    init(templates: LetterTemplates, cache: CompositionCache?) { self.templates = templates; self.cache = cache }

    /// The sections every letter must have.
    static let requiredSections = ["sender", "recipient", "date", "subject", "body"]

    /// The values the template of `kind` sees (for tools and tests that check templates).
    public static func values(_ kind: LetterKind, language: String, claim: Claim, assessment: Assessment,
                              byEmail: Bool = false) throws -> [String: Any] {
        var builder = LetterValues(claim: claim, assessment: assessment,
                                   format: LocaleFormatter(language: language, country: claim.debtor.country))
        var values = builder.build()
        _ = try builder.add(kind: kind, byEmail: byEmail, to: &values)
        return values.dictionary
    }

    /// Composes `kind` in `language` (the template `<kind>.<language>`). `byEmail` says how the
    /// letter is sent (it decides the Belgian consumer waiting period).
    public func compose(_ kind: LetterKind, language: String, claim: Claim, assessment: Assessment,
                        byEmail: Bool = false) throws -> LetterDocument {
        let format = LocaleFormatter(language: language, country: claim.debtor.country)
        let name = "\(kind.rawValue).\(format.language)"
        var builder = LetterValues(claim: claim, assessment: assessment, format: format)
        var values = builder.build()
        let (warnings, ask) = try builder.add(kind: kind, byEmail: byEmail, to: &values)
        let origin = templates.files[name]?.origin ?? name
        let sections = try self.sections(name, values: values, origin: origin)
        func lines(_ section: String) -> [Line] {
            (sections[section] ?? []).flatMap { block -> [Line] in
                if case .paragraph(let lines) = block { return lines }
                return []
            }
        }
        let subject = lines("subject")
        var document = LetterDocument(
            title: subject.map(\.plainText).joined(separator: " "),
            author: claim.creditor.name,
            language: format.language,
            sender: lines("sender"),
            notation: lines("notation"),
            recipient: lines("recipient"),
            dateLine: lines("date"),
            references: sections["references"] ?? [],
            subject: subject,
            body: sections["body"] ?? [],
            closing: sections["closing"] ?? [],
            signature: lines("signature"),
            footer: lines("footer"),
            pagination: lines("pagination"))
        document.returnAddress = lines("return")
        document.payment = lines("payment")
        document.qrCaption = lines("qr")
        if let amountDue = ask.amountDue, let iban = claim.creditor.iban {
            document.qrPayload = PaymentQR.payload(
                name: claim.creditor.name, iban: iban, bic: claim.creditor.bic, amount: amountDue, currency: assessment.currency,
                reference: ask.reference, text: ask.remittance)
        }
        document.ask = ask
        document.warnings = warnings
        return document
    }

    /// The template's sections for `values`: rendered and parsed, or filled in from the cache.
    func sections(_ name: String, values: TemplateValues, origin: String) throws -> [String: [Block]] {
        if let cache, cache.isCacheable(name, in: templates), let shape = TemplateShape(values) {
            if let cached = cache.sections(template: name, shape: shape.key) {
                return CompositionCache.fill(cached, with: shape.texts)
            }
            let withPlaceholders = try parse(name, values: TemplateShape.placeholders(for: values), origin: origin)
            cache.store(withPlaceholders, template: name, shape: shape.key)
            return CompositionCache.fill(withPlaceholders, with: shape.texts)
        }
        return try parse(name, values: values, origin: origin)
    }

    func parse(_ name: String, values: TemplateValues, origin: String) throws -> [String: [Block]] {
        let rendered = try templates.render(name, values: values)
        let sections = try LetterMarkup.parse(rendered, source: origin)
        for required in Self.requiredSections where sections[required] == nil {
            throw TemplateError.missingSection(template: origin, name: required)
        }
        return sections
    }
}
