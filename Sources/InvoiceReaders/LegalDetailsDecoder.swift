import Foundation
import InvoiceModel

/// Decodes the creditor's company details (Code of Companies and Associations art. 2:20) and the
/// debtor's contact for the salutation.
enum LegalDetailsDecoder {
    /// `legal_form`, `registered_office`, `enterprise_number`, `register_court` of a creditor.
    static func decode(_ node: JSONNode) throws -> LegalDetails {
        var details = LegalDetails()
        details.legalForm = try node.optional("legal_form")?.nonEmptyString()
        details.registeredOffice = try node.optional("registered_office").map(line)
        details.enterpriseNumber = try node.optional("enterprise_number").map(enterpriseNumber)
        details.registerCourt = try node.optional("register_court").map(localized)
        return details
    }

    /// A text given once (`"Gent, afdeling Gent"`) or per letter language
    /// (`{"nl": "Gent, afdeling Gent", "fr": "Gand, division Gand"}`; an `en` entry also serves
    /// languages without their own).
    static func localized(_ node: JSONNode) throws -> LocalizedText {
        guard node.isObject, let object = node.value as? [String: Any] else { return LocalizedText(try node.nonEmptyString()) }
        var texts: [String: String] = [:]
        for key in object.keys.sorted() {
            guard ["en", "nl", "fr", "de"].contains(key) else {
                throw node.fail("\"\(key)\" is not a letter language (expected en, nl, fr or de)")
            }
            texts[key] = try node.required(key, expected: "a text").nonEmptyString()
        }
        guard let fallback = texts["en"] ?? texts.sorted(by: { $0.key < $1.key }).first?.value else { throw node.fail("must not be empty") }
        return LocalizedText(fallback, byLanguage: texts)
    }

    /// A registered office given as one line or as a list of address lines.
    static func line(_ node: JSONNode) throws -> String {
        if node.value is [Any] { return try node.strings().joined(separator: ", ") }
        return try node.nonEmptyString()
    }

    /// A Belgian enterprise number: ten digits (a leading 0 or 1), dots, spaces or a "BE" prefix
    /// allowed, whose last two digits are 97 minus the first eight modulo 97. Returns "0987.654.394".
    static func enterpriseNumber(_ node: JSONNode) throws -> String {
        let text = try node.nonEmptyString()
        var digits = text.uppercased()
        if digits.hasPrefix("BE") { digits.removeFirst(2) }
        digits.removeAll { $0 == "." || $0 == " " }
        if digits.count == 9 { digits = "0" + digits }
        guard digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let first = digits.first, first == "0" || first == "1",
              let body = Int(digits.prefix(8)), let check = Int(digits.suffix(2)) else {
            throw node.fail("\"\(text)\" is not a Belgian enterprise number (ten digits, e.g. 0987.654.394)")
        }
        guard 97 - body % 97 == check else {
            throw node.fail("\"\(text)\" is not a valid enterprise number: the check digits should be \(String(format: "%02d", 97 - body % 97))")
        }
        let d = Array(digits)
        return String(d[0..<4]) + "." + String(d[4..<7]) + "." + String(d[7..<10])
    }

    /// `contact_title` (mr or ms) and `contact_family_name` of a debtor: both or neither.
    static func contact(_ node: JSONNode) throws -> (ContactTitle?, String?) {
        let titleNode = try node.optional("contact_title")
        let nameNode = try node.optional("contact_family_name")
        var title: ContactTitle?
        if let titleNode {
            let text = try titleNode.nonEmptyString().lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            let aliases: [String: ContactTitle] = ["mr": .mr, "ms": .ms, "mrs": .ms, "m": .mr, "mme": .ms, "dhr": .mr, "mevr": .ms, "herr": .mr, "frau": .ms]
            guard let known = aliases[text] else {
                throw titleNode.fail("\"\(text)\" is not a title (expected mr or ms)")
            }
            title = known
        }
        let name = try nameNode?.nonEmptyString()
        if title != nil, name == nil {
            _ = try node.required("contact_family_name", expected: "the contact's family name for the salutation, with contact_title")
        }
        if name != nil, title == nil {
            _ = try node.required("contact_title", expected: "mr or ms, with contact_family_name")
        }
        return (title, name)
    }
}
