import Foundation

/// Debtors' addresses from outside an open-items export: a customer list (`--customers`), found by
/// customer code or else by the exact name, and UBL invoices, found by invoice number.
public struct AddressBook: Sendable {
    /// A debtor's details as a customer list or an invoice gives them.
    public struct Entry: Sendable, Equatable {
        public var code: String?
        public var name: String?
        public var attention: String?
        public var street: String?
        public var postcode: String?
        public var city: String?
        public var country: String?
        public var email: String?
        public var vat: String?
        public var language: String?
        public var kind: String?
        /// Where it came from, for messages.
        public var origin: String

        public init(code: String? = nil, name: String? = nil, street: String? = nil, postcode: String? = nil, city: String? = nil,
                    country: String? = nil, email: String? = nil, vat: String? = nil, origin: String) {
            self.code = code; self.name = name; self.street = street; self.postcode = postcode; self.city = city
            self.country = country; self.email = email; self.vat = vat; self.origin = origin
        }

        /// The value of an address field (`debtor_street`, ...).
        func value(_ field: String) -> String? {
            switch field {
            case "debtor_attention": attention
            case "debtor_street": street
            case "debtor_postcode": postcode
            case "debtor_city": city
            case "debtor_country": country
            case "debtor_email": email
            case "debtor_vat": vat
            case "debtor_language": language
            case "debtor_kind": kind
            default: nil
            }
        }
    }

    var byCode: [String: Entry] = [:]
    var byName: [String: Entry] = [:]
    var byInvoice: [String: Entry] = [:]
    /// The files the entries came from, for messages.
    public var sources: [String] = []

    public init() {}

    public var isEmpty: Bool { byCode.isEmpty && byName.isEmpty && byInvoice.isEmpty }

    /// Adds a customer: found by its code, and by its exact name (a name two customers share finds neither).
    public mutating func add(customer: Entry) {
        if let code = customer.code?.trimmingCharacters(in: .whitespaces), !code.isEmpty, byCode[code] == nil { byCode[code] = customer }
        if let name = customer.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
            if byName[name] == nil { byName[name] = customer } else if byName[name]?.origin != customer.origin || byName[name]?.code != customer.code {
                byName[name]?.street = nil  // ambiguous: two customers of that name
                byName[name]?.city = nil
            }
        }
    }

    /// Adds the buyer of an invoice, found by the invoice's number.
    public mutating func add(invoice number: String, buyer: Entry) {
        byInvoice[number.trimmingCharacters(in: .whitespaces)] = buyer
    }

    /// The entry for a debtor: by code when the export has one, else by exact name, else by one
    /// of its invoice numbers.
    func find(code: String?, name: String?, invoice: String?) -> Entry? {
        if let code, let entry = byCode[code] { return entry }
        if code == nil || byCode.isEmpty, let name, let entry = byName[name], entry.street != nil { return entry }
        if let invoice, let entry = byInvoice[invoice] { return entry }
        return nil
    }
}
