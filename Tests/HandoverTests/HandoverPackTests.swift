import Foundation
import Handover
import InvoiceModel
import Journal
import Testing
import ZIPFoundation

@Suite struct HandoverPackTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("handover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let pdfs: [Int64: [UInt8]] = [1: Array("%PDF-1.4 one".utf8), 2: Array("%PDF-1.4 two".utf8), 3: Array("%PDF-1.4 three".utf8)]

    static func caseWithHashes() throws -> HandoverCase {
        let letters = Fixture.ladder.map { l -> LetterRecord in
            var l = l; l.sha256 = LetterCopies.sha256(pdfs[l.id]!); return l
        }
        let proof = try ProofFile(name: "receipt.png", data: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
        return Fixture.handoverCase(letters: letters, proofs: [ProofRecord(id: 1, letter: 3, addedOn: "2026-04-01", file: proof, sha256: "x")])
    }

    @Test func thePackHoldsTheLettersProofsSummaryAndJournal() throws {
        let c = try Self.caseWithHashes()
        let entries = try HandoverPack.entries(c, letters: Self.pdfs)
        #expect(entries.map(\.name) == ["letters/0001-reminder-2026-01-31.pdf", "letters/0002-second-reminder-2026-02-28.pdf",
                                        "letters/0003-notice-2026-03-31.pdf", "proofs/0003-proof-1.png", "summary.json", "summary.csv", "journal.csv"])
        let folder = try Self.folder()
        let zip = folder.appendingPathComponent("pack.zip").path
        try HandoverPack.write(entries, to: zip, date: Fixture.day("2026-05-29"), inputs: [])
        let archive = try Archive(url: URL(fileURLWithPath: zip), accessMode: .read)
        var read: [String: [UInt8]] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            read[entry.path] = [UInt8](data)
            #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: TimeInterval(Fixture.day("2026-05-29").dayNumber) * 86_400 + 43_200))
        }
        #expect(read["letters/0003-notice-2026-03-31.pdf"] == Self.pdfs[3])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(read["summary.json"]!)) as? [String: Any])
        for key in ["principal", "interest", "fees", "total", "invoices", "interest_periods", "letters", "creditor", "debtor", "iub"] {
            #expect(summary[key] != nil, "summary.json lacks \(key)")
        }
        let iub = try #require(summary["iub"] as? [String: Any])
        #expect(iub["eligible"] as? Bool == true)
        #expect((iub["reasons"] as? [String])?.count == 5)
        let letters = try #require(summary["letters"] as? [[String: Any]])
        #expect(letters.map { $0["tracking"] as? String } == [nil, nil, "RR123456785BE"])
        #expect(letters.map { $0["kind"] as? String } == ["reminder", "second-reminder", "notice"])
        let csv = String(decoding: read["summary.csv"]!, as: UTF8.self)
        #expect(csv.hasPrefix("record,reference,name,date,due,kind,channel,status,tracking,amount,paid,open,detail\r\n"))
        #expect(csv.contains("\r\ntotal,principal,,2026-05-29,,,,,,1000.00,,,EUR\r\n"))
        #expect(csv.contains("RR123456785BE"))
        let journal = String(decoding: read["journal.csv"]!, as: UTF8.self)
        #expect(journal.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 1 + 3 + 1)
    }

    /// Names in the pack come from the journal's ids, never from data: a tampered kind cannot climb out.
    @Test func entryNamesAreNeverPathsFromData() {
        let letter = Fixture.letter(12, "../../etc/passwd", "2026-03-31")
        #expect(HandoverCase.entryName(letter) == "letters/0012-etcpasswd-2026-03-31.pdf")
    }

    @Test func thePackIsDeterministic() throws {
        let folder = try Self.folder()
        let c = try Self.caseWithHashes()
        let a = folder.appendingPathComponent("a.zip").path, b = folder.appendingPathComponent("b.zip").path
        try HandoverPack.write(try HandoverPack.entries(c, letters: Self.pdfs), to: a, date: c.asOf, inputs: [])
        try HandoverPack.write(try HandoverPack.entries(c, letters: Self.pdfs), to: b, date: c.asOf, inputs: [])
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test func aChangedLetterIsAnErrorAndAMissingOneIsRebuiltAndChecked() throws {
        let c = try Self.caseWithHashes()
        let files: [String: [UInt8]] = ["/nowhere/1.pdf": Self.pdfs[1]!, "/nowhere/2.pdf": Array("%PDF-1.4 tampered".utf8), "/nowhere/3.pdf": Self.pdfs[3]!]
        let changed = { (path: String) -> [UInt8]? in files[path] }
        #expect(throws: HandoverError.self) { try LetterCopies.collect(c.handedOver, read: changed) { _ in [] } }
        // Gone: rebuilt; the rendering that matches the recorded SHA-256 is kept.
        let rebuilt = try LetterCopies.collect(c.handedOver, read: { _ in nil }) { letter in [Array("%PDF wrong".utf8), Self.pdfs[letter.id]!] }
        #expect(rebuilt == Self.pdfs)
        // Gone, and no rendering matches: an error naming the letter.
        #expect(throws: HandoverError.cannotRebuild(id: 1, reason: "rendered again, it no longer matches the SHA-256 the journal recorded (\(c.letters[0].sha256))")) {
            try LetterCopies.collect(c.handedOver, read: { _ in nil }) { _ in [Array("%PDF wrong".utf8)] }
        }
    }

    @Test func noPartialZipIsLeftWhenWritingFails() throws {
        let folder = try Self.folder()
        let entries = try HandoverPack.entries(try Self.caseWithHashes(), letters: Self.pdfs)
        // The output is a folder: refused, nothing written.
        let sub = folder.appendingPathComponent("pack.zip")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        #expect(throws: HandoverError.self) { try HandoverPack.write(entries, to: sub.path, date: Fixture.day("2026-05-29"), inputs: []) }
        // An input is never written over.
        let input = folder.appendingPathComponent("open.zip")
        try Data("input".utf8).write(to: input)
        #expect(throws: HandoverError.self) { try HandoverPack.write(entries, to: input.path, date: Fixture.day("2026-05-29"), inputs: [input.path]) }
        #expect(try Data(contentsOf: input) == Data("input".utf8))
        // A missing folder.
        #expect(throws: HandoverError.self) {
            try HandoverPack.write(entries, to: folder.appendingPathComponent("missing/pack.zip").path, date: Fixture.day("2026-05-29"), inputs: [])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["open.zip", "pack.zip"])
    }
}
