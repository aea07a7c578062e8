import Foundation
import InvoiceModel

/// What a reminder needs from one UBL 2.1 Invoice or CreditNote (Peppol BIS Billing 3.0 /
/// EN 16931). Text values are whitespace-normalised; amounts are kept as written.
public struct UBLDocument: Sendable, Equatable {
    public var file: String
    public var isCreditNote: Bool
    public var typeCode: String?
    public var id: String?
    public var issueDate: String?
    public var dueDate: String?
    public var paymentTerms: [String] = []
    public var currency: String?
    public var payableAmount: String?
    public var prepaidAmount: String?
    /// The `currencyID` attributes of the two amounts (each must be the document currency).
    public var payableCurrency: String?
    public var prepaidCurrency: String?
    public var buyerReference: String?
    public var seller = UBLParty()
    public var buyer = UBLParty()
    public var payeeName: String?
    public var paymentMeans: [UBLPaymentMeans] = []

    public init(file: String, isCreditNote: Bool) { self.file = file; self.isCreditNote = isCreditNote }
}

public struct UBLParty: Sendable, Equatable {
    public var registrationName: String?
    public var tradingName: String?
    public var street: String?
    public var additionalStreet: String?
    public var addressLine: String?
    public var city: String?
    public var postcode: String?
    public var subdivision: String?
    public var country: String?
    public var vat: String?
    public var companyID: String?
    public var endpointID: String?
    public var contactName: String?
    public var email: String?
    public var phone: String?

    /// The legal name, else the trading name.
    public var name: String? { registrationName ?? tradingName }
}

public struct UBLPaymentMeans: Sendable, Equatable {
    public var code: String?
    public var paymentID: String?
    public var account: String?
    public var bic: String?
    public var dueDate: String?
}
