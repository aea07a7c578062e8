import Foundation
import InvoiceModel
import Yams

/// The creditor's own settings, set once in YAML: creditor details and default terms.
public struct Profile: Sendable, Equatable {
    public var file: String
    public var creditor: PartialCreditor?
    public var terms: Terms?
    /// Default letter language when the debtor has none.
    public var language: String?
    /// Generate a payment reference for invoices that have none: `ogm` or `rf`.
    public var generateReference: PaymentReference.Kind?
    /// The dunning policy (`dunning:`); `nil` when the profile has none (then the defaults apply).
    public var dunning: DunningSettings?
    /// The letters' layout preset (`layout:`), the logo file (`logo:`) and its width
    /// (`logo_width_mm:`): see Profile+Letterhead.swift.
    public var layout: String?
    public var logo: String?
    public var logoWidthMM: Double?
    /// The profile's `columns:` section: one of Overdue's export fields (`debtor_id`, `due_date`,
    /// ...) to the header of the column that holds it, or to its column letter.
    public var columns: [String: String] = [:]

    /// Parses a profile from YAML text. Pure: the caller reads the file. Unknown keys (see
    /// `ProfileKeys`), anchors and aliases, and documents beyond `InputLimits` are errors.
    public static func read(_ text: String, file: String) throws -> Profile {
        try YAMLGuard.check(text, file: file)
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: text)
        } catch let error as YamlError {
            throw InputError(file: file, message: "malformed YAML: \(Self.describe(error))",
                             hint: "check the indentation and the colons near that place")
        } catch {
            throw InputError(file: file, message: "malformed YAML: \(error)")
        }
        guard let loaded else { return Profile(file: file) }
        guard loaded is [String: Any] else {
            throw InputError(file: file, message: "expected a mapping with creditor and terms at the top level")
        }
        let root = JSONNode(value: loaded, path: "", file: file)
        var profile = Profile(file: file,
                              creditor: try root.optional("creditor").map(PartialCreditor.init),
                              terms: try root.optional("terms").map(TermsDecoder.decode),
                              language: try PartyDecoder.language(root))
        profile.dunning = try root.optional("dunning").map(DunningDecoder.decode)
        if let node = try root.optional("generate_reference") {
            let text = try node.nonEmptyString().lowercased()
            guard let kind = PaymentReference.Kind(rawValue: text) else { throw node.fail("\"\(text)\" is not ogm or rf") }
            profile.generateReference = kind
        }
        try profile.readLetterhead(root)
        if let node = try root.optional("columns") {
            guard let mapping = node.value as? [String: Any] else { throw node.fail("expected field: header pairs, e.g. debtor_id: Klantnr.") }
            for (field, value) in mapping {
                guard ExportField.index[field] != nil else {
                    throw InputError(file: file, field: "columns.\(field)", message: "not a field Overdue reads",
                                     hint: "the fields are \(ExportField.all.joined(separator: ", "))")
                }
                guard let header = value as? String ?? (value as? Int).map(String.init), !header.isEmpty else {
                    throw InputError(file: file, field: "columns.\(field)", message: "expected a header or a column letter")
                }
                profile.columns[field] = header
            }
        }
        return profile
    }

    public init(file: String, creditor: PartialCreditor? = nil, terms: Terms? = nil, language: String? = nil) {
        self.file = file; self.creditor = creditor; self.terms = terms; self.language = language
    }

    static func describe(_ error: YamlError) -> String {
        "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
    }
}
