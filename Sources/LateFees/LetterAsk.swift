import Foundation
import InvoiceModel

/// What a letter asks the debtor for: the one place these figures are decided. The template
/// values, the payment block and its QR code, the batch manifest, the dunning plan and the
/// journal all read them from here, so no figure can differ between the PDF, the preview and
/// the JSON.
public struct LetterAsk: Sendable, Equatable {
    /// The open principal the letter claims.
    public var principal: Decimal
    /// The interest the letter claims (none in a reminder: it asks for the open amount and its fee).
    public var interest: Decimal
    /// The fees the letter claims (a reminder's own fee, carried fees, or the notice's fees).
    public var fees: Decimal
    /// What the letter asks to be paid in all (for a compromise: the agreed total).
    public var total: Decimal
    /// The day the letter asks to be paid by (for a compromise: the first instalment's due date).
    public var deadline: CalendarDate
    /// The amount of the payment block and its EPC QR code: what is to be paid now, or `nil` when
    /// the letter carries no QR code (a compromise, paid by instalments).
    public var amountDue: Decimal?
    /// The structured reference of a single invoice, when it has one (OGM/VCS or RF).
    public var reference: String?
    /// The remittance text: a single invoice's free-text reference or number, else the invoice numbers.
    public var remittance: String

    /// Figures stated by hand (a document built without `LetterComposer`).
    public init(principal: Decimal, interest: Decimal, fees: Decimal, total: Decimal, deadline: CalendarDate,
                amountDue: Decimal?, reference: String?, remittance: String) {
        self.principal = principal; self.interest = interest; self.fees = fees; self.total = total; self.deadline = deadline
        self.amountDue = amountDue; self.reference = reference; self.remittance = remittance
    }

    /// The figures of a formal notice: the whole assessment, to be paid by its deadline.
    public static func notice(_ a: Assessment) -> LetterAsk {
        LetterAsk(principal: a.principal - a.paid, interest: a.interest, fees: a.fees, total: a.total, deadline: a.deadline,
                  amountDue: a.total, reference: reference(a), remittance: remittance(a))
    }

    /// The figures of a reminder: the open amount and the reminder's fee, without interest.
    public static func reminder(_ f: ReminderFigures, assessment a: Assessment) -> LetterAsk {
        LetterAsk(principal: f.open, interest: 0, fees: f.fee, total: f.total, deadline: f.deadline,
                  amountDue: f.total, reference: reference(a), remittance: remittance(a))
    }

    /// The figures of a compromise: the agreed total, paid by instalments from the first's due date.
    public static func compromise(_ f: CompromiseFigures, assessment a: Assessment) -> LetterAsk {
        LetterAsk(principal: a.principal - a.paid, interest: a.interest, fees: a.fees, total: f.agreedTotal,
                  deadline: f.instalments[0].due, amountDue: nil, reference: reference(a), remittance: remittance(a))
    }

    static func reference(_ a: Assessment) -> String? {
        a.invoices.count == 1 ? a.invoices[0].reference : nil
    }

    /// A free-text reference of a single invoice is the remittance text; else the invoice numbers.
    static func remittance(_ a: Assessment) -> String {
        a.invoices.count == 1 ? (a.invoices[0].reference ?? a.invoices[0].number) : a.invoices.map(\.number).joined(separator: " ")
    }
}
