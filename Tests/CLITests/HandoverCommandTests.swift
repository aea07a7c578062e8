import Foundation
import Testing

/// `sent --proof`, `journal`'s marks and `handover`, over a whole ladder.
@Suite struct HandoverCommandTests {
    /// Runs the ladder to the notices; B2 was on hold in February (it disputed the invoice).
    static func ladder() throws -> (MailingCreditor, String) {
        let c = try MailingCreditor()
        let export = try c.export()
        try c.m.run(export, asOf: "2026-01-31")
        try c.m.overdue(["hold", "--debtor", "B2", "--until", "2026-02-20", "--reason", "disputes the invoice", "--date", "2026-02-10"])
        try c.m.run(export, asOf: "2026-02-28")
        try c.m.run(export, asOf: "2026-03-31")
        return (c, export)
    }

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 100)

    @Test func proofsAreKeptAndRegisteredLettersWithoutTrackingAreMarked() throws {
        let (c, _) = try Self.ladder()
        let notice = try #require(try c.m.letters(debtor: "B1").last)
        #expect(notice["letter"] as? String == "notice" && notice["channel"] as? String == "registered")
        #expect(notice["needs_tracking"] as? Bool == true)
        let id = "\(notice["id"]!)"
        #expect(try c.m.overdue(["journal"]).stdout.contains("[registered: no tracking number yet]"))

        // Not a PDF or image (by its bytes, whatever its name): refused, nothing recorded.
        try Data("receipt".utf8).write(to: URL(fileURLWithPath: c.path("receipt.pdf")))
        let wrong = try c.m.overdue(["sent", id, "--tracking", "RR123456785BE", "--proof", c.path("receipt.pdf"), "--date", "2026-04-01"], expectFailure: true)
        #expect(wrong.stderr.contains("receipt.pdf: not a PDF, PNG or JPEG file"))
        #expect(try c.m.letters(debtor: "B1").last?["status"] as? String == "recorded")
        // A folder is no proof either.
        try c.m.overdue(["sent", id, "--proof", c.m.folder.path, "--date", "2026-04-01"], expectFailure: true)

        try Data(Self.png).write(to: URL(fileURLWithPath: c.path("receipt.png")))
        try c.m.overdue(["sent", id, "--tracking", "RR123456785BE", "--proof", c.path("receipt.png"), "--date", "2026-04-01"])
        let sent = try #require(try c.m.letters(debtor: "B1").last)
        #expect(sent["status"] as? String == "sent" && sent["tracking"] as? String == "RR123456785BE")
        #expect(sent["needs_tracking"] as? Bool == false)
        #expect(!(try c.m.overdue(["journal", "--debtor", "B1"]).stdout.contains("no tracking number yet")))
    }

    /// The pack rebuilt from the journal alone (every letter file deleted) is byte-identical.
    @Test func aPackFromTheJournalAloneEqualsOneFromTheFiles() throws {
        let (c, export) = try Self.ladder()
        for debtor in ["B1", "B2"] {
            let id = "\(try #require(try c.m.letters(debtor: debtor).last)["id"]!)"
            try Data(Self.png).write(to: URL(fileURLWithPath: c.path("receipt.png")))
            try c.m.overdue(["sent", id, "--by", "registered", "--tracking", "RR123456785BE", "--proof", c.path("receipt.png"), "--date", "2026-04-01"])
        }
        let plan = try c.m.plan(export, asOf: "2026-05-29")
        #expect(plan["B1"]?["action"] as? String == "handover")
        #expect((plan["B1"]?["reason"] as? String)?.contains("overdue handover INPUT... --debtor B1 --out FILE.zip") == true)

        let fromFiles = c.path("from-files.zip"), fromJournal = c.path("from-journal.zip")
        let first = try c.m.overdue(["handover", export, "--debtor", "B1", "--out", fromFiles, "--as-of", "2026-05-29"])
        #expect(first.stderr.contains("IUB: eligible"))
        for file in try FileManager.default.contentsOfDirectory(atPath: c.m.out) where file.hasSuffix(".pdf") {
            try FileManager.default.removeItem(atPath: c.m.out + "/" + file)
        }
        try c.m.overdue(["handover", export, "--debtor", "B1", "--out", fromJournal, "--as-of", "2026-05-29"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: fromFiles)) == Data(contentsOf: URL(fileURLWithPath: fromJournal)))

        let listing = try Self.unzip(["-Z1", fromFiles]).split(separator: "\n").map(String.init)
        #expect(listing.filter { $0.hasPrefix("letters/") }.count == 3)
        #expect(listing.contains { $0.hasPrefix("proofs/") && $0.hasSuffix(".png") })
        #expect(Set(listing).isSuperset(of: ["summary.json", "summary.csv", "journal.csv"]))
        #expect(try Self.unzip(["-p", fromFiles, listing.first { $0.hasPrefix("proofs/") }!]) == String(decoding: Self.png, as: UTF8.self))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(try Self.unzip(["-p", fromFiles, "summary.json"]).utf8)) as? [String: Any])
        #expect((summary["iub"] as? [String: Any])?["eligible"] as? Bool == true)
        #expect(summary["principal"] as? String == "1000.00")
        #expect(((summary["letters"] as? [[String: Any]])?.last)?["tracking"] as? String == "RR123456785BE")

        // B2 disputed its invoice (a hold): contested, not eligible, and its journal.csv says why.
        let contested = c.path("b2.zip")
        let b2 = try c.m.overdue(["handover", export, "--debtor", "B2", "--out", contested, "--as-of", "2026-05-29"])
        #expect(b2.stderr.contains("IUB: not eligible"))
        let b2Summary = try #require(try JSONSerialization.jsonObject(with: Data(try Self.unzip(["-p", contested, "summary.json"]).utf8)) as? [String: Any])
        let iub = try #require(b2Summary["iub"] as? [String: Any])
        #expect(iub["eligible"] as? Bool == false)
        #expect((iub["reasons"] as? [String]) == ["art. 1394/20: contested: a hold on the debtor from 2026-02-10: disputes the invoice"])
        #expect(try Self.unzip(["-p", contested, "journal.csv"]).contains("hold"))
    }

    /// A debtor no longer in the month's export: the pack is made from the claim as last sent.
    @Test func aDebtorOnlyInTheJournalIsHandedOverFromTheClaimAsSent() throws {
        let (c, _) = try Self.ladder()
        let other = c.path("other.csv")
        try """
            debtor_id,debtor_name,debtor_street,debtor_postcode,debtor_city,debtor_country,debtor_kind,debtor_email,invoice_number,due_date,amount
            N1,Not Yet Due BV,Kaai 2,8000,Brugge,BE,business,n1@example.be,I-404,2026-12-15,300.00

            """.write(toFile: other, atomically: true, encoding: .utf8)
        let pack = c.path("b1.zip")
        try c.m.overdue(["handover", other, "--debtor", "B1", "--out", pack, "--as-of", "2026-05-29"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(try Self.unzip(["-p", pack, "summary.json"]).utf8)) as? [String: Any])
        #expect((summary["invoices"] as? [[String: Any]])?.map { $0["number"] as? String } == ["I-101"])
        #expect((summary["debtor"] as? [String: Any])?["name"] as? String == "Brasserie Zoë BV")
        // The notice is not marked as sent: not eligible, and the reason says so.
        let reasons = (summary["iub"] as? [String: Any])?["reasons"] as? [String] ?? []
        #expect(reasons.contains { $0.contains("not recorded as sent") })
    }

    @Test func badInputIsAClearErrorAndLeavesNoZip() throws {
        let (c, export) = try Self.ladder()
        let out = c.path("pack.zip")
        let unknown = try c.m.overdue(["handover", export, "--debtor", "X9", "--out", out], expectFailure: true)
        #expect(unknown.stderr.contains("debtor X9 is in neither the inputs nor the journal"))
        let none = try c.m.overdue(["handover", export, "--debtor", "N1", "--out", out], expectFailure: true)
        #expect(none.stderr.contains("no letter has been written to debtor N1 yet"))
        let missingFolder = try c.m.overdue(["handover", export, "--debtor", "B1", "--out", c.path("missing/pack.zip")], expectFailure: true)
        #expect(missingFolder.stderr.contains("does not exist"))
        try FileManager.default.createDirectory(atPath: c.path("folder.zip"), withIntermediateDirectories: true)
        let folder = try c.m.overdue(["handover", export, "--debtor", "B1", "--out", c.path("folder.zip")], expectFailure: true)
        #expect(folder.stderr.contains("not a regular file"))
        // A letter changed since it was recorded: refused, no pack.
        try Data("%PDF-1.4 changed".utf8).write(to: URL(fileURLWithPath: c.m.out + "/B1-reminder-2026-01-31.pdf"))
        let changed = try c.m.overdue(["handover", export, "--debtor", "B1", "--out", out], expectFailure: true)
        #expect(changed.stderr.contains("the letter was changed"))
        let left = try FileManager.default.contentsOfDirectory(atPath: c.m.folder.path).filter { $0.hasSuffix(".zip") || $0.hasSuffix(".tmp") }
        #expect(left == ["folder.zip"])
    }

    static func unzip(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[2])
            if sys.argv[1] == '-Z1': print('\\n'.join(z.namelist()))
            else: sys.stdout.buffer.write(z.read(sys.argv[3]))
            """] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}
