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
    /// The contact person's title, for a salutation that names them ("Dear Ms Dubois").
    public var contactTitle: ContactTitle?
    /// The contact person's family name, for the salutation ("Geachte heer Peeters").
    public var contactFamilyName: String?
    /// The creditor's company details that Belgian law requires on every letter (Code of
    /// Companies and Associations art. 2:20); empty for a natural person without them.
    public var legal = LegalDetails()

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
        var rest = words.drop { $0.contains(where: \.isNumber) }
        // A Dutch postcode is four digits and two capitals ("3511 AP Utrecht").
        if let first = words.first, first.count == 4, first.allSatisfy(\.isNumber), rest.count > 1,
           let letters = rest.first, letters.count == 2, letters.allSatisfy({ $0.isUppercase && $0.isASCII }) {
            rest = rest.dropFirst()
        }
        return rest.isEmpty ? last : rest.joined(separator: " ")
    }
}

/// How the contact person is addressed.
public enum ContactTitle: String, Sendable, CaseIterable {
    /// Mr / heer / Monsieur / Herr.
    case mr
    /// Ms / mevrouw / Madame / Frau.
    case ms
}

/// A company's identification on its letters: Code of Companies and Associations art. 2:20
/// (name, legal form, registered office, enterprise number, the letters RPR/RPM and the
/// commercial court division of the registered office).
public struct LegalDetails: Sendable, Equatable {
    /// e.g. "BV", "SRL", "NV", "SA".
    public var legalForm: String?
    /// The registered office as one line; defaults to the address when the company details are shown.
    public var registeredOffice: String?
    /// The ten-digit Belgian enterprise number, formatted "0987.654.394".
    public var enterpriseNumber: String?
    /// The court division of the register of legal entities, e.g. "Gent, afdeling Gent" / "Liège, division Liège".
    public var registerCourt: LocalizedText?
    public init(legalForm: String? = nil, registeredOffice: String? = nil, enterpriseNumber: String? = nil, registerCourt: LocalizedText? = nil) {
        self.legalForm = legalForm; self.registeredOffice = registeredOffice
        self.enterpriseNumber = enterpriseNumber; self.registerCourt = registerCourt
    }
    /// True when no detail is set.
    public var isEmpty: Bool { legalForm == nil && registeredOffice == nil && enterpriseNumber == nil && registerCourt == nil }
}

/// Business debtors owe the statutory commercial rate and the fixed compensation;
/// consumers are protected (Book XIX CEL in Belgium).
public enum DebtorKind: String, Sendable, CaseIterable {
    case business
    case consumer
    case publicAuthority = "public"
}
