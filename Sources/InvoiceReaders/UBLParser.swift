import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import InvoiceModel

/// Reads one UBL file with Foundation's XML parser (libxml2). A document type declaration is
/// refused before parsing, so no external entity or DTD is ever resolved; bytes that are not
/// UTF-8 are refused before parsing too (the parser traps on some of them); nesting deeper than
/// `InputLimits.xmlDepth` stops the parse.
public enum UBLParser {
    /// Largest file read (an embedded PDF makes real invoices a few MB).
    public static let maximumBytes = InputLimits.ublBytes

    /// The namespaces of the two UBL 2.x documents read.
    public static let namespaces = ["Invoice": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
                                    "CreditNote": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"]

    public static func parse(_ data: Data, file: String) throws -> UBLDocument {
        guard data.count <= maximumBytes else {
            throw InputError(file: file, message: "the file is \(data.count / 1_048_576) MB; a UBL invoice is read up to \(maximumBytes / 1_048_576) MB")
        }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw InputError(file: file, message: "the XML declares a DTD or entities, which are never read",
                             hint: "UBL invoices have no DOCTYPE; remove it or check where the file comes from")
        }
        try UTF8Check.validate(data, file: file)
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let handler = UBLHandler(file: file)
        parser.delegate = handler
        let ok = parser.parse()
        if !ok || handler.document == nil {
            if let failure = handler.failure { throw failure }
            let message = parser.parserError.map { "malformed XML (\(($0 as NSError).localizedDescription))" } ?? "malformed XML"
            throw InputError(file: file, line: parser.lineNumber, column: parser.columnNumber, message: message)
        }
        return handler.document!
    }
}

/// Collects the wanted elements by their path of local names.
final class UBLHandler: NSObject, XMLParserDelegate {
    let file: String
    var document: UBLDocument?
    var failure: InputError?
    private var path: [String] = []
    private var text = ""
    private var collecting = false
    private var currentMeans: UBLPaymentMeans?

    init(file: String) { self.file = file }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard failure == nil else { return }
        if path.isEmpty {
            guard let expected = UBLParser.namespaces[name] else {
                return stop(parser, "not a UBL Invoice or CreditNote (root element \(name))")
            }
            guard namespaceURI == expected else {
                return stop(parser, "the root element \(name) is in the namespace \(namespaceURI.map { "\"\($0)\"" } ?? "(none)"), not UBL's \"\(expected)\"")
            }
            document = UBLDocument(file: file, isCreditNote: name == "CreditNote")
        }
        guard path.count < InputLimits.xmlDepth else {
            return stop(parser, "elements nested more than \(InputLimits.xmlDepth) deep (a UBL invoice needs fewer than 10)")
        }
        path.append(name)
        if path.count == 3, path[1] == "LegalMonetaryTotal", let currency = attributes["currencyID"] {
            if name == "PayableAmount" { document?.payableCurrency = currency }
            if name == "PrepaidAmount" { document?.prepaidCurrency = currency }
        }
        if path.count == 2 && name == "PaymentMeans" { currentMeans = UBLPaymentMeans() }
        // Only leaves we may want are collected; embedded attachments are skipped.
        collecting = !path.contains("AdditionalDocumentReference") && !path.contains("InvoiceLine")
            && !path.contains("CreditNoteLine") && !path.contains("TaxTotal") && !path.contains("AllowanceCharge")
        text = ""
    }

    private func stop(_ parser: XMLParser, _ message: String) {
        failure = InputError(file: file, line: parser.lineNumber, message: message)
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting && failure == nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil, !path.isEmpty else { return }
        defer { path.removeLast(); text = "" }
        guard collecting, document != nil else {
            if path.count == 2 && name == "PaymentMeans", let means = currentMeans { document?.paymentMeans.append(means); currentMeans = nil }
            return
        }
        var value = Self.normalise(text)
        let p = path.dropFirst().joined(separator: "/")
        if value.count > InputLimits.textCharacters {
            // Payment terms only go into a note; any other value that long is not what it claims to be.
            guard p == "PaymentTerms/Note" else {
                return stop(parser, "\(p): \(value.count) characters; a value is read up to \(InputLimits.textCharacters)")
            }
            value = String(value.prefix(200)) + "…"
        }
        store(p, value)
        if path.count == 2 && name == "PaymentMeans", let means = currentMeans {
            document?.paymentMeans.append(means)
            currentMeans = nil
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil {
            failure = InputError(file: file, line: parser.lineNumber, column: parser.columnNumber,
                                 message: "malformed XML (\((parseError as NSError).localizedDescription))")
        }
    }

    private func store(_ p: String, _ value: String) {
        guard !value.isEmpty else { return }
        func set(_ keyPath: WritableKeyPath<UBLDocument, String?>) { if document![keyPath: keyPath] == nil { document![keyPath: keyPath] = value } }
        switch p {
        case "ID": set(\.id)
        case "IssueDate": set(\.issueDate)
        case "DueDate": set(\.dueDate)
        case "InvoiceTypeCode", "CreditNoteTypeCode": set(\.typeCode)
        case "DocumentCurrencyCode": set(\.currency)
        case "BuyerReference": set(\.buyerReference)
        case "PaymentTerms/Note": document!.paymentTerms.append(value)
        case "LegalMonetaryTotal/PayableAmount": set(\.payableAmount)
        case "LegalMonetaryTotal/PrepaidAmount": set(\.prepaidAmount)
        case "PayeeParty/PartyName/Name": set(\.payeeName)
        case "PaymentMeans/PaymentMeansCode": if currentMeans?.code == nil { currentMeans?.code = value }
        case "PaymentMeans/PaymentID": if currentMeans?.paymentID == nil { currentMeans?.paymentID = value }
        case "PaymentMeans/PaymentDueDate": currentMeans?.dueDate = value
        case "PaymentMeans/PayeeFinancialAccount/ID": currentMeans?.account = value
        case "PaymentMeans/PayeeFinancialAccount/FinancialInstitutionBranch/ID": currentMeans?.bic = value
        default:
            if p.hasPrefix("AccountingSupplierParty/Party/") {
                Self.storeParty(&document!.seller, String(p.dropFirst("AccountingSupplierParty/Party/".count)), value)
            } else if p.hasPrefix("AccountingCustomerParty/Party/") {
                Self.storeParty(&document!.buyer, String(p.dropFirst("AccountingCustomerParty/Party/".count)), value)
            }
        }
    }

    static func storeParty(_ party: inout UBLParty, _ p: String, _ value: String) {
        func set(_ keyPath: WritableKeyPath<UBLParty, String?>) { if party[keyPath: keyPath] == nil { party[keyPath: keyPath] = value } }
        switch p {
        case "PartyLegalEntity/RegistrationName": set(\.registrationName)
        case "PartyLegalEntity/CompanyID": set(\.companyID)
        case "PartyName/Name": set(\.tradingName)
        case "PostalAddress/StreetName": set(\.street)
        case "PostalAddress/AdditionalStreetName": set(\.additionalStreet)
        case "PostalAddress/AddressLine/Line": set(\.addressLine)
        case "PostalAddress/CityName": set(\.city)
        case "PostalAddress/PostalZone": set(\.postcode)
        case "PostalAddress/CountrySubentity": set(\.subdivision)
        case "PostalAddress/Country/IdentificationCode": set(\.country)
        case "PartyTaxScheme/CompanyID": set(\.vat)
        case "EndpointID": set(\.endpointID)
        case "Contact/Name": set(\.contactName)
        case "Contact/ElectronicMail": set(\.email)
        case "Contact/Telephone": set(\.phone)
        default: break
        }
    }

    /// Trimmed, with every run of whitespace (line breaks, tabs) collapsed to one space.
    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
