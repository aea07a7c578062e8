import Foundation
import Testing

/// The decisions made in one place: the as-of date, the language, the file names, and the
/// figures a letter asks for, the same through `render`, `assess` and `batch`.
@Suite struct OneRuleTests {
    static func manifest(_ folder: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(object["letters"] as? [[String: Any]])
    }

    static func assessed(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(["assess", CLI.example, "--json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func theGivenDateWinsOverTheClaimsOwnInEveryCommand() throws {
        // The example claim says as_of 2026-11-29; --as-of 2026-12-10 must win in assess and batch alike.
        let given = try Self.assessed(["--as-of", "2026-12-10"])
        let own = try Self.assessed([])
        #expect(given["as_of"] as? String == "2026-12-10")
        #expect(own["as_of"] as? String == "2026-11-29")
        let out = try CLI.temporaryFolder()
        let batch = try CLI.run(["batch", CLI.example, "--letter", "notice", "--as-of", "2026-12-10", "--out", out.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        let entry = try #require(try Self.manifest(out).first)
        #expect(entry["deadline"] as? String == given["deadline"] as? String)
        #expect(entry["total"] as? String == given["total"] as? String)
        #expect(entry["total"] as? String != own["total"] as? String, "interest runs to the given date")
    }

    @Test func aReminderInTheManifestAsksWhatTheLetterAsks() throws {
        let out = try CLI.temporaryFolder()
        let batch = try CLI.run(["batch", CLI.example, "--letter", "reminder", "--lang", "en", "--out", out.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        let entry = try #require(try Self.manifest(out).first)
        let total = try #require(entry["total"] as? String)
        let preview = try CLI.run(["preview", CLI.example, "--letter", "reminder", "--lang", "en"])
        // 1010.00 in the manifest is written €1,010.00 in an English letter.
        let parts = total.split(separator: ".")
        var whole = String(parts[0]), grouped = ""
        while whole.count > 3 { grouped = "," + whole.suffix(3) + grouped; whole = String(whole.dropLast(3)) }
        let written = "€" + whole + grouped + "." + parts[1]
        #expect(preview.stdout.contains("pay \(written) by"), "the reminder's text asks \(written)")
        #expect(preview.stdout.contains("Amount: \(written)"), "the payment block (and its QR code) asks \(written)")
        #expect(entry["interest"] as? String == "0.00", "a reminder asks for no interest")
    }

    @Test func anUnknownLanguageIsRefusedTheSameWayEverywhere() throws {
        let render = try CLI.run(["preview", CLI.example, "--letter", "notice", "--lang", "es"])
        #expect(render.status == 1)
        #expect(render.stderr.contains("language \"es\" is not supported"), "\(render.stderr)")
        let out = try CLI.temporaryFolder()
        let batch = try CLI.run(["batch", CLI.example, "--letter", "notice", "--lang", "es", "--out", out.path])
        let entry = try #require(try Self.manifest(out).first)
        #expect(entry["status"] as? String == "failed")
        #expect((entry["error"] as? String)?.contains("language \"es\" is not supported") == true, "\(batch.stderr)")
    }

    @Test func theBinaryFindsItsTemplatesAndFontsWhenMovedAway() throws {
        // A copy of the binary in an empty folder, run from another: no Templates/ or Fonts/ beside it.
        let folder = try CLI.temporaryFolder()
        let moved = folder.appendingPathComponent("overdue")
        try FileManager.default.copyItem(atPath: CLI.binary, toPath: moved.path)
        let work = try CLI.temporaryFolder()
        let process = Process()
        process.executableURL = moved
        process.arguments = ["render", CLI.example, "--letter", "notice", "--lang", "nl", "-o", work.appendingPathComponent("n.pdf").path]
        process.currentDirectoryURL = work
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let pdf = try Data(contentsOf: work.appendingPathComponent("n.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(pdf.count < 40_000, "Overdue Sans is embedded, not a system font: \(pdf.count) bytes")
    }

    @Test func thePlanAsksWhatTheLettersOfTheRunAsk() throws {
        let folder = try CLI.temporaryFolder()
        let csv = CLI.root.appendingPathComponent("Examples/invoices.csv").path
        let profile = CLI.root.appendingPathComponent("Examples/overdue.yaml").path
        let journal = folder.appendingPathComponent("overdue.db").path
        let plan = try CLI.run(["plan", csv, "--profile", profile, "--journal", journal, "--as-of", "2026-11-30", "--json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let lines = plan.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let planned = Dictionary(uniqueKeysWithValues: lines.compactMap { l in (l["debtor"] as? String).map { ($0, l) } })
        let out = folder.appendingPathComponent("letters")
        let run = try CLI.run(["run", csv, "--profile", profile, "--journal", journal, "--as-of", "2026-11-30", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try Self.manifest(out)
        #expect(!written.isEmpty)
        for entry in written {
            let debtor = try #require(entry["debtor_id"] as? String)
            let line = try #require(planned[debtor], "\(debtor) is in the plan")
            for key in ["principal", "interest", "fees", "total", "deadline"] {
                #expect(entry[key] as? String == line[key] as? String, "\(debtor) \(key): letter \(entry[key] ?? "") vs plan \(line[key] ?? "")")
            }
        }
    }
}
