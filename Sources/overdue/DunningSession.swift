import Dunning
import Foundation
import InvoiceModel
import InvoiceReaders
import Journal
import LateFees

/// What `plan` and `run` share: the inputs read, the policy, the plan per debtor.
struct DunningSession {
    let profile: Profile?
    let source: ClaimSource
    let planner: DunningPlanner
    let asOf: CalendarDate

    init(inputs: [String], profilePath: String?, asOf: String?, rates: RateTable) throws {
        guard !inputs.isEmpty else { throw CLIFailure("no input given", hint: "name the month's export of open invoices (CSV, UBL or claim JSON)") }
        profile = try Pipeline.loadProfile(profilePath)
        source = try ClaimSource.load(inputs, profile: profile)
        planner = DunningPlanner(settings: profile?.dunning ?? DunningSettings(), rates: rates)
        self.asOf = try asOf.map { try Arguments.date($0, option: "--as-of") } ?? Clock.today()
    }

    /// The debtors' ids in input order (a debtor listed twice is planned once, from its first claim).
    func claims(only debtors: [String]) throws -> [ClaimSource.Item] {
        var seen = Set<String>()
        let items = source.items.filter { seen.insert(Self.key($0.claim)).inserted }
        guard !debtors.isEmpty else { return items }
        let known = Set(items.map { Self.key($0.claim) })
        for id in debtors where !known.contains(id) {
            throw CLIFailure("--debtor \(id): no such debtor in the inputs", hint: "the ids are in the plan's first column")
        }
        let wanted = Set(debtors)
        return items.filter { wanted.contains(Self.key($0.claim)) }
    }

    static func key(_ claim: Claim) -> String { claim.debtor.id ?? claim.debtor.name }

    func plan(_ items: [ClaimSource.Item], facts: DunningFacts) -> [PlanEntry] {
        items.map { planner.plan($0.claim, facts: facts, asOf: asOf) }
    }
}

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

    static func json(_ e: PlanEntry) -> String {
        var object: [String: Any] = [
            "debtor": e.debtor, "name": e.name, "action": e.action.rawValue, "invoices": e.invoices, "reason": e.reason,
            "currency": e.currency, "principal": Money.plain(e.principal), "interest": Money.plain(e.interest),
            "fees": Money.plain(e.fees), "total": Money.plain(e.total), "channel": e.channel?.rawValue ?? NSNull(),
        ]
        if let deadline = e.deadline { object["deadline"] = deadline.description }
        if !e.warnings.isEmpty { object["warnings"] = e.warnings }
        return JSONText.line(object)
    }
}

enum JSONText {
    /// One line of JSON with sorted keys.
    static func line(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
