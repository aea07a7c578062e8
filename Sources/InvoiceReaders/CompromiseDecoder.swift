import Foundation
import InvoiceModel

/// Decodes the claim's `compromise` section.
enum CompromiseDecoder {
    static let waivable = ["interest", "fees"]

    static func decode(_ node: JSONNode) throws -> Compromise {
        _ = try node.object()
        let agreedOn = try node.required("agreed_on", expected: "the date of the agreement YYYY-MM-DD").date()
        let channel = try node.optional("channel")?.nonEmptyString().lowercased() ?? "phone"
        let disputed = try node.optional("disputed")?.nonEmptyString()
        let agreedTotal = try node.optional("agreed_total")?.decimal()
        if let agreedTotal, agreedTotal <= 0 {
            throw try node.required("agreed_total", expected: "").fail("must be more than zero")
        }
        var waived = Set<String>()
        if let list = try node.optional("waive") {
            for item in try list.array() {
                let name = try item.nonEmptyString().lowercased()
                guard waivable.contains(name) else {
                    throw item.fail("\"\(name)\" cannot be waived (expected \"interest\" or \"fees\")")
                }
                waived.insert(name)
            }
        }
        let plan = try decodePlan(try node.required("instalments",
            expected: "{ \"count\": 3, \"first_due\": \"YYYY-MM-DD\", \"interval\": \"monthly\" } or a list of { \"date\", \"amount\" }"))
        return Compromise(agreedOn: agreedOn, channel: channel, disputed: disputed, agreedTotal: agreedTotal,
                          waiveInterest: waived.contains("interest"), waiveFees: waived.contains("fees"), plan: plan)
    }

    static func decodePlan(_ node: JSONNode) throws -> InstalmentSchedule {
        if node.isObject {
            let countNode = try node.required("count", expected: "the number of instalments")
            let count = try countNode.int()
            guard (1...120).contains(count) else { throw countNode.fail("\(count) is not between 1 and 120") }
            let first = try node.required("first_due", expected: "the first due date YYYY-MM-DD").date()
            let intervalText = try node.optional("interval")?.nonEmptyString().lowercased() ?? "monthly"
            guard let interval = InstalmentSchedule.Interval(rawValue: intervalText) else {
                throw try node.required("interval", expected: "").fail("\"\(intervalText)\" is not monthly or weekly")
            }
            return .regular(count: count, firstDue: first, interval: interval)
        }
        let items = try node.array()
        guard !items.isEmpty else { throw node.fail("the list is empty") }
        return .explicit(try items.map { item in
            let amount = try item.required("amount", expected: "an amount like \"300.00\"").decimal()
            guard amount > 0 else { throw try item.required("amount", expected: "").fail("must be more than zero") }
            return Instalment(due: try item.required("date", expected: "a date YYYY-MM-DD").date(), amount: amount)
        })
    }
}
