import ArgumentParser
import Foundation
import InvoiceModel
import Journal

/// `--debtor ID | --invoice NUMBER`.
struct HoldTarget: ParsableArguments {
    @Option(help: "The debtor id.") var debtor: String?
    @Option(help: "The invoice number.") var invoice: String?

    func validate() throws {
        guard (debtor == nil) != (invoice == nil) else { throw CLIFailure("name exactly one of --debtor and --invoice") }
    }
}

/// `overdue hold`: no letters for a debtor, or about an invoice, until a date.
struct HoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hold",
        abstract: "Hold a debtor or an invoice: left out of letters until the date given.")
    @OptionGroup var target: HoldTarget
    @Option(help: "The first day the hold no longer applies (YYYY-MM-DD).") var until: String
    @Option(help: "Why (shown in the plan).") var reason: String
    @OptionGroup var said: SaidOn
    @OptionGroup var options: JournalOptions

    func run() throws {
        try target.validate()
        let from = try said.value()
        let end = try Arguments.date(until, option: "--until")
        guard end > from else { throw CLIFailure("--until \(end) is not after \(from)", hint: "a hold ends on a later day") }
        let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw CLIFailure("--reason must say why") }
        let store = try options.open(.write)
        try store.hold(debtor: target.debtor, invoice: target.invoice, from: from, until: end, reason: text)
        try store.close()
        Output.write("on hold until \(end): " + (target.debtor.map { "debtor \($0)" } ?? "invoice \(target.invoice!)"))
    }
}

/// `overdue release`: ends a hold early.
struct ReleaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "release", abstract: "End the hold on a debtor or an invoice.")
    @OptionGroup var target: HoldTarget
    @OptionGroup var said: SaidOn
    @OptionGroup var options: JournalOptions

    func run() throws {
        try target.validate()
        let date = try said.value()
        let store = try options.open(.write)
        try store.release(debtor: target.debtor, invoice: target.invoice, on: date)
        try store.close()
        Output.write("released on \(date): " + (target.debtor.map { "debtor \($0)" } ?? "invoice \(target.invoice!)"))
    }
}

/// `overdue agree`: a compromise agreed with a debtor.
struct AgreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "agree",
        abstract: "Record a compromise: the plan proposes its confirmation, then follows the payments.")
    @Option(help: "The debtor id.") var debtor: String
    @Option(help: "The agreed total.") var total: String
    @Option(help: "The number of instalments (1 to 120).") var instalments: Int
    @Option(help: "The first instalment's due date (YYYY-MM-DD).") var first: String
    @Option(help: "monthly or weekly.") var interval: InstalmentSchedule.Interval = .monthly
    @Option(help: "What is waived: interest, fees or both (comma-separated).") var waive: String?
    @Option(help: "What the debtor disputed, in your words.") var disputed: String?
    @Option(help: "How it was agreed: phone, email, meeting, video or letter.") var channel: String = "phone"
    @OptionGroup var said: SaidOn
    @OptionGroup var options: JournalOptions

    func run() throws {
        let amount = try Arguments.amount(total, option: "--total")
        guard amount > 0 else { throw CLIFailure("--total must be more than zero") }
        guard (1...120).contains(instalments) else { throw CLIFailure("--instalments: \(instalments) is not from 1 to 120") }
        let firstDue = try Arguments.date(first, option: "--first")
        let waived = (waive ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        for item in waived where !["interest", "fees"].contains(item) {
            throw CLIFailure("--waive: \"\(item)\" is not interest or fees")
        }
        guard ["phone", "email", "meeting", "video", "letter"].contains(channel) else {
            throw CLIFailure("--channel: \"\(channel)\" is not phone, email, meeting, video or letter")
        }
        let date = try said.value()
        guard firstDue >= date else { throw CLIFailure("--first \(firstDue) is before the agreement's date \(date)") }
        let agreement = AgreementRecord(id: 0, debtor: debtor, agreedOn: date, total: amount, instalments: instalments, first: firstDue,
                                        interval: interval, waiveInterest: waived.contains("interest"), waiveFees: waived.contains("fees"),
                                        disputed: disputed?.trimmingCharacters(in: .whitespacesAndNewlines), channel: channel)
        let store = try options.open(.write)
        let id = try store.agree(agreement)
        try store.close()
        Output.write("agreement #\(id) with \(debtor): \(Money.plain(amount)) in \(instalments) \(interval.rawValue) instalment\(instalments == 1 ? "" : "s") from \(firstDue)")
    }
}

extension InstalmentSchedule.Interval: ExpressibleByArgument {}
