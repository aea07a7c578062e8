import Foundation
import Testing

/// Bad input to the month-end commands: a clear error, and nothing changed.
@Suite(.serialized) struct DunningBadInputTests {
    func preparedMonth() throws -> (MonthEnd, String) {
        let m = try MonthEnd()
        let export = try m.export("open.csv", [MonthEnd.Row(debtor: "B1", email: "ap@b1.be", invoice: "I-101", due: "2026-01-15", amount: "1000.00")])
        try m.run(export, asOf: "2026-01-31")
        return (m, export)
    }

    func unchanged(_ m: MonthEnd, _ arguments: [String], says message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: m.journal))
        let result = try m.overdue(arguments, expectFailure: true, sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("hint:") || result.stderr.contains("error:"), sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: URL(fileURLWithPath: m.journal)) == before, "the journal changed", sourceLocation: sourceLocation)
    }

    @Test func unknownIdsDebtorsAndInvoices() throws {
        let (m, _) = try preparedMonth()
        try unchanged(m, ["sent", "1", "999"], says: "no letter 999")
        try unchanged(m, ["sent", "abc"], says: "not a letter id")
        try unchanged(m, ["void", "999", "--reason", "typo"], says: "no letter 999")
        try unchanged(m, ["hold", "--debtor", "NOPE", "--until", "2026-03-01", "--reason", "x", "--date", "2026-02-01"], says: "debtor NOPE is not known")
        try unchanged(m, ["hold", "--invoice", "I-999", "--until", "2026-03-01", "--reason", "x", "--date", "2026-02-01"], says: "invoice I-999 is not known")
        try unchanged(m, ["release", "--debtor", "B1", "--date", "2026-02-01"], says: "no hold in force on debtor B1")
        try unchanged(m, ["agree", "--debtor", "NOPE", "--total", "100.00", "--instalments", "2", "--first", "2026-03-01", "--date", "2026-02-01"],
                      says: "debtor NOPE is not known")
        try unchanged(m, ["journal", "--debtor", "NOPE"], says: "debtor NOPE is not known")
        try unchanged(m, ["sent", "1", "--tracking", "RR123456784BE"], says: "check digit")
        try unchanged(m, ["hold", "--debtor", "B1", "--invoice", "I-101", "--until", "2026-03-01", "--reason", "x"], says: "exactly one")
    }

    @Test func aSentLetterCannotBeWithdrawn() throws {
        let (m, _) = try preparedMonth()
        try m.overdue(["sent", "1", "--date", "2026-02-01"])
        try unchanged(m, ["void", "1", "--reason", "too late"], says: "only a letter never sent can be withdrawn")
    }

    @Test func aDamagedJournalIsLeftAsItIs() throws {
        let m = try MonthEnd()
        let export = try m.export("open.csv", [MonthEnd.Row(debtor: "B1", invoice: "I-101", due: "2026-01-15", amount: "1000.00")])
        try Data("this is not a database, just text that happens to sit there".utf8).write(to: URL(fileURLWithPath: m.journal))
        try unchanged(m, ["run", export, "--out", m.out, "--as-of", "2026-01-31"], says: "damaged")
        try unchanged(m, ["plan", export, "--as-of", "2026-01-31"], says: "damaged")
        try unchanged(m, ["journal"], says: "damaged")
        #expect(!FileManager.default.fileExists(atPath: m.out + "/B1-reminder-2026-01-31.pdf"))
    }

    @Test func anUnknownDebtorForRunCreatesNoJournal() throws {
        let m = try MonthEnd()
        let export = try m.export("open.csv", [MonthEnd.Row(debtor: "B1", invoice: "I-101", due: "2026-01-15", amount: "1000.00")])
        let result = try m.overdue(["run", export, "--out", m.out, "--as-of", "2026-01-31", "--debtor", "B9"], expectFailure: true)
        #expect(result.stderr.contains("--debtor B9: no such debtor"))
        #expect(!FileManager.default.fileExists(atPath: m.journal))
        // Neither sent nor journal creates one.
        #expect(try m.overdue(["journal"], expectFailure: true).stderr.contains("no journal yet"))
        #expect(!FileManager.default.fileExists(atPath: m.journal))
    }

    @Test func theDunningSectionOfTheProfileIsChecked() throws {
        let m = try MonthEnd()
        let export = try m.export("open.csv", [MonthEnd.Row(debtor: "B1", invoice: "I-101", due: "2026-01-15", amount: "1000.00")])
        try MonthEnd.profileText.replacingOccurrences(of: "next_after_days: 14", with: "next_after_dayz: 14")
            .write(toFile: m.profile, atomically: true, encoding: .utf8)
        let typo = try m.overdue(["plan", export, "--as-of", "2026-01-31"], expectFailure: true)
        #expect(typo.stderr.contains("dunning.next_after_dayz") && typo.stderr.contains("unknown key"))
        try MonthEnd.profileText.replacingOccurrences(of: "notice: registered", with: "notice: pigeon")
            .write(toFile: m.profile, atomically: true, encoding: .utf8)
        let channel = try m.overdue(["plan", export, "--as-of", "2026-01-31"], expectFailure: true)
        #expect(channel.stderr.contains("dunning.channels.notice") && channel.stderr.contains("pigeon"))
    }
}
