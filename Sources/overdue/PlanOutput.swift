import Dunning
import Foundation
import InvoiceModel

/// A plan line as text and as JSON.
enum PlanOutput {
    static func text(_ e: PlanEntry) -> String {
        var parts = ["\(e.debtor)  \(e.name): \(e.action.rawValue)"]
        if !e.invoices.isEmpty { parts.append("[\(e.invoices.joined(separator: " "))]") }
        if e.action.isLetter || e.action == .handover {
            parts.append("\(Money.plain(e.total)) \(e.currency)" + (e.channel.map { " by \($0.rawValue)" } ?? ""))
        }
        return parts.joined(separator: " ") + " - " + e.reason
    }

    /// One plan line of `plan --json` (keys in this order).
    struct Line: Encodable {
        var debtor, name, action: String
        var invoices: [String]
        var reason, currency, principal, interest, fees, total: String
        var channel: String?
        var deadline: String?
        var warnings: [String]?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(debtor, forKey: .debtor); try c.encode(name, forKey: .name); try c.encode(action, forKey: .action)
            try c.encode(invoices, forKey: .invoices); try c.encode(reason, forKey: .reason); try c.encode(currency, forKey: .currency)
            try c.encode(principal, forKey: .principal); try c.encode(interest, forKey: .interest); try c.encode(fees, forKey: .fees)
            try c.encode(total, forKey: .total)
            try c.encode(channel, forKey: .channel)  // null when there is no letter
            try c.encodeIfPresent(deadline, forKey: .deadline); try c.encodeIfPresent(warnings, forKey: .warnings)
        }
        enum CodingKeys: String, CodingKey { case debtor, name, action, invoices, reason, currency, principal, interest, fees, total, channel, deadline, warnings }
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func json(_ e: PlanEntry) -> String {
        let line = Line(debtor: e.debtor, name: e.name, action: e.action.rawValue, invoices: e.invoices, reason: e.reason, currency: e.currency,
                        principal: Money.plain(e.principal), interest: Money.plain(e.interest), fees: Money.plain(e.fees),
                        total: Money.plain(e.total), channel: e.channel?.rawValue, deadline: e.deadline?.description,
                        warnings: e.warnings.isEmpty ? nil : e.warnings)
        return (try? encoder.encode(line)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

enum JSONText {
    /// One line of JSON with sorted keys.
    static func line(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
