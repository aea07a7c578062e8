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
    /// The cycle's date: `--as-of`, else today (holds, agreements and the run's records).
    let asOf: CalendarDate
    /// `--as-of`, when given, and today: each claim is planned on `Claim.letterDate(given:today:)`,
    /// the same rule its letter is dated by.
    let given: CalendarDate?
    let today: CalendarDate

    init(inputs: [String], profilePath: String?, asOf: String?, rates: RateTable) throws {
        guard !inputs.isEmpty else { throw CLIFailure("no input given", hint: "name the month's export of open invoices (CSV, UBL or claim JSON)") }
        profile = try Pipeline.loadProfile(profilePath)
        source = try ClaimSource.load(inputs, profile: profile)
        planner = DunningPlanner(settings: profile?.dunning ?? DunningSettings(), rates: rates)
        given = try asOf.map { try Arguments.date($0, option: "--as-of") }
        today = Clock.today()
        self.asOf = given ?? today
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

    /// The day `claim` is planned and its letter dated: `Claim.letterDate(given:today:)`.
    func date(for claim: Claim) -> CalendarDate { claim.letterDate(given: given, today: today) }

    static func key(_ claim: Claim) -> String { claim.debtor.id ?? claim.debtor.name }

    /// `transform` of every item's plan line, in input order; the debtors are planned in
    /// parallel (the policy is pure), and only what `transform` keeps stays in memory.
    func plan<T>(_ items: [ClaimSource.Item], facts: DunningFacts, _ transform: @escaping @Sendable (PlanEntry) -> T) -> [T] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count / 256))
        guard workers > 1 else { return items.map { transform(planner.plan($0.claim, facts: facts, asOf: date(for: $0.claim))) } }
        let chunk = (items.count + workers - 1) / workers
        let results = PlanChunks<T>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { part in
            let range = part * chunk..<min(items.count, (part + 1) * chunk)
            results.set(part, items[range].map { transform(planner.plan($0.claim, facts: facts, asOf: date(for: $0.claim))) })
        }
        return results.joined()
    }
}

/// The plan lines of each part, filled by parallel workers.
final class PlanChunks<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[T]]
    init(count: Int) { parts = Array(repeating: [], count: count) }
    func set(_ index: Int, _ entries: [T]) { lock.lock(); parts[index] = entries; lock.unlock() }
    func joined() -> [T] { parts.flatMap { $0 } }
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
