import Foundation
import InvoiceModel

/// Writes a claim as canonical claim JSON (format v1, one line, keys sorted), which
/// `ClaimReader` reads back. Encoded from typed mirrors of the format (JSONEncoder): a dunning
/// run writes one per letter into its journal, and this is several times cheaper than building
/// and sorting dictionaries of `Any`.
public enum ClaimWriter {
    public static func json(_ claim: Claim, source: String? = nil) throws -> String {
        let data = try encoder.encode(Canonical(claim, source: source))
        return String(decoding: data, as: UTF8.self)
    }

    /// Shared: JSONEncoder is thread-safe once configured.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    struct Canonical: Encodable {
        var as_of: String?
        var source: String?
        var creditor: PartyJSON
        var debtor: PartyJSON
        var invoices: [InvoiceJSON]
        var history: [HistoryJSON]
        var terms: TermsJSON
        var compromise: CompromiseJSON?

        init(_ claim: Claim, source: String?) {
            as_of = claim.asOf?.description; self.source = source
            creditor = PartyJSON(claim.creditor, creditor: true); debtor = PartyJSON(claim.debtor, creditor: false)
            invoices = claim.invoices.map(InvoiceJSON.init); history = claim.history.map(HistoryJSON.init)
            terms = TermsJSON(claim.terms); compromise = claim.compromise.map(CompromiseJSON.init)
        }
    }

    struct PartyJSON: Encodable {
        var name: String, address: [String], country: String
        var id, attention, vat, iban, bic, email, phone, signatory, language, place, kind: String?
        var contact_title, contact_family_name: String?
        var legal_form, registered_office, enterprise_number: String?
        var register_court: LocalizedJSON?
        init(_ p: Party, creditor: Bool) {
            name = p.name; address = p.address; country = p.country; id = p.id; attention = p.attention; vat = p.vat; iban = p.iban
            bic = p.bic; email = p.email; phone = p.phone; signatory = p.signatory; language = p.language; place = p.place
            kind = creditor ? nil : p.kind.rawValue
            contact_title = p.contactTitle?.rawValue; contact_family_name = p.contactFamilyName
            legal_form = p.legal.legalForm; registered_office = p.legal.registeredOffice
            enterprise_number = p.legal.enterpriseNumber; register_court = p.legal.registerCourt.map(LocalizedJSON.init)
        }
    }

    /// One text as a string; texts per language as an object.
    struct LocalizedJSON: Encodable {
        var text: LocalizedText
        init(_ text: LocalizedText) { self.text = text }
        func encode(to encoder: Encoder) throws {
            if text.byLanguage.isEmpty { try text.text.encode(to: encoder) } else { try text.byLanguage.encode(to: encoder) }
        }
    }

    struct PaymentJSON: Encodable { var date: String, amount: String }

    struct InvoiceJSON: Encodable {
        var number: String, due: String, amount: String, currency: String, payments: [PaymentJSON]
        var issued, reference, description: String?
        init(_ i: Invoice) {
            number = i.number; due = i.due.description; amount = Money.plain(i.amount); currency = i.currency
            payments = i.payments.map { PaymentJSON(date: $0.date.description, amount: Money.plain($0.amount)) }
            issued = i.issued?.description; reference = i.reference; description = i.description
        }
    }

    struct HistoryJSON: Encodable {
        var letter: String, date: String
        var by, fee: String?
        var invoices: [String]?
        init(_ h: HistoryEntry) {
            letter = h.letter; date = h.date.description; by = h.by; fee = h.fee.map { Money.plain($0) }; invoices = h.invoices
        }
    }

    struct InterestJSON: Encodable {
        var basis: String
        var series: String? = nil, rate: String? = nil, per: String? = nil
    }
    struct PenaltyJSON: Encodable { var percent: String, minimum, maximum: String? }
    struct PolicyJSON: Encodable { var policy: String }

    struct TermsJSON: Encodable {
        var interest: InterestJSON?
        var fixed_compensation: String?
        var penalty: PenaltyJSON?
        var deadline_business_days, reminder_days: Int?
        var reminder_fee: String?
        var fees: PolicyJSON?
        var imputation: String?
        var closing_days: [String]?
        var regular_supply, penalty_adds_to_compensation: Bool?
        var reminder_postage, terms_accepted_on: String?
        var penalty_clause_reference: LocalizedJSON?
        init(_ t: Terms) {
            if let i = t.interest {
                switch i.source {
                case .series(let name): interest = InterestJSON(basis: i.basis.rawValue, series: name)
                case .annualRate(let r): interest = InterestJSON(basis: i.basis.rawValue, rate: Money.plain(r, scale: 4))
                case .monthlyRate(let m): interest = InterestJSON(basis: i.basis.rawValue, rate: Money.plain(m, scale: 4), per: "month")
                }
            }
            fixed_compensation = t.fixedCompensation.map { Money.plain($0) }
            penalty = t.penalty.map { PenaltyJSON(percent: Money.plain($0.percent, scale: 4), minimum: $0.minimum.map { Money.plain($0) },
                                                  maximum: $0.maximum.map { Money.plain($0) }) }
            deadline_business_days = t.deadlineBusinessDays; reminder_days = t.reminderDays
            reminder_fee = t.reminderFee.map { Money.plain($0) }; fees = t.feePolicy.map { PolicyJSON(policy: $0.rawValue) }
            imputation = t.imputation?.rawValue; closing_days = t.closingDays?.map(\.description)
            regular_supply = t.regularSupply; penalty_adds_to_compensation = t.penaltyAddsToCompensation
            reminder_postage = t.reminderPostage.map { Money.plain($0) }; terms_accepted_on = t.termsAcceptedOn?.description
            penalty_clause_reference = t.penaltyClauseReference.map(LocalizedJSON.init)
        }
    }

    struct CompromiseJSON: Encodable {
        enum Plan: Encodable {
            case regular(count: Int, first_due: String, interval: String)
            case explicit([PaymentJSON])
            struct Regular: Encodable { var count: Int, first_due: String, interval: String }
            func encode(to encoder: Encoder) throws {
                switch self {
                case .regular(let count, let first, let interval): try Regular(count: count, first_due: first, interval: interval).encode(to: encoder)
                case .explicit(let list): try list.encode(to: encoder)
                }
            }
        }
        var agreed_on: String, channel: String, waive: [String], instalments: Plan
        var disputed, agreed_total: String?
        init(_ c: Compromise) {
            agreed_on = c.agreedOn.description; channel = c.channel; disputed = c.disputed
            agreed_total = c.agreedTotal.map { Money.plain($0) }
            waive = (c.waiveInterest ? ["interest"] : []) + (c.waiveFees ? ["fees"] : [])
            switch c.plan {
            case .regular(let count, let first, let interval): instalments = .regular(count: count, first_due: first.description, interval: interval.rawValue)
            case .explicit(let list): instalments = .explicit(list.map { PaymentJSON(date: $0.due.description, amount: Money.plain($0.amount)) })
            }
        }
    }
}
