import Foundation
import Testing

@Suite(.serialized) struct InputCommandTests {
    let csv = CLI.root.appendingPathComponent("Examples/invoices.csv").path
    let profile = CLI.root.appendingPathComponent("Examples/overdue.yaml").path
    let ubl = CLI.root.appendingPathComponent("Tests/InvoiceReadersTests/Fixtures/ubl").path

    @Test func claimsFromACSVExport() throws {
        let result = try CLI.run(["claims", csv, "--profile", profile, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((first["debtor"] as? [String: Any])?["id"] as? String == "C-0042")
        #expect((first["invoices"] as? [[String: Any]])?.map { $0["amount"] as? String } == ["1210.00", "605.00"])
    }

    @Test func everyCommandTakesCSVAndUBLInputs() throws {
        let folder = try CLI.temporaryFolder()
        let render = try CLI.run(["render", csv, "--profile", profile, "--letter", "reminder", "--as-of", "2026-11-29", "-o", folder.path])
        #expect(render.status == 0, "\(render.stderr)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["C-0042-reminder.pdf", "C-0051-reminder.pdf", "C-0077-reminder.pdf"])
        let assess = try CLI.run(["assess", csv, "--profile", profile, "--as-of", "2026-11-29", "--json"])
        #expect(assess.stdout.split(separator: "\n").count == 3)
        let single = CLI.root.appendingPathComponent("Tests/InvoiceReadersTests/Fixtures/ubl/UBLBE_BE0000000196_V01-15000010.xml").path
        let preview = try CLI.run(["preview", single, "--letter", "notice", "--as-of", "2018-06-30", "--lang", "en"])
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.contains("My Customer Company"))
        #expect(preview.stdout.contains("€384.00") || preview.stdout.contains("€484.00"))
    }

    @Test func aFolderOfUBLReportsWhatItSkips() throws {
        let result = try CLI.run(["claims", ubl])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("02.03a-INVOICE_ubl.xml: invoice 1234567 has nothing to pay"))
        #expect(result.stdout.contains("My Customer Company"))
    }

    @Test func csvErrorsNameFileLineAndColumn() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("invoices.csv")
        try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "2.420,00", with: "2.420,0,0")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["claims", file.path, "--profile", profile])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("error: \(file.path):5: amount: \"2.420,0,0\" is not an amount"))
    }

    @Test func theProfileCanGenerateStructuredCommunications() throws {
        let folder = try CLI.temporaryFolder()
        let generating = folder.appendingPathComponent("overdue.yaml")
        try ("generate_reference: ogm\n" + String(contentsOfFile: profile, encoding: .utf8)).write(to: generating, atomically: true, encoding: .utf8)
        let result = try CLI.run(["claims", csv, "--profile", generating.path, "--json"])
        let claims = try result.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let references = claims.flatMap { ($0["invoices"] as! [[String: Any]]).map { $0["reference"] as? String } }
        #expect(references.count == 4)
        #expect(references[0] == "+++090/9337/55493+++")  // kept as given
        #expect(references.allSatisfy { $0?.hasPrefix("+++") == true })
    }
}
