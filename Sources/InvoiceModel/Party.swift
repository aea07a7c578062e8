/// The creditor (who writes the letter) or the debtor (who receives it).
public struct Party: Sendable, Equatable {
    public var id: String?
    public var name: String
    /// Contact person (the debtor's "attention" line).
    public var attention: String?
    /// Street lines, then the postcode-and-town line, without the country.
    public var address: [String]
    /// ISO 3166-1 alpha-2 country code, e.g. `BE`.
    public var country: String
    public var vat: String?
    public var iban: String?
    public var bic: String?
    public var email: String?
    public var phone: String?
    public var signatory: String?
    public var kind: DebtorKind
    /// Preferred letter language (`en`, `nl`, `fr`, `de`).
    public var language: String?
    /// Where the letter is written ("Gent, 29 November 2026"); defaults to the town of the address.
    public var place: String?

    public init(id: String? = nil, name: String, attention: String? = nil, address: [String], country: String,
                vat: String? = nil, iban: String? = nil, bic: String? = nil, email: String? = nil,
                phone: String? = nil, signatory: String? = nil, kind: DebtorKind = .business, language: String? = nil) {
        self.id = id; self.name = name; self.attention = attention; self.address = address
        self.country = country; self.vat = vat; self.iban = iban; self.bic = bic; self.email = email
        self.phone = phone; self.signatory = signatory; self.kind = kind; self.language = language
    }

    /// The explicit place, else the last address line without its postcode.
    public var town: String {
        if let place { return place }
        guard let last = address.last else { return "" }
        let words = last.split(separator: " ")
        let rest = words.drop { $0.contains(where: \.isNumber) }
        return rest.isEmpty ? last : rest.joined(separator: " ")
    }
}

/// Business debtors owe the statutory commercial rate and the fixed compensation;
/// consumers are protected (Book XIX CEL in Belgium).
public enum DebtorKind: String, Sendable, CaseIterable {
    case business
    case consumer
    case publicAuthority = "public"
}
