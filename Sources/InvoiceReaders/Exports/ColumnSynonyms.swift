/// Header names seen in Dutch, French and English exports for each field (shared/exports.md),
/// compared by `HeaderText.key`. A header names one field; the first header of a field wins.
enum ColumnSynonyms {
    static let byField: [String: [String]] = [
        "debtor_id": ["Relatiecode", "Relatienummer", "Relatienr.", "Klantnummer", "Klantnr.", "Klantcode", "Debiteur",
                      "Debiteurnummer", "Debiteurnr.", "Deb.nr.", "RelCode", "Code client", "N° client", "Numéro client",
                      "Customer code", "Customer number", "Customer no.", "Customer ID", "AccountCode", "Account code", "Code"],
        "debtor_name": ["Relatie", "Relatienaam", "Klant", "Klantnaam", "Naam", "Bedrijf", "Bedrijfsnaam", "Debiteurnaam", "RelBedrijf",
                        "Client", "Nom", "Nom client", "Partenaire", "Tiers", "Raison sociale",
                        "Customer", "Customer name", "Partner", "AccountName", "Account name", "Name", "Company"],
        "debtor_attention": ["Contactpersoon", "T.a.v.", "Ter attentie van", "Contact", "A l'attention de", "Attention"],
        "debtor_street": ["Adres", "Straat", "Straat en nummer", "Adresse", "Rue", "Street", "Address", "Address line 1"],
        "debtor_postcode": ["Postcode", "Code postal", "CP", "Zip", "ZIP code", "Postal code"],
        "debtor_city": ["Gemeente", "Plaats", "Woonplaats", "Stad", "Localité", "Ville", "Commune", "City", "Town"],
        "debtor_country": ["Land", "Landcode", "Pays", "Country", "Country code"],
        "debtor_email": ["E-mail", "E-mailadres", "Email address", "Mail", "Courriel", "Adresse e-mail"],
        "debtor_vat": ["Btw-nummer", "Btw-nr.", "Btw nummer", "Ondernemingsnummer", "N° TVA", "Numéro de TVA", "TVA",
                       "VAT", "VAT number", "Tax ID"],
        "debtor_language": ["Taal", "Langue", "Language"],
        "invoice_number": ["Factuurnummer", "Factuurnr.", "Factuur", "Nummer", "Boekstuk", "Boekstuknummer", "Boekst.nr.", "MutFactuur",
                           "N° de facture", "N° facture", "Numéro de facture", "Numéro", "Pièce",
                           "Invoice number", "Invoice no.", "Invoice", "Number"],
        "issue_date": ["Factuurdatum", "Datum factuur", "Boekdatum", "MutDatum", "Date de facture", "Date facture",
                       "Date de facturation", "Invoice date", "Invoice/Bill Date", "Date"],
        "due_date": ["Vervaldatum", "Vervalt", "Vervaldag", "Échéance", "Date d'échéance", "Date échéance", "Due date", "Due"],
        "amount": ["Bedrag", "Factuurbedrag", "Oorspronkelijk", "Oorspronkelijk bedrag", "Totaal", "Totaalbedrag",
                   "Montant", "Montant TTC", "Total", "Total amount", "Amount", "total_price_incl_tax"],
        "open": ["Openstaand", "Openstaand bedrag", "Open", "Open bedrag", "Uitstaand", "Saldo", "Solde", "Montant ouvert",
                 "Reste à payer", "Montant dû", "Amount due", "Outstanding", "Balance", "Open amount", "total_unpaid"],
        "paid": ["Betaald", "Voldaan", "Ontvangen", "Payé", "Montant payé", "Paid", "Amount paid", "total_paid"],
        "paid_date": ["Betaaldatum", "Datum betaling", "Date de paiement", "Payment date"],
        "currency": ["Valuta", "Munt", "Devise", "Currency", "Currency code"],
        "reference": ["Betalingskenmerk", "Gestructureerde mededeling", "OGM", "Communication structurée", "Payment reference"],
        "description": ["Omschrijving", "Onderwerp", "Libellé", "Objet", "Description", "Label", "Subject"],
    ]

    /// Header key → field, our own names included (`debtor_id` is `debtorid`).
    static let table: [String: String] = {
        var table: [String: String] = [:]
        for field in ExportField.all { table[HeaderText.key(field)] = field }
        for (field, names) in byField { for name in names where table[HeaderText.key(name)] == nil { table[HeaderText.key(name)] = field } }
        return table
    }()

    /// Words a header of a debtor's detail may start with (`Partner/Street`, `partner_id/city`, `Klant e-mail`).
    static let partyPrefixes = ["partnerid", "partner", "relatie", "klant", "customer", "client", "debiteur", "contact", "debtor"]

    /// The field a header names, if any.
    static func field(for header: String) -> String? {
        let key = HeaderText.key(header)
        guard !key.isEmpty else { return nil }
        if let field = table[key] { return field }
        for prefix in partyPrefixes where key.hasPrefix(prefix) && key.count > prefix.count {
            if let field = table[String(key.dropFirst(prefix.count))], ExportField.address.contains(field) { return field }
        }
        return nil
    }
}
