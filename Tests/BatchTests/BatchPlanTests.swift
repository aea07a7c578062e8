import Batch
import Foundation
import Testing

@Suite struct BatchPlanTests {
    @Test(arguments: ["../evil", "/etc/passwd", "..", ".hidden", "a/b", "a_b", "C-0042", "Ørsted", "", "x\ny"])
    func namesStayInsideTheFolder(key: String) {
        let stem = BatchPlan.stem(key: key, kind: "notice")
        #expect(!stem.contains("/") && !stem.contains("\\") && !stem.hasPrefix(".") && !stem.contains(".."))
        #expect(stem.hasSuffix("-notice"))
        #expect(stem.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
    }

    @Test func differentDebtorsNeverShareAName() {
        let keys = ["a/b", "a_b", "a:b", "a b", "C-1", "C_1", "c-1"]
        let stems = keys.map { BatchPlan.stem(key: $0, kind: "reminder") }
        #expect(Set(stems).count == keys.count)
        #expect(BatchPlan.stem(key: "C-0042", kind: "reminder") == "C-0042-reminder")
        // The same debtor twice in the inputs: the second letter gets its own name.
        #expect(BatchPlan.stems(keys: ["C-1", "C-1", "C-2"], kind: "notice") == ["C-1-notice", "C-1-2-notice", "C-2-notice"])
    }

    @Test func shardsSplitEveryKeyIntoExactlyOnePart() throws {
        let keys = (0..<500).map { "D\($0)" }
        let parts = try (1...3).map { k in try #require(BatchPlan.Shard("\(k)/3")) }
        for key in keys { #expect(parts.filter { $0.contains(key: key) }.count == 1) }
        let sizes = parts.map { part in keys.filter { part.contains(key: $0) }.count }
        #expect(sizes.allSatisfy { $0 > 100 })
        #expect(BatchPlan.Shard("0/3") == nil && BatchPlan.Shard("4/3") == nil && BatchPlan.Shard("x") == nil)
    }
}

@Suite struct ManifestWriterTests {
    func entry(_ id: String, status: String = "rendered", total: String = "10.00") -> Manifest.Entry {
        Manifest.Entry(debtor_id: id, debtor_name: "=HYPERLINK(\"x\")", origin: "o", invoices: ["1"], currency: "EUR", principal: total,
                       interest: "0.00", fees: "0.00", total: total, deadline: "2026-12-04", file: "\(id).pdf", sha256: "s",
                       status: status, error: nil, input_hash: "h", pages: 1)
    }

    @Test func entriesArriveInAnyOrderAndAreWrittenInInputOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let writer = try ManifestWriter(folder: folder.path)
        writer.add(entry("C", total: "5.00"), at: 2)
        writer.add(entry("A"), at: 0)
        writer.add(entry("B", status: "failed"), at: 1)
        let summary = try writer.finish()
        #expect(summary.letters == 3 && summary.failed == 1 && summary.rendered == 2)
        #expect(summary.totals.first?.total == "15.00")
        let csv = try String(contentsOf: folder.appendingPathComponent("manifest.csv"), encoding: .utf8)
        let ids = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(ids == ["A", "B", "C", "TOTAL"])
        // A value a spreadsheet would run as a formula is neutralised.
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("manifest.json"))) as? [String: Any]
        #expect((json?["letters"] as? [[String: Any]])?.count == 3)
        #expect(json?["failed"] as? Int == 1)
    }
}
