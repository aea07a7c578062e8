import Foundation
import Testing

@Suite(.serialized) struct BadInputTests {
    /// Each broken claim: what the first line of stderr must contain.
    static let cases: [(name: String, edit: @Sendable (inout [String: Any]) -> Void, expected: String)] = [
        ("missing field", { o in var d = o["debtor"] as! [String: Any]; d["name"] = nil; o["debtor"] = d }, "debtor.name: missing"),
        ("mistyped field", { o in var d = o["debtor"] as! [String: Any]; d["address"] = "Markt 3"; o["debtor"] = d }, "debtor.address: expected a list"),
        ("not an amount", { o in var i = o["invoices"] as! [[String: Any]]; i[0]["amount"] = "12,50.3"; o["invoices"] = i },
         #"invoices[0].amount: "12,50.3" is not an amount"#),
        ("nothing due yet", { o in var i = o["invoices"] as! [[String: Any]]; i[0]["due"] = "2026-12-31"; i[0]["payments"] = []; o["invoices"] = i },
         "nothing is overdue on 2026-11-29"),
        ("unknown series", { o in var t = o["terms"] as! [String: Any]; t["interest"] = ["series": "be-nope"]; o["terms"] = t },
         #"unknown interest series "be-nope""#),
        ("bad date", { o in o["as_of"] = "29/11/2026" }, #"as_of: "29/11/2026" is not a date"#),
    ]

    @Test(arguments: 0..<cases.count)
    func aBadClaimFailsClearlyAndWritesNothing(index: Int) throws {
        let folder = try CLI.temporaryFolder()
        let claim = try CLI.claim(in: folder, edit: Self.cases[index].edit)
        let out = folder.appendingPathComponent("out.pdf").path
        for command in [["render", claim, "--letter", "notice", "-o", out], ["preview", claim, "--letter", "notice"], ["assess", claim, "--json"]] {
            let result = try CLI.run(command)
            #expect(result.status != 0, "\(Self.cases[index].name)")
            let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("error: "), "\(first)")
            #expect(first.contains(Self.cases[index].expected), "\(Self.cases[index].name): \(first)")
            #expect(result.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["claim.json"])
    }

    @Test func malformedJSONNamesLineAndColumn() throws {
        let folder = try CLI.temporaryFolder()
        let path = folder.appendingPathComponent("broken.json").path
        try "{\n  \"as_of\": \"2026-11-29\",\n  \"debtor\": { \"name\": \"X\" \n}".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["assess", path])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("error: \(path):4:"))
        #expect(result.stderr.contains("malformed JSON"))
        #expect(result.stderr.contains("\nhint: "))
    }

    @Test func anUnreadableFileIsNamed() throws {
        let result = try CLI.run(["assess", "/no/such/claim.json"])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("error: /no/such/claim.json: no such claim file"))
    }

    @Test func anUnwritableOutputLeavesTheOldFileAlone() throws {
        let missing = try CLI.run(["render", CLI.example, "--letter", "notice", "-o", "/no/such/folder/out.pdf"])
        #expect(missing.status != 0)
        #expect(missing.stderr.hasPrefix("error: /no/such/folder/out.pdf"))

        // A failed run never replaces or truncates an existing letter.
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("out.pdf").path
        try Data("previous letter".utf8).write(to: URL(fileURLWithPath: out))
        let claim = try CLI.claim(in: folder) { o in var i = o["invoices"] as! [[String: Any]]; i[0]["amount"] = "abc"; o["invoices"] = i }
        let failed = try CLI.run(["render", claim, "--letter", "notice", "-o", out])
        #expect(failed.status != 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous letter")

        // A name the font cannot print fails before anything is written.
        let cjk = try CLI.claim(in: folder, name: "cjk.json") { o in var d = o["debtor"] as! [String: Any]; d["name"] = "株式会社"; o["debtor"] = d }
        let unprintable = try CLI.run(["render", cjk, "--letter", "notice", "-o", out])
        #expect(unprintable.status != 0)
        #expect(unprintable.stderr.contains("cannot print"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous letter")
    }

    @Test func aBadAsOfOptionIsNamed() throws {
        let result = try CLI.run(["assess", CLI.example, "--as-of", "yesterday"])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("error: --as-of: \"yesterday\" is not a date"))
    }
}
