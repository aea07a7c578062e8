/// The headers of one bookkeeping tool's export (shared/exports.md, copied into the README):
/// recognised when all of a `signature` is present, they map each header to a field before the
/// synonym lists do. Labels in `nil` are the tool's columns that Overdue leaves alone.
struct ExportPreset: Sendable {
    let format: ExportFormat
    let name: String
    /// Header keys that must all be present for the preset to be chosen automatically.
    let signature: [String]
    /// Header → field (nil: a column that is not read, even if a synonym would take it).
    let headers: [String: String?]
    /// A grouped report: invoice rows carry no debtor; a group row above them names it.
    var grouped = false
    /// For a header the export repeats, the field of its occurrence after `after` (Twinfield's
    /// "Naam" after "Debiteur" is the debtor's name; the first one is the journal's).
    var repeated: [(header: String, after: String, field: String)] = []

    static func keys(_ names: [String]) -> [String] { names.map(HeaderText.key) }
}

extension ExportPreset {
    static let all: [ExportPreset] = [
        // Yuki, Verkoop > Facturen > "Te herinneren facturen" (CSV-bestand (Excel)); FR and EN labels
        // as Yuki translates its interface (not verified against a real file).
        ExportPreset(format: .yuki, name: "Yuki, te herinneren facturen", signature: keys(["Factuurnr.", "Relatie", "Vervaldatum", "Uitstaand"]),
                     headers: ["Factuurnr.": "invoice_number", "Relatie": "debtor_name", "Onderwerp": "description", "Factuurdatum": "issue_date",
                               "Vervaldatum": "due_date", "Btw-bedrag": nil, "Bedrag": "amount", "Uitstaand": "open", "Dagen achterstallig": nil]),
        ExportPreset(format: .yuki, name: "Yuki, open posten", signature: keys(["Relatie", "Open", "Oorspronkelijk"]),
                     headers: ["Factuurnr.": "invoice_number", "Relatie": "debtor_name", "Onderwerp": "description", "Factuurdatum": "issue_date",
                               "Vervaldatum": "due_date", "Oorspronkelijk": "amount", "Open": "open", "Dagen achterstallig": nil, "Btw-bedrag": nil]),
        ExportPreset(format: .yuki, name: "Yuki, factures à relancer", signature: keys(["N° facture", "Relation", "Échéance", "Impayé"]),
                     headers: ["N° facture": "invoice_number", "Relation": "debtor_name", "Objet": "description", "Date facture": "issue_date",
                               "Échéance": "due_date", "Montant TVA": nil, "Montant": "amount", "Impayé": "open", "Jours de retard": nil]),
        ExportPreset(format: .yuki, name: "Yuki, invoices to remind", signature: keys(["Invoice no.", "Contact", "Due date", "Outstanding"]),
                     headers: ["Invoice no.": "invoice_number", "Contact": "debtor_name", "Subject": "description", "Invoice date": "issue_date",
                               "Due date": "due_date", "VAT amount": nil, "Amount": "amount", "Outstanding": "open", "Days overdue": nil]),
        // Odoo 16-18, Invoices list > Export: the fields the user chose, labels in the user's language.
        ExportPreset(format: .odoo, name: "Odoo invoices export", signature: keys(["Partner", "Number", "Amount Due"]),
                     headers: ["Partner": "debtor_name", "Number": "invoice_number", "Invoice/Bill Date": "issue_date", "Invoice Date": "issue_date",
                               "Due Date": "due_date", "Amount Due": "open", "Amount Due Signed": "open", "Total": "amount", "Total Signed": "amount",
                               "Currency": "currency", "Partner/Reference": "debtor_id", "Partner/Internal Reference": "debtor_id",
                               "Tax Excluded": nil, "Tax": nil, "Status": nil, "Payment Status": nil]),
        ExportPreset(format: .odoo, name: "Odoo facturen-export", signature: keys(["Relatie", "Nummer", "Vervaldatum", "Valuta"]),
                     headers: ["Relatie": "debtor_name", "Nummer": "invoice_number", "Factuurdatum": "issue_date", "Vervaldatum": "due_date",
                               "Te betalen bedrag": "open", "Openstaand bedrag": "open", "Totaal": "amount", "Valuta": "currency",
                               "Belasting": nil, "Status": nil, "Betalingsstatus": nil]),
        ExportPreset(format: .odoo, name: "Odoo export des factures", signature: keys(["Partenaire", "Numéro", "Date d'échéance"]),
                     headers: ["Partenaire": "debtor_name", "Numéro": "invoice_number", "Date de facturation": "issue_date",
                               "Date d'échéance": "due_date", "Montant dû": "open", "Total": "amount", "Devise": "currency",
                               "Taxes": nil, "Statut": nil, "État du paiement": nil]),
        // Odoo, Accounting > Reporting > Aged Receivable > XLSX: grouped by partner, the invoice in
        // the first, unlabelled column, Total = what is open (v16 and v17 column names).
        ExportPreset(format: .odoo, name: "Odoo aged receivable", signature: keys(["Older", "Total"]),
                     headers: ["": "invoice_number", "Invoice Date": "issue_date", "Due Date": "due_date", "Expected Date": "due_date",
                               "Total": "open", "Currency": "currency", "Amount Currency": nil, "Account": nil, "At Date": nil,
                               "Period 1": nil, "Period 2": nil, "Period 3": nil, "Period 4": nil, "Older": nil,
                               "1-30": nil, "31-60": nil, "61-90": nil, "91-120": nil, "Not Due": nil, "Partner": nil],
                     grouped: true),
        ExportPreset(format: .odoo, name: "Odoo ouderdomsanalyse debiteuren", signature: keys(["Ouder", "Totaal"]),
                     headers: ["": "invoice_number", "Factuurdatum": "issue_date", "Vervaldatum": "due_date", "Verwachte datum": "due_date",
                               "Totaal": "open", "Valuta": "currency", "Bedrag valuta": nil, "Rekening": nil, "Op datum": nil, "Ouder": nil],
                     grouped: true),
        ExportPreset(format: .odoo, name: "Odoo balance âgée", signature: keys(["Plus ancien", "Total"]),
                     headers: ["": "invoice_number", "Date de facture": "issue_date", "Date d'échéance": "due_date", "Date prévue": "due_date",
                               "Total": "open", "Devise": "currency", "Montant en devise": nil, "Compte": nil, "À date": nil, "Plus ancien": nil],
                     grouped: true),
        // Twinfield, browse 100 "Debiteurenkaart".
        ExportPreset(format: .twinfield, name: "Twinfield debiteurenkaart", signature: keys(["Dagboek", "Boekst.nr.", "Debiteur", "Openstaand bedrag"]),
                     headers: ["Dagboek": nil, "Naam": nil, "Boekst.nr.": nil, "Status": nil, "Boekdatum": "issue_date",
                               "Debiteur": "debtor_id", "Valuta": "currency", "Bedrag": "amount", "Euro": nil, "Openstaand bedrag": "open",
                               "Factuurnr.": "invoice_number", "Vervaldatum": "due_date", "Betaalstatus": nil, "Betaaldatum": "paid_date"],
                     repeated: [("Naam", "Debiteur", "debtor_name")]),
        // Exact Online, outstanding items (the API's names; the screen's own labels go by the synonyms).
        ExportPreset(format: .exact, name: "Exact Online outstanding items", signature: keys(["AccountCode", "InvoiceNumber", "DueDate"]),
                     headers: ["AccountCode": "debtor_id", "AccountName": "debtor_name", "InvoiceNumber": "invoice_number",
                               "InvoiceDate": "issue_date", "DueDate": "due_date", "Amount": "open", "Description": "description",
                               "CurrencyCode": "currency"]),
        ExportPreset(format: .overdue, name: "Overdue columns", signature: keys(["debtor_id", "invoice_number", "due_date", "amount"]),
                     headers: Dictionary(uniqueKeysWithValues: ExportField.all.map { ($0, $0) })),
    ]
}
