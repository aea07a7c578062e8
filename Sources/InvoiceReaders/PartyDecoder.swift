import Foundation
import InvoiceModel

/// Decodes the creditor and debtor objects of a claim or profile.
enum PartyDecoder {
    static func debtor(_ node: JSONNode) throws -> Party {
        _ = try node.object()
        let kindText = try node.optional("kind")?.nonEmptyString() ?? "business"
        guard let kind = DebtorKind(rawValue: kindText) else {
            throw try node.required("kind", expected: "").fail(
                "\"\(kindText)\" is not a debtor kind (expected business, consumer or public)")
        }
        var party = Party(id: try node.optional("id")?.nonEmptyString(),
                     name: try node.required("name", expected: "the debtor's name").nonEmptyString(),
                     attention: try node.optional("attention")?.nonEmptyString(),
                     address: try address(node),
                     country: try country(node),
                     vat: try node.optional("vat").map(EnterpriseNumber.checked),
                     email: try node.optional("email")?.nonEmptyString(),
                     phone: try node.optional("phone")?.nonEmptyString(),
                     kind: kind,
                     language: try language(node))
        (party.contactTitle, party.contactFamilyName) = try LegalDetailsDecoder.contact(node)
        return party
    }

    static func creditor(_ node: JSONNode, defaults: PartialCreditor?) throws -> Party {
        _ = try node.object()
        var partial = try PartialCreditor(node)
        if let defaults { partial = partial.filling(from: defaults) }
        return try partial.complete(file: node.file)
    }

    static func address(_ node: JSONNode) throws -> [String] {
        let lines = try node.required("address", expected: "a list of address lines, e.g. [\"Markt 3\", \"2000 Antwerpen\"]").strings()
        guard !lines.isEmpty else { throw try node.required("address", expected: "").fail("needs at least one line") }
        return lines
    }

    static func country(_ node: JSONNode) throws -> String {
        let code = try node.required("country", expected: "an ISO country code such as \"BE\"").nonEmptyString().uppercased()
        guard CountryCodes.iso3166.contains(code) else {
            throw try node.required("country", expected: "").fail("\"\(code)\" is not an ISO 3166 two-letter country code")
        }
        return code
    }

    static func language(_ node: JSONNode) throws -> String? {
        guard let text = try node.optional("language")?.nonEmptyString().lowercased() else { return nil }
        guard LetterLanguages.written.contains(text) else {
            throw try node.required("language", expected: "").fail(
                "\"\(text)\" is not a language Overdue writes letters in (\(LetterLanguages.written.joined(separator: ", ")))")
        }
        return text
    }
}

/// Creditor fields as a profile or claim gives them: any may be missing until merged.
public struct PartialCreditor: Sendable, Equatable {
    public var name: String?
    public var address: [String]?
    public var country: String?
    public var vat, iban, bic, email, phone, signatory, place, language: String?
    /// Company details required on letters (CCA art. 2:20).
    public var legal = LegalDetails()

    init(_ node: JSONNode) throws {
        _ = try node.object()
        name = try node.optional("name")?.nonEmptyString()
        address = try node.optional("address") != nil ? PartyDecoder.address(node) : nil
        country = try node.optional("country") != nil ? PartyDecoder.country(node) : nil
        vat = try node.optional("vat").map(EnterpriseNumber.checked)
        iban = try node.optional("iban").map(ReferenceChecks.iban)
        bic = try node.optional("bic").map(ReferenceChecks.bic)
        email = try node.optional("email")?.nonEmptyString()
        phone = try node.optional("phone")?.nonEmptyString()
        signatory = try node.optional("signatory")?.nonEmptyString()
        place = try node.optional("place")?.nonEmptyString()
        language = try PartyDecoder.language(node)
        legal = try LegalDetailsDecoder.decode(node)
    }

    func filling(from d: PartialCreditor) -> PartialCreditor {
        var r = self
        r.name = name ?? d.name; r.address = address ?? d.address; r.country = country ?? d.country
        r.vat = vat ?? d.vat; r.iban = iban ?? d.iban; r.bic = bic ?? d.bic; r.email = email ?? d.email
        r.phone = phone ?? d.phone; r.signatory = signatory ?? d.signatory; r.place = place ?? d.place
        r.language = language ?? d.language
        r.legal = LegalDetails(legalForm: legal.legalForm ?? d.legal.legalForm,
                               registeredOffice: legal.registeredOffice ?? d.legal.registeredOffice,
                               enterpriseNumber: legal.enterpriseNumber ?? d.legal.enterpriseNumber,
                               registerCourt: legal.registerCourt ?? d.legal.registerCourt)
        return r
    }

    func complete(file: String) throws -> Party {
        func need<T>(_ value: T?, _ field: String, _ expected: String) throws -> T {
            guard let value else {
                throw InputError(file: file, field: "creditor.\(field)", message: "missing (expected \(expected))",
                                 hint: "set it in the claim or in the profile (overdue.yaml)")
            }
            return value
        }
        var party = Party(name: try need(name, "name", "the creditor's name"),
                          address: try need(address, "address", "a list of address lines"),
                          country: try need(country, "country", "an ISO country code such as \"BE\""),
                          vat: vat, iban: iban, bic: bic, email: email, phone: phone, signatory: signatory,
                          language: language)
        party.place = place
        party.legal = legal
        return party
    }
}
