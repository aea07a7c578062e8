import Dunning
import Foundation
import InvoiceModel
import InvoiceReaders
import Journal
import LateFees

/// What `plan` and `run` share: the inputs read, the policy, the plan per debtor.
public struct DunningSession: Sendable {
    public let profile: Profile?
    public let source: ClaimSource
    public let planner: DunningPlanner
    /// The cycle's date: `--as-of`, else today (holds, agreements and the run's records).
    public let asOf: CalendarDate
    /// `--as-of`, when given, and today: each claim is planned on `Claim.letterDate(given:today:)`,
    /// the same rule its letter is dated by.
    public let given: CalendarDate?
    public let today: CalendarDate

    public init(inputs: [String], profilePath: String?, asOf: String?, rates: RateTable, export: ExportRequest? = nil) throws {
        guard !inputs.isEmpty else { throw CLIFailure("no input given", hint: "name the month's export of open invoices (CSV, UBL or claim JSON)") }
        profile = try ProfileLoader.load(profilePath)
        source = try ClaimSource.load(inputs, profile: profile, export: export)
        planner = DunningPlanner(settings: profile?.dunning ?? DunningSettings(), rates: rates)
        given = try asOf.map { try Arguments.date($0, option: "--as-of") }
        today = Clock.today()
        self.asOf = given ?? today
    }

    /// The debtors' ids in input order (a debtor listed twice is planned once, from its first claim).
    public func claims(only debtors: [String]) throws -> [ClaimSource.Item] {
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
    public func date(for claim: Claim) -> CalendarDate { claim.letterDate(given: given, today: today) }

    public static func key(_ claim: Claim) -> String { claim.debtor.id ?? claim.debtor.name }

    /// `transform` of every item's plan line, in input order; the debtors are planned in
    /// parallel (the policy is pure), and only what `transform` keeps stays in memory.
    public func plan<T>(_ items: [ClaimSource.Item], facts: DunningFacts, _ transform: @escaping @Sendable (PlanEntry) -> T) -> [T] {
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

