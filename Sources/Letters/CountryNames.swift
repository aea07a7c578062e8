/// Country names for the last address line of mail abroad (the sender's language).
enum CountryNames {
    static let table: [String: [String: String]] = [
        "BE": ["en": "BELGIUM", "nl": "BELGIË", "fr": "BELGIQUE", "de": "BELGIEN"],
        "NL": ["en": "NETHERLANDS", "nl": "NEDERLAND", "fr": "PAYS-BAS", "de": "NIEDERLANDE"],
        "DE": ["en": "GERMANY", "nl": "DUITSLAND", "fr": "ALLEMAGNE", "de": "DEUTSCHLAND"],
        "FR": ["en": "FRANCE", "nl": "FRANKRIJK", "fr": "FRANCE", "de": "FRANKREICH"],
        "LU": ["en": "LUXEMBOURG", "nl": "LUXEMBURG", "fr": "LUXEMBOURG", "de": "LUXEMBURG"],
        "GB": ["en": "UNITED KINGDOM", "nl": "VERENIGD KONINKRIJK", "fr": "ROYAUME-UNI", "de": "VEREINIGTES KÖNIGREICH"],
        "PL": ["en": "POLAND", "nl": "POLEN", "fr": "POLOGNE", "de": "POLEN"],
        "CZ": ["en": "CZECHIA", "nl": "TSJECHIË", "fr": "TCHÉQUIE", "de": "TSCHECHIEN"],
        "IT": ["en": "ITALY", "nl": "ITALIË", "fr": "ITALIE", "de": "ITALIEN"],
        "ES": ["en": "SPAIN", "nl": "SPANJE", "fr": "ESPAGNE", "de": "SPANIEN"],
        "AT": ["en": "AUSTRIA", "nl": "OOSTENRIJK", "fr": "AUTRICHE", "de": "ÖSTERREICH"],
        "CH": ["en": "SWITZERLAND", "nl": "ZWITSERLAND", "fr": "SUISSE", "de": "SCHWEIZ"],
        "IE": ["en": "IRELAND", "nl": "IERLAND", "fr": "IRLANDE", "de": "IRLAND"],
    ]

    /// The name, or the ISO code itself when we have no name for it.
    static func name(_ code: String, language: String) -> String {
        table[code]?[language] ?? table[code]?["en"] ?? code
    }
}
