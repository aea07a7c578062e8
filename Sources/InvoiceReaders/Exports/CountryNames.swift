/// Country names as customer lists write them (NL, FR, EN, DE), to ISO 3166 codes.
enum CountryNames {
    static let codes: [String: String] = {
        let names: [String: [String]] = [
            "BE": ["België", "Belgie", "Belgique", "Belgium", "Belgien"],
            "NL": ["Nederland", "Pays-Bas", "Netherlands", "The Netherlands", "Niederlande", "Holland"],
            "FR": ["Frankrijk", "France", "Frankreich"],
            "DE": ["Duitsland", "Allemagne", "Germany", "Deutschland"],
            "LU": ["Luxemburg", "Luxembourg"],
            "GB": ["Verenigd Koninkrijk", "Royaume-Uni", "United Kingdom", "Großbritannien", "UK", "Great Britain"],
            "IE": ["Ierland", "Irlande", "Ireland", "Irland"],
            "ES": ["Spanje", "Espagne", "Spain", "Spanien", "España"],
            "IT": ["Italië", "Italie", "Italy", "Italien", "Italia"],
            "AT": ["Oostenrijk", "Autriche", "Austria", "Österreich"],
            "CH": ["Zwitserland", "Suisse", "Switzerland", "Schweiz"],
        ]
        var codes: [String: String] = [:]
        for (code, list) in names { for name in list { codes[HeaderText.key(name)] = code } }
        return codes
    }()

    /// The code for a country name; nil for a two-letter code (kept as written) or an unknown name.
    static func code(_ name: String) -> String? {
        guard name.count > 2 else { return nil }
        return codes[HeaderText.key(name)]
    }
}
