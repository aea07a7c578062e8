import Foundation
import Testing

@Suite(.serialized) struct BatchCommandTests {
    let csv = CLI.root.appendingPathComponent("Examples/invoices.csv").path
    let profile = CLI.root.appendingPathComponent("Examples/overdue.yaml").path

    func batch(_ inputs: [String], _ extra: [String], out: URL) throws -> CLI.Result {
        try CLI.run(["batch"] + inputs + ["--profile", profile, "--letter", "reminder", "--as-of", "2026-11-29", "--out", out.path] + extra)
    }

    func manifest(_ out: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
        return try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["letters"] as? [[String: Any]])
    }

    @Test func writesOnePDFPerClaimAndAManifest() throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("letters")
        let combined = out.deletingLastPathComponent().appendingPathComponent("all.pdf")
        let result = try batch([csv], ["--combined", combined.path], out: out)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
                == ["C-0042-reminder.pdf", "C-0051-reminder.pdf", "C-0077-reminder.pdf", "manifest.csv", "manifest.json"])
        let letters = try manifest(out)
        #expect(letters.map { $0["debtor_id"] as? String } == ["C-0042", "C-0051", "C-0077"])
        #expect(letters[0]["total"] as? String == "1615.00")
        #expect(letters[0]["invoices"] as? [String] == ["2026-0142", "2026-0168"])
        let pdf = try Data(contentsOf: out.appendingPathComponent("C-0042-reminder.pdf"))
        #expect(letters[0]["sha256"] as? String == sha256(pdf))
        let csvText = try String(contentsOf: out.appendingPathComponent("manifest.csv"), encoding: .utf8)
        #expect(csvText.contains("TOTAL,3 letters,,EUR,4180.20"))
        // Each of the three one-page letters starts on an odd page of the combined file.
        let info = try pdfinfo(combined.path)
        #expect(info.contains("Pages:           6"))
        #expect(result.stderr.contains("3 letters") && result.stderr.contains("3 rendered"))
    }

    @Test func aRerunSkipsWhatHasNotChangedAndRendersWhatHas() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("letters")
        let input = folder.appendingPathComponent("invoices.csv")
        try FileManager.default.copyItem(atPath: csv, toPath: input.path)
        #expect(try batch([input.path], [], out: out).status == 0)
        let again = try batch([input.path], [], out: out)
        #expect(again.stderr.contains("0 rendered, 3 unchanged"))
        // One debtor's amount changes: only that letter is rendered again.
        try String(contentsOf: input, encoding: .utf8).replacingOccurrences(of: "2.420,00", with: "2.520,00")
            .write(to: input, atomically: true, encoding: .utf8)
        let changed = try batch([input.path], [], out: out)
        #expect(changed.stderr.contains("1 rendered, 2 unchanged"), "\(changed.stderr)")
        let forced = try batch([input.path], ["--force"], out: out)
        #expect(forced.stderr.contains("3 rendered, 0 unchanged"))
        // A temporary file left by an interrupted run is not a letter, and the run completes.
        try Data("partial".utf8).write(to: out.appendingPathComponent(".C-0051-reminder.pdf.999.1.tmp"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("C-0051-reminder.pdf"))
        let finished = try batch([input.path], [], out: out)
        #expect(finished.stderr.contains("1 rendered, 2 unchanged"))
    }

    @Test func aBadClaimIsReportedAndTheOthersAreWritten() throws {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("invoices.csv")
        try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "2.420,00", with: "2.420,0,0")
            .write(to: input, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("letters")
        let result = try batch([input.path], [], out: out)
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(input.path):5"))
        #expect(result.stderr.contains("amount"))
        let letters = try manifest(out)
        #expect(letters.map { $0["status"] as? String } == ["rendered", "failed", "rendered"])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("C-0042-reminder.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("C-0051-reminder.pdf").path))

        let strict = try batch([input.path], ["--strict", "--jobs", "1", "--force"], out: folder.appendingPathComponent("strict"))
        #expect(strict.status != 0)
        #expect(try manifest(folder.appendingPathComponent("strict")).count < 3)
    }

    @Test func shardsTogetherMakeTheWholeRun() throws {
        let folder = try CLI.temporaryFolder()
        var all: [String] = []
        for k in 1...2 {
            let out = folder.appendingPathComponent("part\(k)")
            #expect(try batch([csv], ["--shard", "\(k)/2"], out: out).status == 0)
            all += try manifest(out).compactMap { $0["file"] as? String }
        }
        #expect(all.sorted() == ["C-0042-reminder.pdf", "C-0051-reminder.pdf", "C-0077-reminder.pdf"])
    }

    @Test func debtorIdsCannotEscapeTheFolder() throws {
        let folder = try CLI.temporaryFolder()
        let input = folder.appendingPathComponent("evil.jsonl")
        let base = try String(contentsOfFile: CLI.example, encoding: .utf8).replacingOccurrences(of: "\n", with: " ")
        try [base.replacingOccurrences(of: "\"C-0042\"", with: "\"../../escape\""),
             base.replacingOccurrences(of: "\"C-0042\"", with: "\"/tmp/abs\""),
             base.replacingOccurrences(of: "\"C-0042\"", with: "\".._.._escape\"")].joined(separator: "\n")
            .write(to: input, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("letters")
        let result = try batch([input.path], [], out: out)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".pdf") }
        #expect(files.count == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["evil.jsonl", "letters"])
    }

    func pdfinfo(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdfinfo", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func sha256(_ data: Data) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sha-\(UUID().uuidString)")
        try? data.write(to: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", path.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try? process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(String(decoding: out, as: UTF8.self).prefix(64))
    }
}
