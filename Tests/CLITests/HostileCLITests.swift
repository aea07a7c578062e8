import Foundation
import Testing

/// The CLI against hostile inputs and faults (issue 10): nothing written over an input or a
/// special file, nothing half-done, no control character reaching the terminal.
@Suite(.serialized) struct HostileCLITests {
    static func jsonl(_ names: [String], in folder: URL, edit: (Int, inout [String: Any]) -> Void = { _, _ in }) throws -> String {
        var lines: [String] = []
        for (index, name) in names.enumerated() {
            var object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLI.example))) as! [String: Any]
            var debtor = object["debtor"] as! [String: Any]
            debtor["id"] = name; debtor["name"] = "Debtor \(name)"
            object["debtor"] = debtor
            edit(index, &object)
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        let path = folder.appendingPathComponent("claims.jsonl").path
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theOutputNeverReplacesAnInput() throws {
        let folder = try CLI.temporaryFolder()
        let claim = try CLI.claim(in: folder) { _ in }
        let before = try Data(contentsOf: URL(fileURLWithPath: claim))
        let result = try CLI.run(["render", claim, "--letter", "notice", "-o", claim])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(claim): is an input of this command"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: claim)) == before)
    }

    @Test func aDeviceIsWrittenIntoNotReplaced() throws {
        let result = try CLI.run(["render", CLI.example, "--letter", "notice", "-o", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let folder = try CLI.temporaryFolder()
        let claim = try CLI.claim(in: folder) { o in var d = o["debtor"] as! [String: Any]; d["name"] = "Evil\u{1B}]0;owned\u{07} BV\u{9B}2J"; o["debtor"] = d }
        for command in [["preview", claim, "--letter", "notice"], ["claims", claim]] {
            let result = try CLI.run(command)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
            #expect(result.stdout.contains("Evil\\u{1B}]0;owned\\u{7} BV\\u{9B}2J"))
        }
        // In error messages too.
        let bad = try CLI.claim(in: folder, name: "bad.json") { o in var i = o["invoices"] as! [[String: Any]]; i[0]["amount"] = "\u{1B}[2J"; o["invoices"] = i }
        let failed = try CLI.run(["assess", bad])
        #expect(failed.status == 1)
        #expect(!failed.stderr.unicodeScalars.contains { $0.value == 0x1B })
        #expect(failed.stderr.contains("\\u{1B}[2J"))
    }

    @Test func aBadInvoiceInAFolderFailsItsOwnEntryAndTheOthersGoOn() throws {
        let folder = try CLI.temporaryFolder()
        let invoices = folder.appendingPathComponent("invoices")
        try FileManager.default.createDirectory(at: invoices, withIntermediateDirectories: true)
        var bytes = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Invoice><".utf8)
        bytes.append(0xE4); bytes.append(contentsOf: Array("/></Invoice>".utf8))
        try bytes.write(to: invoices.appendingPathComponent("bad.xml"))
        let good = CLI.root.appendingPathComponent("Tests/InvoiceReadersTests/Fixtures/ubl/ubl-tc434-example9.xml")
        try FileManager.default.copyItem(at: good, to: invoices.appendingPathComponent("good.xml"))
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["batch", invoices.path, "--letter", "notice", "--out", out.path, "--as-of", "2026-06-15"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.xml:2:11: byte 0xE4 is not valid UTF-8"), "\(result.stderr)")
        #expect(result.stderr.contains("1 rendered, 0 unchanged, 1 failed"), "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(files.filter { $0.hasSuffix(".pdf") }.count == 1)
        #expect(files.contains("manifest.csv") && !files.contains { $0.hasSuffix(".tmp") })
    }

    @Test func aSecondBatchIntoABusyFolderStopsAtOnce() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let fd = open(out.path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let result = try CLI.run(["batch", CLI.example, "--letter", "notice", "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(out.path): another batch is writing into this folder\nhint: "), "\(result.stderr)")
    }

    @Test func aReRunMovesLettersThatNoLongerMatchTheInputsAside() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("out").path
        let first = try Self.jsonl(["A", "B", "C"], in: folder)
        #expect(try CLI.run(["batch", first, "--letter", "notice", "--out", out]).status == 0)
        // B now fails (an interest series nobody knows) and C is gone from the input.
        let second = try Self.jsonl(["A", "B"], in: folder) { index, o in
            if index == 1 { var t = o["terms"] as! [String: Any]; t["interest"] = ["series": "be-nope"]; o["terms"] = t }
        }
        let rerun = try CLI.run(["batch", second, "--letter", "notice", "--out", out])
        #expect(rerun.status == 1)
        #expect(rerun.stderr.contains("1 letter of debtors no longer in the inputs moved to"), "\(rerun.stderr)")
        #expect(rerun.stderr.contains("(the letter an earlier run wrote is moved to stale/)"), "\(rerun.stderr)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out)) == ["A-notice.pdf", "manifest.csv", "manifest.json", "stale"])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out + "/stale")) == ["B-notice.pdf", "C-notice.pdf"])
    }

    @Test func aFullDiskIsAnErrorNotATrap() throws {
        let folder = try CLI.temporaryFolder()
        let input = try Self.jsonl((1...80).map { "D\($0)" }, in: folder)
        let out = folder.appendingPathComponent("out").path
        // Files may grow to 8 KB only: every letter and then the manifest fail as on a full disk.
        let script = "trap '' XFSZ; ulimit -f 8; exec \"$0\" batch \"$1\" --letter notice --out \"$2\" --jobs 2"
        let result = try CLI.runShell(script, arguments: [CLI.binary, input, out])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("File too large"), "\(result.stderr)")
        #expect(result.stderr.contains("error: \(out)/manifest.json: cannot write there (File too large)"), "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!left.contains { $0.hasSuffix(".tmp") }, "\(left)")
        #expect(!left.contains("manifest.json"))
    }

    @Test func aFailedRowIsReportedOnceWithItsLocation() throws {
        let folder = try CLI.temporaryFolder()
        let csv = folder.appendingPathComponent("x.csv").path
        try "debtor_id,debtor_name,debtor_street,debtor_postcode,debtor_city,debtor_country,invoice_number,due_date,amount\n,A,S,1000,B,BE,1,2026-01-01,10.00\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let profile = folder.appendingPathComponent("p.yaml").path
        try "creditor:\n  name: Studio\n  address: [Kerkstraat 12, 9000 Gent]\n  country: BE\n".write(toFile: profile, atomically: true, encoding: .utf8)
        let result = try CLI.run(["batch", csv, "--profile", profile, "--letter", "notice", "--out", folder.appendingPathComponent("out").path])
        #expect(result.stderr.contains("error: \(csv):2: debtor_id: missing\n"), "\(result.stderr)")
    }
}

extension CLI {
    /// Runs `script` with bash (`$0`, `$1`... are `arguments`).
    static func runShell(_ script: String, arguments: [String]) throws -> Result {
        try run(["-c", script] + arguments, executable: "/bin/bash")
    }

    static func run(_ arguments: [String], executable: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

@Suite struct PrintableTextTests {
    @Test func decomposedAccentsPrintAndUnprintableOnesNameTheirField() throws {
        let folder = try CLI.temporaryFolder()
        let nfd = try CLI.claim(in: folder, name: "nfd.json") { o in var d = o["debtor"] as! [String: Any]; d["name"] = "Cafe\u{301} Jose\u{301}"; o["debtor"] = d }
        let written = try CLI.run(["render", nfd, "--letter", "notice", "-o", folder.appendingPathComponent("nfd.pdf").path])
        #expect(written.status == 0, "\(written.stderr)")

        let cjk = try CLI.claim(in: folder, name: "cjk.json") { o in var d = o["debtor"] as! [String: Any]; d["address"] = ["東京都 1", "1000 Brussel"]; o["debtor"] = d }
        let failed = try CLI.run(["render", cjk, "--letter", "notice", "-o", folder.appendingPathComponent("cjk.pdf").path])
        #expect(failed.status == 1)
        #expect(failed.stderr.hasPrefix("error: \(cjk): debtor.address[0]: the letter's font cannot print"), "\(failed.stderr)")
    }
}

@Suite struct OverlongWordTests {
    /// The PDF's text, as pdftotext reads it.
    static func text(_ pdf: String) throws -> String { try CLI.run(["-layout", pdf, "-"], executable: "/usr/bin/pdftotext").stdout }

    @Test func aLongWordPrintsWholeAcrossLinesAndALongerOneIsRefused() throws {
        let folder = try CLI.temporaryFolder()
        let base = folder.appendingPathComponent("base.pdf").path
        #expect(try CLI.run(["render", CLI.example, "--letter", "notice", "-o", base]).status == 0)
        let word = String(repeating: "Q", count: 999)
        let long = try CLI.claim(in: folder, name: "long.json") { o in var i = o["invoices"] as! [[String: Any]]; i[0]["reference"] = word; o["invoices"] = i }
        let pdf = folder.appendingPathComponent("long.pdf").path
        let result = try CLI.run(["render", long, "--letter", "notice", "-o", pdf])
        #expect(result.status == 0, "\(result.stderr)")
        let extra = try Self.text(pdf).filter { $0 == "Q" }.count - (try Self.text(base).filter { $0 == "Q" }.count)
        #expect(extra > 0 && extra % 999 == 0, "\(extra) letters Q printed")

        let longer = try CLI.claim(in: folder, name: "longer.json") { o in var i = o["invoices"] as! [[String: Any]]; i[0]["reference"] = word + "QQ"; o["invoices"] = i }
        let refused = try CLI.run(["render", longer, "--letter", "notice", "-o", pdf])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("invoices[0].reference: 1001 characters; a text is read up to 1000"), "\(refused.stderr)")
    }
}
