import Foundation
import InvoiceModel

/// What the law provides when the terms say nothing: by the creditor's country (the law of the
/// contract, Rome I art. 4) and the debtor's kind.
public enum LawDefaults {
    /// The statutory interest series; `nil` = no statutory interest (e.g. UK consumers).
    public static func interestSeries(creditor: Party, debtor: Party) -> String? {
        let consumer = debtor.kind == .consumer
        switch creditor.country {
        case "BE": return consumer ? "be-legal" : "be-commercial"
        case "NL": return consumer ? "nl-statutory" : "nl-commercial"
        case "DE": return consumer ? "de-consumer" : "de-b2b"
        case "FR": return consumer ? "fr-legal-other" : "fr-b2b"
        case "GB", "UK": return consumer ? nil : "uk-late-payment"
        default: return consumer ? nil : "be-commercial"
        }
    }

    /// The statutory fee policy.
    public static func feePolicy(creditor: Party, debtor: Party) -> FeePolicy {
        if debtor.kind == .consumer {
            // Consumers owe collection costs only where a statute says so (NL) or a clause does (BE).
            return debtor.country == "NL" ? .nlWIK : .none
        }
        return ["GB", "UK"].contains(creditor.country) ? .ukFixed : .euB2B
    }
}
