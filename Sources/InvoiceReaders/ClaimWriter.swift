import Foundation
import InvoiceModel

/// Writes a claim as canonical claim JSON (format v1, one line), which `ClaimReader` reads back.
public enum ClaimWriter {
    public static func json(_ claim: Claim, source: String? = nil) throws -> String {
        var root: [String: Any] = [
            "creditor": party(claim.creditor, creditor: true),
            "debtor": party(claim.debtor, creditor: false),
            "invoices": claim.invoices.map(invoice),
            "history": claim.history.map { h -> [String: Any] in
                var e: [String: Any] = ["letter": h.letter, "date": h.date.description]
                if let by = h.by { e["by"] = by }
                if let fee = h.fee { e["fee"] = Money.plain(fee) }
                if let invoices = h.invoices { e["invoices"] = invoices }
                return e
            },
            "terms": terms(claim.terms),
        ]
        if let asOf = claim.asOf { root["as_of"] = asOf.description }
        if let source { root["source"] = source }
        if let c = claim.compromise { root["compromise"] = compromise(c) }
        let data = try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    static func party(_ p: Party, creditor: Bool) -> [String: Any] {
        var d: [String: Any] = ["name": p.name, "address": p.address, "country": p.country]
        let optional: [(String, String?)] = [("id", p.id), ("attention", p.attention), ("vat", p.vat), ("iban", p.iban), ("bic", p.bic),
                                             ("email", p.email), ("phone", p.phone), ("signatory", p.signatory),
                                             ("language", p.language), ("place", p.place)]
        for (key, value) in optional { if let value { d[key] = value } }
        if !creditor { d["kind"] = p.kind.rawValue }
        return d
    }

    static func invoice(_ i: Invoice) -> [String: Any] {
        var d: [String: Any] = ["number": i.number, "due": i.due.description, "amount": Money.plain(i.amount), "currency": i.currency,
                                "payments": i.payments.map { ["date": $0.date.description, "amount": Money.plain($0.amount)] }]
        if let issued = i.issued { d["issued"] = issued.description }
        if let reference = i.reference { d["reference"] = reference }
        if let description = i.description { d["description"] = description }
        return d
    }

    static func terms(_ t: Terms) -> [String: Any] {
        var d: [String: Any] = [:]
        if let interest = t.interest {
            var i: [String: Any] = ["basis": interest.basis.rawValue]
            switch interest.source {
            case .series(let name): i["series"] = name
            case .annualRate(let r): i["rate"] = Money.plain(r, scale: 4)
            case .monthlyRate(let m): i["rate"] = Money.plain(m, scale: 4); i["per"] = "month"
            }
            d["interest"] = i
        }
        if let f = t.fixedCompensation { d["fixed_compensation"] = Money.plain(f) }
        if let p = t.penalty {
            var pd: [String: Any] = ["percent": Money.plain(p.percent, scale: 4)]
            if let minimum = p.minimum { pd["minimum"] = Money.plain(minimum) }
            if let maximum = p.maximum { pd["maximum"] = Money.plain(maximum) }
            d["penalty"] = pd
        }
        if let n = t.deadlineBusinessDays { d["deadline_business_days"] = n }
        if let n = t.reminderDays { d["reminder_days"] = n }
        if let f = t.reminderFee { d["reminder_fee"] = Money.plain(f) }
        if let p = t.feePolicy { d["fees"] = ["policy": p.rawValue] }
        if let i = t.imputation { d["imputation"] = i.rawValue }
        if let c = t.closingDays { d["closing_days"] = c.map(\.description) }
        return d
    }

    static func compromise(_ c: Compromise) -> [String: Any] {
        var d: [String: Any] = ["agreed_on": c.agreedOn.description, "channel": c.channel]
        if let disputed = c.disputed { d["disputed"] = disputed }
        if let total = c.agreedTotal { d["agreed_total"] = Money.plain(total) }
        d["waive"] = (c.waiveInterest ? ["interest"] : []) + (c.waiveFees ? ["fees"] : [])
        switch c.plan {
        case .regular(let count, let first, let interval):
            d["instalments"] = ["count": count, "first_due": first.description, "interval": interval.rawValue] as [String: Any]
        case .explicit(let list):
            d["instalments"] = list.map { ["date": $0.due.description, "amount": Money.plain($0.amount)] }
        }
        return d
    }
}
