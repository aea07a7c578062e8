import Foundation
import InvoiceModel

/// The assessment as machine-readable output (`overdue assess --json`). Amounts are decimal
/// strings with two decimals, dates ISO 8601; these key names are a public contract.
public struct AssessmentReport: Codable, Equatable, Sendable {
    public struct Period: Codable, Equatable, Sendable {
        public var invoice: String
        public var from: String
        public var to: String
        public var days: Int
        /// Annual rate in percent, e.g. "10.50".
        public var rate: String
        public var base: String
        public var interest: String
        public var provisional_rate: Bool
    }
    public struct Fee: Codable, Equatable, Sendable {
        public var invoice: String
        public var label: String
        public var amount: String
        public var kind: String
    }
    public struct InvoiceSummary: Codable, Equatable, Sendable {
        public var number: String
        public var due: String
        public var amount: String
        public var paid: String
        /// Principal still unpaid after imputing the payments.
        public var open: String
        public var interest: String
        /// Where the payments went.
        public var paid_to_costs: String
        public var paid_to_interest: String
        public var paid_to_principal: String
    }

    /// A date, or JSON null when the rule applies but the date is not known yet.
    public struct NullableDate: Codable, Equatable, Sendable {
        public var value: String?
        public init(_ value: String?) { self.value = value }
        public init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            value = c.decodeNil() ? nil : try c.decode(String.self)
        }
        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            if let value { try c.encode(value) } else { try c.encodeNil() }
        }
    }

    public var as_of: String
    public var currency: String
    public var principal: String
    public var paid: String
    public var interest: String
    public var fees: String
    public var total: String
    public var deadline: String
    public var deadline_business_days: Int
    public var invoices: [InvoiceSummary]
    public var periods: [Period]
    public var fee_lines: [Fee]
    public var warnings: [String]
    /// The order payments were imputed in.
    public var imputation: String
    /// The interest applied: a series name, or "contract".
    public var interest_source: String?
    /// Belgian and Dutch consumers only: the first day fees may be charged (null: no reminder yet).
    public var fees_allowed_from: NullableDate?

    public init(_ a: Assessment) {
        let m = { (d: Decimal) in Money.plain(d) }
        as_of = a.asOf.description
        currency = a.currency
        principal = m(a.principal)
        paid = m(a.paid)
        interest = m(a.interest)
        fees = m(a.fees)
        total = m(a.total)
        deadline = a.deadline.description
        deadline_business_days = a.deadlineBusinessDays
        invoices = a.lines.map {
            InvoiceSummary(number: $0.invoice.number, due: $0.invoice.due.description, amount: m($0.amount),
                           paid: m($0.paid), open: m($0.open), interest: m($0.interest),
                           paid_to_costs: m($0.statement.paidToCosts), paid_to_interest: m($0.statement.paidToInterest),
                           paid_to_principal: m($0.statement.paidToPrincipal))
        }
        periods = a.periods.map {
            Period(invoice: $0.invoice, from: $0.from.description, to: $0.to.description, days: $0.days,
                   rate: Money.plain($0.rate, scale: 2), base: m($0.base), interest: m($0.interest),
                   provisional_rate: $0.provisionalRate)
        }
        fee_lines = a.feeLines.map { Fee(invoice: $0.invoice, label: $0.label, amount: m($0.amount), kind: $0.kind.rawValue) }
        warnings = a.warnings
        imputation = a.imputation.rawValue
        switch a.interestTerms?.source {
        case .series(let name)?: interest_source = name
        case .annualRate?, .monthlyRate?: interest_source = "contract"
        case nil: interest_source = nil
        }
        fees_allowed_from = a.feesAllowedFrom.map { NullableDate($0?.description) }
    }

    /// One line of JSON, with the debtor's id, for several claims at once.
    public func jsonLine(debtor: String?) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var object = try JSONSerialization.jsonObject(with: try encoder.encode(self)) as! [String: Any]
        object["debtor"] = debtor ?? NSNull()
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    /// Pretty, key-sorted JSON: identical input gives identical bytes.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
