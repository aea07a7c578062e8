import Foundation
import Testing

/// Half a year of month ends over monthly exports: reminders, a repeated run, a hold, a paid
/// debtor, a consumer, a compromise kept then broken, a notice with its tracking number.
@Suite(.serialized) struct MonthEndScenarioTests {
    typealias Row = MonthEnd.Row

    @Test func halfAYearOfMonthEnds() throws {
        let m = try MonthEnd()
        // January: everyone's first reminder.
        let january: [Row] = [
            Row(debtor: "B1", email: "ap@b1.be", invoice: "I-101", due: "2026-01-15", amount: "1000.00"),
            Row(debtor: "B2", email: "ap@b2.be", invoice: "I-201", due: "2026-01-20", amount: "800.00"),
            Row(debtor: "P1", email: "ap@p1.be", invoice: "I-301", due: "2026-01-10", amount: "500.00"),
            Row(debtor: "C1", kind: "consumer", invoice: "I-401", due: "2026-01-20", amount: "145.20"),
            Row(debtor: "K1", email: "ap@k1.be", invoice: "I-501", due: "2026-01-05", amount: "1200.00"),
            Row(debtor: "S1", email: "ap@s1.be", invoice: "I-601", due: "2026-01-10", amount: "20.00"),
            Row(debtor: "N1", email: "ap@n1.be", invoice: "I-701", due: "2026-02-20", amount: "300.00"),
        ]
        let jan = try m.export("2026-01.csv", january)
        var plan = try m.plan(jan, asOf: "2026-01-31")
        #expect(plan["B1"]?["action"] as? String == "reminder")
        #expect(plan["B1"]?["channel"] as? String == "email")
        #expect(plan["B1"]?["fees"] as? String == "10.00")
        #expect(plan["C1"]?["channel"] as? String == "post")  // no e-mail address: paper
        #expect(plan["C1"]?["fees"] as? String == "0.00")      // a Belgian consumer's reminder is free
        #expect(plan["S1"]?["action"] as? String == "none")    // below the minimum amount
        #expect(plan["N1"]?["action"] as? String == "none")    // nothing overdue yet
        for key in ["debtor", "name", "action", "invoices", "reason", "principal", "interest", "fees", "total", "channel"] {
            #expect(plan["B1"]?[key] != nil, "plan --json lacks \(key)")
        }
        #expect(!FileManager.default.fileExists(atPath: m.journal), "plan writes nothing")
        try m.run(jan, asOf: "2026-01-31")
        #expect(try m.letters().count == 5)
        // The same run again sends nothing new.
        let again = try m.run(jan, asOf: "2026-01-31")
        #expect(again.stderr.contains("run: 0 letters"), "\(again.stderr)")
        #expect(try m.letters().count == 5)
        #expect(try m.files().count == 5)

        // Between the month ends: B2 disputes and is held; K1 agrees a compromise.
        try m.overdue(["hold", "--debtor", "B2", "--until", "2026-04-15", "--reason", "disputes the delivery", "--date", "2026-02-10"])
        try m.overdue(["agree", "--debtor", "K1", "--total", "1200.00", "--instalments", "3", "--first", "2026-03-01",
                       "--waive", "interest,fees", "--disputed", "the invoice came late", "--channel", "phone", "--date", "2026-02-05"])

        // February: P1 paid in full; B1's second reminder carries the first reminder's fee.
        var february = january
        february[2].paid = "500.00"; february[2].paidOn = "2026-02-12"
        let feb = try m.export("2026-02.csv", february)
        plan = try m.plan(feb, asOf: "2026-02-28")
        #expect(plan["B1"]?["action"] as? String == "second-reminder")
        #expect(plan["B1"]?["fees"] as? String == "20.00")
        #expect(plan["B1"]?["channel"] as? String == "post")
        #expect(plan["B2"]?["action"] as? String == "hold")
        #expect((plan["B2"]?["reason"] as? String)?.contains("disputes the delivery") == true)
        #expect(plan["P1"]?["action"] as? String == "settled")
        // The consumer's reminder, posted on 31 January, gave the 14 days of art. XIX.2 CEL from the
        // third working day after posting: the next step waits.
        #expect(plan["C1"]?["action"] as? String == "wait")
        #expect(plan["K1"]?["action"] as? String == "compromise")
        #expect(plan["K1"]?["total"] as? String == "1200.00")
        try m.run(feb, asOf: "2026-02-28")

        // March: B1's notice (the EUR 40 absorbs the 20.00 of reminder fees: 40.00 in all, CJEU
        // C-287/17); K1 paid its first instalment.
        var march = february.filter { $0.debtor != "P1" }
        march[3].paid = "400.00"; march[3].paidOn = "2026-03-01"
        let mar = try m.export("2026-03.csv", march)
        plan = try m.plan(mar, asOf: "2026-03-31")
        #expect(plan["B1"]?["action"] as? String == "notice")
        #expect(plan["B1"]?["fees"] as? String == "40.00")
        #expect(plan["B1"]?["channel"] as? String == "registered")
        #expect(plan["K1"]?["action"] as? String == "wait")
        #expect(plan["B2"]?["action"] as? String == "hold")
        #expect(plan["C1"]?["action"] as? String == "second-reminder")
        #expect(plan["C1"]?["fees"] as? String == "0.00")
        try m.run(mar, asOf: "2026-03-31")
        let notice = try #require(try m.letters(debtor: "B1").last)
        #expect(notice["letter"] as? String == "notice")
        #expect(notice["fees"] as? String == "40.00")
        let id = "\(notice["id"]!)"
        // A wrong tracking number is refused, and nothing changes.
        let before = try Data(contentsOf: URL(fileURLWithPath: m.journal))
        let wrong = try m.overdue(["sent", id, "--by", "registered", "--tracking", "RR123456784BE", "--date", "2026-04-01"], expectFailure: true)
        #expect(wrong.stderr.contains("check digit"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: m.journal)) == before)
        try m.overdue(["sent", id, "--by", "registered", "--tracking", "RR123456785BE", "--date", "2026-04-01"])
        let sent = try #require(try m.letters(debtor: "B1").last)
        #expect(sent["status"] as? String == "sent" && sent["tracking"] as? String == "RR123456785BE")

        // April: K1 missed its second instalment (1 April, 5 days' grace): the formal notice.
        // B2's hold ended on 15 April: its second reminder. B1 waits for the notice's deadline.
        let apr = try m.export("2026-04.csv", march)
        plan = try m.plan(apr, asOf: "2026-04-20")
        #expect(plan["K1"]?["action"] as? String == "notice")
        #expect((plan["K1"]?["reason"] as? String)?.contains("broken") == true)
        #expect(plan["B2"]?["action"] as? String == "second-reminder")
        #expect(plan["B1"]?["action"] as? String == "wait")
        try m.run(apr, asOf: "2026-04-20")

        // May: B1's notice deadline passed 14 days ago: hand-over. June: a repeat of May changes nothing.
        let may = try m.export("2026-05.csv", march)
        plan = try m.plan(may, asOf: "2026-05-29")
        #expect(plan["B1"]?["action"] as? String == "handover")
        let count = try m.letters().count
        try m.run(may, asOf: "2026-05-29")
        try m.run(may, asOf: "2026-05-29")
        let letters = try m.letters()
        // Every letter once, and in the journal if and only if its file exists.
        #expect(Set(letters.map { $0["file"] as! String }) == (try m.files()))
        #expect(Set(letters.map { "\($0["debtor"]!) \($0["letter"]!) \($0["date"]!)" }).count == letters.count)
        #expect(letters.count >= count)
        for key in ["id", "date", "debtor", "letter", "invoices", "principal", "interest", "fees", "total", "channel", "file", "sha256", "status", "tracking"] {
            #expect(letters[0][key] != nil, "journal --json lacks \(key)")
        }
    }

    /// `preview --journal` takes the history from the journal: the second reminder states the
    /// fee carried from the first.
    @Test func previewTakesTheHistoryFromTheJournal() throws {
        let m = try MonthEnd()
        let export = try m.export("open.csv", [Row(debtor: "B1", email: "ap@b1.be", invoice: "I-101", due: "2026-01-15", amount: "1000.00")])
        try m.run(export, asOf: "2026-01-31")
        let withJournal = try m.overdue(["preview", export, "--letter", "second-reminder", "--as-of", "2026-02-28", "--journal", m.journal])
        let without = try m.overdue(["preview", export, "--letter", "second-reminder", "--as-of", "2026-02-28"])
        #expect(withJournal.stdout.contains("20.00") && withJournal.stdout.contains("1,020.00"))
        #expect(!without.stdout.contains("1,020.00"))
        let assess = try m.overdue(["assess", export, "--as-of", "2026-03-31", "--journal", m.journal, "--json"])
        #expect(assess.stdout.contains("\"fees\""))
    }
}
