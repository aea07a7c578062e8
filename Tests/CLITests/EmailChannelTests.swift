import Foundation
import Testing

/// A creditor with an e-mail address and enterprise number, whose reminders go by e-mail.
struct MailingCreditor {
    let m: MonthEnd
    typealias Row = MonthEnd.Row

    static let profileText = """
        language: en
        creditor:
          name: Studio Vermeulen BV
          address: [Kerkstraat 12, 9000 Gent]
          country: BE
          vat: BE0987654394
          enterprise_number: "0987.654.394"
          iban: BE71 0961 2345 6769
          bic: GKCCBEBB
          email: billing@vermeulen.example
          signatory: Ann Vermeulen
        terms:
          interest: { series: be-commercial }
          reminder_fee: "10.00"
        dunning:
          reminder_after_days: 7
          next_after_days: 14
          handover_after_days: 14
          minimum_amount: "25.00"
          channels: { reminder: email, second-reminder: email, notice: registered }

        """

    init() throws {
        m = try MonthEnd()
        try Self.profileText.write(toFile: m.profile, atomically: true, encoding: .utf8)
    }

    /// The export: B1 and B2 with an e-mail address and a VAT number, P1 without an address.
    func export() throws -> String {
        let text = """
            debtor_id,debtor_name,debtor_street,debtor_postcode,debtor_city,debtor_country,debtor_kind,debtor_email,debtor_vat,invoice_number,due_date,amount
            B1,Brasserie Zoë BV,Markt 3,2000,Antwerpen,BE,business,zoe@brasserie.example,BE0417497106,I-101,2026-01-15,1000.00
            B2,Garage Dupont SRL,Rue Haute 5,1000,Bruxelles,BE,business,compta@dupont.example,BE0403170701,I-202,2026-01-15,800.00
            P1,Paper Only BV,Kaai 1,8000,Brugge,BE,business,,BE0477472701,I-303,2026-01-15,500.00
            N1,Not Yet Due BV,Kaai 2,8000,Brugge,BE,business,n1@example.be,,I-404,2026-12-15,300.00

            """
        let path = m.folder.appendingPathComponent("open.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func path(_ name: String) -> String { m.folder.appendingPathComponent(name).path }
}

/// Parses a message with Python's standard `email` package (policy=email.policy.default).
enum StandardParser {
    static let script = #"""
    import email, email.policy, json, sys
    raw = open(sys.argv[1], 'rb').read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = [type(d).__name__ for p in msg.walk() for d in p.defects] + [type(d).__name__ for d in msg.defects]
    body = msg.get_body(('plain',))
    a = msg['From'].addresses[0]
    print(json.dumps({
        "from": [a.display_name, a.addr_spec], "to": [[x.display_name, x.addr_spec] for x in msg['To'].addresses],
        "subject": str(msg['Subject']), "date": msg['Date'].datetime.strftime('%Y-%m-%d'), "unsent": msg['X-Unsent'],
        "message_id": str(msg['Message-ID']), "body": body.get_content().replace('\r\n', '\n'),
        "attachments": [[p.get_filename(), p.get_content_type(), p.get_content().hex()] for p in msg.iter_attachments()],
        "defects": defects, "longest": max(len(l) for l in raw.split(b'\r\n')), "bare_lf": raw.replace(b'\r\n', b'').count(b'\n'),
    }))
    """#

    static func parse(_ path: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

@Suite struct EmailChannelTests {
    @Test func aReminderByEmailGetsAMessageBesideItsPDF() throws {
        let c = try MailingCreditor()
        let export = try c.export()
        try c.m.run(export, asOf: "2026-01-31")
        let eml = c.m.out + "/B1-reminder-2026-01-31.eml"
        let pdf = try Data(contentsOf: URL(fileURLWithPath: c.m.out + "/B1-reminder-2026-01-31.pdf"))
        let parsed = try StandardParser.parse(eml)
        #expect(parsed["defects"] as? [String] == [])
        #expect(parsed["from"] as? [String] == ["Studio Vermeulen BV", "billing@vermeulen.example"])
        #expect(parsed["to"] as? [[String]] == [["Brasserie Zoë BV", "zoe@brasserie.example"]])
        #expect(parsed["subject"] as? String == "Payment reminder: invoice I-101")
        #expect(parsed["date"] as? String == "2026-01-31")
        #expect(parsed["unsent"] as? String == "1")
        #expect((parsed["message_id"] as? String)?.hasSuffix("@vermeulen.example>") == true)
        let body = try #require(parsed["body"] as? String)
        #expect(body.hasPrefix("Please find our letter attached (PDF). Its text follows below.\n\nStudio Vermeulen BV\n"))
        #expect(body.contains("I-101") && body.contains("1,010.00"))
        let attachments = try #require(parsed["attachments"] as? [[String]])
        #expect(attachments.count == 1)
        #expect(attachments.first?[0] == "B1-reminder-2026-01-31.pdf")
        #expect(attachments.first?[1] == "application/pdf")
        #expect(attachments.first?[2] == pdf.map { String(format: "%02x", $0) }.joined())
        #expect((parsed["longest"] as? Int ?? 999) <= 998)
        #expect(parsed["bare_lf"] as? Int == 0)
        // A repeated run writes nothing new, and the message stays the same bytes.
        let before = try Data(contentsOf: URL(fileURLWithPath: eml))
        try c.m.run(export, asOf: "2026-01-31")
        #expect(try Data(contentsOf: URL(fileURLWithPath: eml)) == before)
    }

    /// A debtor without an e-mail address gets paper: no message, the letter recorded by post.
    @Test func withoutAnAddressTheLetterGoesByPost() throws {
        let c = try MailingCreditor()
        try c.m.run(try c.export(), asOf: "2026-01-31")
        #expect(!FileManager.default.fileExists(atPath: c.m.out + "/P1-reminder-2026-01-31.eml"))
        #expect(FileManager.default.fileExists(atPath: c.m.out + "/P1-reminder-2026-01-31.pdf"))
        let p1 = try #require(try c.m.letters(debtor: "P1").first)
        #expect(p1["channel"] as? String == "post")
        let b1 = try #require(try c.m.letters(debtor: "B1").first)
        #expect(b1["channel"] as? String == "email")
    }

    /// Without `--send-with` nothing leaves; with it, each new message is piped to the command and
    /// the journal records the result.
    /// Today's date as the command reads it (local time zone, YYYY-MM-DD).
    static var today: String {
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    @Test func sendWithPipesEachMessageAndRecordsTheResult() throws {
        let c = try MailingCreditor()
        let export = try c.export()
        let outbox = c.path("outbox")
        try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: true)
        try c.m.run(export, asOf: "2026-01-31", ["--send-with", "cat > \(outbox)/$$.eml"])
        let sent = try FileManager.default.contentsOfDirectory(atPath: outbox)
        #expect(sent.count == 2)  // B1 and B2; P1 goes by post
        let delivered = Set(try sent.map { try Data(contentsOf: URL(fileURLWithPath: outbox + "/" + $0)) })
        let written = Set(try ["B1", "B2"].map { try Data(contentsOf: URL(fileURLWithPath: c.m.out + "/\($0)-reminder-2026-01-31.eml")) })
        #expect(delivered == written)
        for debtor in ["B1", "B2"] {
            let letter = try #require(try c.m.letters(debtor: debtor).first)
            // Sent on the day the message left (the clock), not on the letter's date.
            #expect(letter["status"] as? String == "sent" && letter["sent"] as? String == Self.today)
            #expect((letter["mailing"] as? [String: Any])?["status"] as? String == "sent")
        }
        #expect(try c.m.letters(debtor: "P1").first?["status"] as? String == "recorded")
        // A repeated run sends nothing again.
        try c.m.run(export, asOf: "2026-01-31", ["--send-with", "cat > \(outbox)/$$.eml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: outbox).count == 2)
    }

    @Test func aFailedSendIsRecordedWithTheExitStatusAndWhatTheCommandSaid() throws {
        let c = try MailingCreditor()
        let export = try c.export()
        let result = try c.m.overdue(["run", export, "--out", c.m.out, "--as-of", "2026-01-31",
                                      "--send-with", "cat > /dev/null; echo 'relay refused' >&2; exit 3"], expectFailure: true)
        #expect(result.stderr.contains("2 e-mail message(s) could not be sent"))
        #expect(result.stderr.contains("relay refused"))
        // The letters are written and recorded, not sent; the journal says why.
        let letter = try #require(try c.m.letters(debtor: "B1").first)
        #expect(letter["status"] as? String == "recorded")
        let mailing = try #require(letter["mailing"] as? [String: Any])
        #expect(mailing["status"] as? String == "failed")
        #expect(mailing["exit_status"] as? Int == 3)
        #expect(mailing["detail"] as? String == "relay refused")
        let text = try c.m.overdue(["journal", "--debtor", "B1"])
        #expect(text.stdout.contains("[e-mail not sent on \(Self.today): exit status 3: relay refused]"), "\(text.stdout)")
        #expect(FileManager.default.fileExists(atPath: c.m.out + "/B1-reminder-2026-01-31.eml"))
    }
}
