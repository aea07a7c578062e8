import ArgumentParser
import Dunning
import Foundation
import InvoiceModel
import Journal

/// Options of the commands that read or change the journal.
struct JournalOptions: ParsableArguments {
    @Option(help: "The letter journal. Default: overdue.db beside the profile, else in the working folder.") var journal: String?
    @Option(help: "The profile the default journal sits beside. Default: ./overdue.yaml if present.") var profile: String?

    var path: String {
        JournalLocation.path(option: journal, profile: profile ?? (FileManager.default.fileExists(atPath: "overdue.yaml") ? "overdue.yaml" : nil))
    }

    /// The journal, which must exist (these commands never create one).
    func open(_ access: LetterJournal.Access) throws -> LetterJournal {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIFailure("\(path): no journal yet", hint: "`overdue run` creates it with the first letters; or name it with --journal")
        }
        return try LetterJournal(path: path, access: access)
    }
}

/// `--date`: when it was said or done; default today.
struct SaidOn: ParsableArguments {
    @Option(help: "When it happened (YYYY-MM-DD). Default: today.") var date: String?
    func value() throws -> CalendarDate { try date.map { try Arguments.date($0, option: "--date") } ?? Clock.today() }
}

/// `overdue journal`: the letters, newest last.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "journal", abstract: "List the letters in the journal, newest last.")
    @OptionGroup var options: JournalOptions
    @Option(help: "Only this debtor's letters.") var debtor: String?
    @Flag(help: "Print one JSON object per letter and line.") var json = false

    func run() throws {
        let store = try options.open(.read)
        if let debtor, try !store.knows(debtor: debtor) { throw JournalError.unknownDebtor(debtor) }
        // The last attempt to send each letter by e-mail (`run --send-with`).
        var mailed: [Int64: MailingRecord] = [:]
        for mailing in try store.mailings(debtor: debtor) { mailed[mailing.letter] = mailing }
        for letter in try store.letters(debtor: debtor) {
            let mailing = mailed[letter.id]
            Output.write(json ? Self.json(letter, mailing: mailing) : Self.text(letter) + Self.note(mailing))
        }
    }

    static func note(_ m: MailingRecord?) -> String {
        guard let m, !m.sent else { return "" }
        return "  [e-mail not sent on \(m.date): exit status \(m.exitStatus.map(String.init) ?? "none")\(m.detail.isEmpty ? "" : ": " + m.detail)]"
    }

    static func json(_ l: LetterRecord, mailing m: MailingRecord?) -> String {
        guard let m else { return json(l) }
        var object = (try? JSONSerialization.jsonObject(with: Data(json(l).utf8)) as? [String: Any]) ?? [:]
        object["mailing"] = ["date": m.date, "command": m.command, "status": m.sent ? "sent" : "failed",
                             "exit_status": m.exitStatus.map { Int($0) } as Any? ?? NSNull(), "detail": m.detail]
        return JSONText.line(object)
    }

    static func text(_ l: LetterRecord) -> String {
        var line = "#\(l.id)  \(l.date)  \(l.debtor)  \(l.debtorName): \(l.letter) [\(l.invoices.joined(separator: " "))] "
            + "\(Money.plain(l.total)) \(l.currency) by \(l.channel.rawValue), \(l.status.rawValue)"
        if let sent = l.sentOn { line += " \(sent)" }
        if let tracking = l.tracking { line += " (\(tracking))" }
        if let reason = l.voidReason { line += " (\(reason))" }
        if l.needsTracking { line += " [registered: no tracking number yet]" }
        return line + "  \(l.file)"
    }

    static func json(_ l: LetterRecord) -> String {
        JSONText.line([
            "id": l.id, "date": l.date.description, "debtor": l.debtor, "name": l.debtorName, "letter": l.letter, "invoices": l.invoices,
            "currency": l.currency, "principal": Money.plain(l.principal), "interest": Money.plain(l.interest), "fees": Money.plain(l.fees),
            "total": Money.plain(l.total), "deadline": l.deadline.description, "channel": l.channel.rawValue, "file": l.file,
            "sha256": l.sha256, "status": l.status.rawValue, "sent": l.sentOn?.description ?? NSNull(), "tracking": l.tracking ?? NSNull(),
            "void_reason": l.voidReason ?? NSNull(), "needs_tracking": l.needsTracking,
        ])
    }
}

/// `overdue sent`: how and when letters left.
struct SentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sent",
        abstract: "Record how and when letters left (the date their legal periods count from).")
    @Argument(help: "The letter ids (from `overdue journal`).") var ids: [String]
    @OptionGroup var said: SaidOn
    @Option(help: "How it left: post, registered or email.") var by: MailChannel?
    @Option(help: "The registered item's tracking number (a UPU S10 identifier such as RR123456785BE, or a numeric barcode).") var tracking: String?
    @Option(help: "The proof of deposit (the post office's receipt: PDF, PNG or JPEG, at most 10 MB), kept in the journal.") var proof: String?
    @OptionGroup var options: JournalOptions

    func run() throws {
        guard !ids.isEmpty else { throw CLIFailure("no letter id given", hint: "list the letters with `overdue journal`") }
        let numbers = try ids.map { text -> Int64 in
            guard let id = Int64(text.hasPrefix("#") ? String(text.dropFirst()) : text), id > 0 else {
                throw CLIFailure("\"\(text)\" is not a letter id", hint: "the ids are the numbers `overdue journal` shows")
            }
            return id
        }
        if let tracking {
            if numbers.count > 1 { throw CLIFailure("--tracking names one registered item: give one letter id with it") }
            if let problem = TrackingNumber.problem(with: tracking) {
                throw CLIFailure("--tracking: \"\(tracking)\": \(problem)", hint: "copy the number from the proof of deposit")
            }
        }
        let date = try said.value()
        let proofFile = try proof.map { path -> ProofFile in
            if numbers.count > 1 { throw CLIFailure("--proof is the receipt of one letter: give one letter id with it") }
            return try ProofReader.read(path)
        }
        let store = try options.open(.write)
        if let proofFile {
            try store.markSent(numbers, on: date, by: by, tracking: tracking, proof: proofFile)
        } else {
            try store.markSent(numbers, on: date, by: by, tracking: tracking)
        }
        try store.close()
        Output.write("sent on \(date): " + numbers.map { "#\($0)" }.joined(separator: " "))
    }
}

extension MailChannel: ExpressibleByArgument {}

/// `overdue void`: withdraws a letter never sent.
struct VoidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "void", abstract: "Withdraw a letter that was never sent.")
    @Argument(help: "The letter id.") var id: String
    @Option(help: "Why it is withdrawn.") var reason: String
    @OptionGroup var options: JournalOptions

    func run() throws {
        guard let number = Int64(id.hasPrefix("#") ? String(id.dropFirst()) : id), number > 0 else {
            throw CLIFailure("\"\(id)\" is not a letter id", hint: "the ids are the numbers `overdue journal` shows")
        }
        let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw CLIFailure("--reason must say why the letter is withdrawn") }
        let store = try options.open(.write)
        try store.void(number, reason: text)
        try store.close()
        Output.write("withdrawn: #\(number)")
    }
}
