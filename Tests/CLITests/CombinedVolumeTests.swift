import Foundation
import Testing

/// `overdue batch --combined FILE.pdf --volume-size N`: print-ready volumes in manifest order.
@Suite(.serialized) struct CombinedVolumeTests {
    let profile = CLI.root.appendingPathComponent("Examples/overdue.yaml").path

    /// Claims D01...Dnn as JSON Lines; every third has enough invoices for a letter of several pages.
    func claims(_ count: Int, in folder: URL) throws -> String {
        let example = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: CLI.example))) as! [String: Any]
        var lines: [String] = []
        for n in 1...count {
            var claim = example
            var debtor = claim["debtor"] as! [String: Any]
            debtor["id"] = String(format: "D%02d", n)
            debtor["name"] = String(format: "Debtor Number %02d", n)
            claim["debtor"] = debtor
            var invoices = claim["invoices"] as! [[String: Any]]
            if n % 3 == 0 {
                let first = invoices[0]
                invoices = (1...(n % 2 == 0 ? 40 : 25)).map { i in
                    var invoice = first
                    invoice["number"] = "2026-\(1000 + i)"
                    invoice.removeValue(forKey: "payments")
                    return invoice
                }
            }
            claim["invoices"] = invoices
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: claim), as: UTF8.self))
        }
        let url = folder.appendingPathComponent("claims.jsonl")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func batch(_ input: String, out: URL, _ extra: [String]) throws -> CLI.Result {
        try CLI.run(["batch", input, "--profile", profile, "--letter", "reminder", "--as-of", "2026-11-29", "--out", out.path] + extra)
    }

    func manifest(_ out: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
        return try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["letters"] as? [[String: Any]])
    }

    @Test func volumesHoldEveryLetterOnceInManifestOrderEachOnAnOddPage() throws {
        let folder = try CLI.temporaryFolder()
        let input = try claims(8, in: folder)
        let out = folder.appendingPathComponent("letters")
        let combined = folder.appendingPathComponent("print.pdf")
        let result = try batch(input, out: out, ["--combined", combined.path, "--volume-size", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("combined: 3 volumes"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["claims.jsonl", "letters", "print-001.pdf", "print-002.pdf", "print-003.pdf"])

        let letters = try manifest(out)
        #expect(letters.count == 8)
        // Some letters have more than one page, and some an odd count, so the blank backs matter.
        let pageCounts = letters.map { $0["pages"] as? Int ?? 0 }
        #expect(pageCounts.contains { $0 > 1 } && pageCounts.contains { $0 % 2 == 1 }, "\(pageCounts)")
        // Manifest order: 3, 3 and 2 letters; within a volume each starts where the previous one's
        // pages (rounded up to even) end, so every start is odd.
        #expect(letters.map { $0["volume"] as? Int } == [1, 1, 1, 2, 2, 2, 3, 3])
        var expectedPages = [0, 0, 0]
        for letter in letters {
            let volume = try #require(letter["volume"] as? Int)
            let start = try #require(letter["volume_page"] as? Int)
            #expect(start == expectedPages[volume - 1] + 1)
            #expect(start % 2 == 1)
            let pages = try #require(letter["pages"] as? Int)
            expectedPages[volume - 1] += pages + pages % 2
        }
        for volume in 1...3 {
            let path = folder.appendingPathComponent(String(format: "print-%03d.pdf", volume)).path
            #expect(try Tool.run("qpdf", ["--check", path]).status == 0)
            #expect(try Tool.pageCount(path) == expectedPages[volume - 1])
        }
        // Each letter's first page in its volume is that debtor's letter, and it is there only.
        for letter in letters {
            let name = try #require(letter["debtor_name"] as? String)
            let volume = letter["volume"] as! Int, start = letter["volume_page"] as! Int
            let path = folder.appendingPathComponent(String(format: "print-%03d.pdf", volume)).path
            #expect(try Tool.text(path, page: start).contains(name), "\(name) on page \(start) of volume \(volume)")
            // The name shows in the volumes exactly as often as in the letter's own file: one copy.
            let own = try Tool.text(out.appendingPathComponent(try #require(letter["file"] as? String)).path).components(separatedBy: name).count - 1
            var found = 0
            for other in 1...3 {
                found += try Tool.text(folder.appendingPathComponent(String(format: "print-%03d.pdf", other)).path).components(separatedBy: name).count - 1
            }
            #expect(own > 0 && found == own, "\(name): \(found) times in the volumes, \(own) in its letter")
        }
        let csv = try String(contentsOf: out.appendingPathComponent("manifest.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("debtor_id,debtor_name,invoices,currency,principal,interest,fees,total,deadline,file,sha256,status,error,volume,volume_page\n"))
        #expect(csv.contains(",rendered,,2,"))
    }

    @Test func fewerLettersThanAVolumeMakeOneFileAndAReRunRewritesEveryVolume() throws {
        let folder = try CLI.temporaryFolder()
        let input = try claims(5, in: folder)
        let out = folder.appendingPathComponent("letters")
        let combined = folder.appendingPathComponent("all.pdf")
        // First in volumes of two, then the default: one all.pdf replaces the volumes.
        #expect(try batch(input, out: out, ["--combined", combined.path, "--volume-size", "2"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("all-003.pdf").path))
        let pagesInVolumes = try (1...3).map { try Tool.pageCount(folder.appendingPathComponent(String(format: "all-%03d.pdf", $0)).path) }
        let again = try batch(input, out: out, ["--combined", combined.path])
        #expect(again.status == 0, "\(again.stderr)")
        // Nothing changed, so no letter's own file was rendered, yet the combined file has them all.
        #expect(again.stderr.contains("0 rendered, 5 unchanged"), "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["all.pdf", "claims.jsonl", "letters"])
        #expect(try Tool.pageCount(combined.path) == pagesInVolumes.reduce(0, +))
        #expect(try manifest(out).allSatisfy { $0["volume"] as? Int == 1 })
        #expect(try Tool.run("qpdf", ["--check", combined.path]).status == 0)
        // Exactly a volume's worth is still one file; one more letter than that makes two.
        #expect(try batch(input, out: out, ["--combined", combined.path, "--volume-size", "5"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: combined.path))
        #expect(try batch(input, out: out, ["--combined", combined.path, "--volume-size", "4"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["all-001.pdf", "all-002.pdf", "claims.jsonl", "letters"])
    }

    @Test func aLibraryFailureNamesItsCodeAndTheVolumeNeverAGuessAboutFonts() throws {
        let folder = try CLI.temporaryFolder()
        let input = try claims(2, in: folder)
        // /proc exists and is a folder, but no file can be created in it, not even by root.
        let result = try batch(input, out: folder.appendingPathComponent("letters"), ["--combined", "/proc/all.pdf"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: /proc/all.pdf, volume 1: PDF library error HPDF_FILE_OPEN_ERROR (0x1017, detail 2): a file could not be opened (No such file or directory) while writing /proc/.all-001.pdf."), "\(result.stderr)")
        #expect(!result.stderr.contains("font"))
        #expect(try manifest(folder.appendingPathComponent("letters")).count == 2)
    }

    /// More letters than the assembler's queue holds (the workers then wait for the drawing thread).
    @Test func aLongerRunFillsItsVolumesInOrder() throws {
        let folder = try CLI.temporaryFolder()
        let input = try claims(90, in: folder)
        let out = folder.appendingPathComponent("letters")
        let result = try batch(input, out: out, ["--combined", folder.appendingPathComponent("run.pdf").path, "--volume-size", "40", "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let letters = try manifest(out)
        #expect(letters.map { $0["volume"] as? Int } == Array(repeating: 1, count: 40) + Array(repeating: 2, count: 40) + Array(repeating: 3, count: 10))
        for volume in 1...3 {
            let inVolume = letters.filter { $0["volume"] as? Int == volume }
            let pages = inVolume.reduce(0) { $0 + ($1["pages"] as! Int) + ($1["pages"] as! Int) % 2 }
            #expect(try Tool.pageCount(folder.appendingPathComponent(String(format: "run-%03d.pdf", volume)).path) == pages)
            let last = try #require(inVolume.last)
            let path = folder.appendingPathComponent(String(format: "run-%03d.pdf", volume)).path
            #expect(try Tool.text(path, page: last["volume_page"] as! Int).contains(last["debtor_name"] as! String))
        }
    }

    @Test func aNegativeVolumeSizeIsRefused() throws {
        let folder = try CLI.temporaryFolder()
        let result = try batch(try claims(1, in: folder), out: folder.appendingPathComponent("letters"),
                               ["--combined", folder.appendingPathComponent("all.pdf").path, "--volume-size=-1"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--volume-size must be 0 (one file) or a number of letters"))
    }
}

/// The PDF tools the tests check output with (poppler-utils, qpdf).
enum Tool {
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func pageCount(_ path: String) throws -> Int {
        let info = try run("pdfinfo", [path]).output
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try #require(Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)))
    }

    static func text(_ path: String, page: Int? = nil) throws -> String {
        try run("pdftotext", (page.map { ["-f", "\($0)", "-l", "\($0)"] } ?? []) + ["-layout", path, "-"]).output
    }
}
