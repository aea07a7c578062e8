import OverdueKit
import Testing

/// `Overdue.batch`: many claims to many PDFs, in parallel, with the manifest, through the front door.
@Suite struct BatchAPITests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-kit-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The example claim for three debtors, the third with an IBAN that fails its check.
    static func claims() throws -> [Claim] {
        let base = try Claim(json: try FrontDoorTests.example())
        var claims: [Claim] = []
        for (id, name) in [("K-1", "Bakkerij Peeters"), ("K-2", "Garage Claes"), ("K-3", "Slagerij Wouters")] {
            var claim = base
            claim.debtor.id = id
            claim.debtor.name = name
            claims.append(claim)
        }
        claims[2].creditor.iban = "BE71096123456768"
        return claims
    }

    @Test func writesEveryLetterWithItsManifestAndReportsTheBadClaim() throws {
        let overdue = try Overdue()
        let out = try Self.folder()
        let date = try #require(CalendarDate(iso: "2026-11-29"))
        let claims = try Self.claims()
        let report = try overdue.batch(claims, into: out, options: BatchOptions(kind: .notice, asOf: date, language: .nl, jobs: 2))
        #expect(report.letters.count == 3)
        #expect(report.written == 2)
        #expect(report.failed == 1)
        let bad = report.letters[2]
        #expect(bad.status == .failed)
        #expect(bad.error?.contains("iban") == true, "\(bad.error ?? "")")
        for (letter, claim) in zip(report.letters.prefix(2), claims) {
            let pdf = try Data(contentsOf: letter.file)
            #expect(pdf.starts(with: Data("%PDF-".utf8)))
            #expect(letter.file.lastPathComponent == "\(claim.debtor.id!)-notice.pdf")
            // The manifest's figures are the single letter's, decided in one place.
            let single = try overdue.letter(.notice, for: claim, asOf: date, language: .nl)
            #expect(letter.total == single.ask.total)
            #expect(letter.deadline == single.ask.deadline)
            #expect(letter.total == Decimal(string: "1150.36"))
        }
        #expect(FileManager.default.fileExists(atPath: report.manifestJSON.path))
        let csv = try String(contentsOf: report.manifestCSV, encoding: .utf8)
        #expect(csv.contains("K-1,Bakkerij Peeters"))

        // Run again: the letters whose inputs did not change are kept.
        let again = try overdue.batch(claims, into: out, options: BatchOptions(kind: .notice, asOf: date, language: .nl, jobs: 2))
        #expect(again.unchanged == 2)
        #expect(again.written == 0)
    }

    @Test func theGivenDateWinsOverTheClaimsOwnAndTheClaimsOverToday() throws {
        let overdue = try Overdue()
        var claim = try Self.claims()[0]
        claim.asOf = CalendarDate(iso: "2026-11-29")
        let today = try #require(CalendarDate(iso: "2026-12-03"))
        let given = try #require(CalendarDate(iso: "2026-12-01"))
        let withGiven = try overdue.batch([claim], into: try Self.folder(), options: BatchOptions(kind: .reminder, asOf: given, today: today))
        let withClaims = try overdue.batch([claim], into: try Self.folder(), options: BatchOptions(kind: .reminder, today: today))
        #expect(withGiven.letters[0].deadline == (try overdue.letter(.reminder, for: claim, asOf: given)).ask.deadline)
        #expect(withClaims.letters[0].deadline == (try overdue.letter(.reminder, for: claim, asOf: claim.asOf!)).ask.deadline)
        #expect(withGiven.letters[0].deadline != withClaims.letters[0].deadline)
    }

    @Test func anUnwritableFolderIsAnOutputError() throws {
        let overdue = try Overdue()
        let file = try Self.folder().appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: file)
        #expect(throws: (any Error).self) {
            try overdue.batch(try Self.claims(), into: file, options: BatchOptions(kind: .notice))
        }
    }
}
