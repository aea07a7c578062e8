import ArgumentParser
import Foundation
import InvoiceModel
import LateFees

/// `overdue interest`: the late-payment interest on one amount, period by period.
struct InterestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "interest",
        abstract: "Compute late-payment interest on one amount, period by period.")

    @Option(help: "The amount due.") var principal: String
    @Option(help: "The due date; interest accrues for each day after it.") var due: String
    @Option(help: "The last day of interest (inclusive).") var until: String
    @Option(help: "A statutory rate series (see `overdue rates`).") var series: String?
    @Option(help: "A contractual rate in percent.") var rate: String?
    @Option(help: "The period of --rate: year or month.") var per: String = "year"
    @Option(help: "Day-count basis: act/365, act/360, act/act or 30/360.") var basis: String = "act/365"
    @Option(name: .customLong("payment"), help: "A partial payment DATE=AMOUNT (repeatable).") var payments: [String] = []
    @Option(help: "costs-interest-principal (default) or principal-first.") var imputation: String = Imputation.costsInterestPrincipal.rawValue
    @OptionGroup var ratesOption: RatesOption
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let amount = try Arguments.amount(principal, option: "--principal")
        let dueDate = try Arguments.date(due, option: "--due")
        let untilDate = try Arguments.date(until, option: "--until")
        guard untilDate >= dueDate else {
            throw CLIFailure("--until \(untilDate) is before --due \(dueDate)", hint: "interest accrues for the days after the due date")
        }
        let source: InterestSource
        switch (series, rate) {
        case (let name?, nil): source = .series(name)
        case (nil, let text?):
            let value = try Arguments.amount(text, option: "--rate", scale: 4)
            switch per {
            case "year": source = .annualRate(value)
            case "month": source = .monthlyRate(value)
            default: throw CLIFailure("--per: \"\(per)\" is not year or month")
            }
        default:
            throw CLIFailure("give either --series NAME or --rate PERCENT", hint: "see `overdue rates` for the series")
        }
        guard let dayBasis = DayCountBasis(rawValue: basis) else {
            throw CLIFailure("--basis: \"\(basis)\" is not one of \(DayCountBasis.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let order = Imputation(rawValue: imputation) else {
            throw CLIFailure("--imputation: \"\(imputation)\" is not one of \(Imputation.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let paid = try payments.map { text -> Payment in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CLIFailure("--payment: \"\(text)\" is not DATE=AMOUNT", hint: "e.g. --payment 2026-09-15=200.00") }
            return Payment(date: try Arguments.date(parts[0], option: "--payment"), amount: try Arguments.amount(parts[1], option: "--payment"))
        }
        let engine = InterestEngine(rates: try ratesOption.table())
        let statement = try engine.statement(DebtAccount(invoice: "", principal: amount, due: dueDate, payments: paid),
                                             until: untilDate, terms: InterestTerms(source: source, basis: dayBasis), imputation: order)
        let report = InterestReport(statement)
        if json {
            Output.write(try report.json())
        } else {
            for p in report.periods {
                Output.write("\(p.from) – \(p.to)  \(String(p.days).leftPadded(5)) days  \(p.rate.leftPadded(6)) %  on \(p.base.leftPadded(12))  \(p.interest.leftPadded(10))")
            }
            Output.write("interest \(report.interest)")
        }
        for p in statement.periods where p.provisionalRate {
            Output.error("warning: the rate from \(p.from) is provisional: check it")
            break
        }
    }
}

/// The JSON of `overdue interest`.
struct InterestReport: Codable {
    struct Period: Codable { var from, to: String; var days: Int; var rate, base, interest: String }
    var interest: String
    var periods: [Period]
    var principal_open: String
    var interest_paid: String

    init(_ s: DebtStatement) {
        interest = Money.plain(s.interestAccrued)
        periods = s.periods.map { Period(from: $0.from.description, to: $0.to.description, days: $0.days,
                                         rate: Money.plain($0.rate), base: Money.plain($0.base), interest: Money.plain($0.interest)) }
        principal_open = Money.plain(s.principalOpen)
        interest_paid = Money.plain(s.paidToInterest)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// `overdue fee`: the statutory recovery fee on an amount.
struct FeeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fee", abstract: "Compute a statutory recovery fee.")
    @Option(help: "eu-b2b, uk-fixed, nl-wik or be-consumer.") var policy: String
    @Option(help: "The amount the fee is computed on.") var principal: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        guard let chosen = FeePolicy(rawValue: policy), chosen != .none else {
            throw CLIFailure("--policy: \"\(policy)\" is not a fee policy", hint: "use eu-b2b, uk-fixed, nl-wik or be-consumer")
        }
        let fee = Money.plain(StatutoryFees.fee(chosen, principal: try Arguments.amount(principal, option: "--principal")))
        if json {
            Output.write("{\n  \"fee\" : \"\(fee)\",\n  \"policy\" : \"\(chosen.rawValue)\"\n}")
        } else {
            Output.write(fee)
        }
    }
}

/// `overdue rates`: the series, their latest value and how far they are known.
struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rates", abstract: "List the interest rate series.")
    @OptionGroup var ratesOption: RatesOption
    @Option(name: .customLong("as-of"), help: "The day to compare the series' last known day with (YYYY-MM-DD). Default: today.") var asOf: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let table = try ratesOption.table()
        let today = try asOf.map { try Arguments.date($0, option: "--as-of") } ?? Clock.today()
        let rows = table.names.compactMap { table.named($0) }
        /// A series whose last known day is before today cannot compute interest up to today.
        func outdated(_ s: RateSeries) -> Bool { s.knownUntil.map { $0 < today } ?? true }
        if json {
            let items = rows.map { s -> [String: Any] in
                ["series": s.name, "title": s.title, "latest": s.latest.map { Money.plain($0.percent) } ?? "",
                 "latest_from": s.latest?.from.description ?? "", "known_until": s.knownUntil?.description ?? "",
                 "known_until_before_today": outdated(s), "today": today.description,
                 "provisional": s.latest?.provisional ?? false,
                 "provisional_periods": s.periods.filter(\.provisional).map { "\($0.from)/\($0.to)" },
                 "fixed_at_start": s.rule == .fixedAtStart,
                 "compounds_yearly": s.compoundsYearly]
            }
            let data = try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys])
            Output.write(String(decoding: data, as: UTF8.self))
            return
        }
        Output.write("series               latest   since       known until  ")
        for s in rows {
            let latest = s.latest.map { Money.plain($0.percent) + ($0.provisional ? "*" : " ") } ?? "-"
            Output.write(s.name.padding(toLength: 21, withPad: " ", startingAt: 0) + latest.leftPadded(7) + "  "
                + (s.latest?.from.description ?? "-") + "  " + (s.knownUntil?.description ?? "-") + (outdated(s) ? " ! " : "   ") + s.title)
        }
        Output.write("* provisional: not yet confirmed by an official publication")
        let old = rows.filter(outdated)
        if !old.isEmpty {
            Output.write("! known only until a day before today (\(today)): "
                + old.map { "\($0.name) ends on \($0.knownUntil?.description ?? "-")" }.joined(separator: "; ")
                + ". Interest past that day cannot be computed until the value is published; add it with --rates FILE.")
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
