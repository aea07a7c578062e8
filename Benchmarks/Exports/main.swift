// Export reading speed (issue 16): `bash Benchmarks/exports.sh [rows]` (see Benchmarks/README.md).
// Reads the same generated open-items list three ways, each with `InvoiceCSVReader.stream` (the
// two passes `overdue batch` makes), and writes the figures into Benchmarks/results.md.
import CSV
import Foundation
import InvoiceModel
import InvoiceReaders
import ZIPFoundation

let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let rows = CommandLine.arguments.dropFirst().compactMap { Int($0) }.first ?? 100_000
let root = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
let work = root.appendingPathComponent("overdue-bench-exports-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }
func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

let debtors = max(1, (rows + 2) / 3)
func name(_ d: Int) -> String { ["Bakkerij Peeters", "Atelier Dubois", "Müller & Söhne", "Café Zoë"][d % 4] + " \(d)" }
func amount(_ n: Int) -> (Int, Int) { (100 + (n * 37) % 4900, n % 100) }

/// Overdue's own columns, as the CSV path read them before this issue.
func overdueCSV() -> String {
    var text = "debtor_id;debtor_name;debtor_street;debtor_postcode;debtor_city;debtor_country;invoice_number;issue_date;due_date;amount;paid\n"
    for n in 0..<rows {
        let d = n / 3, (units, cents) = amount(n)
        text += "D\(d);\(name(d));Markt \(d % 200 + 1);2000;Antwerpen;BE;INV-\(n);01/07/2026;31/07/2026;\(units),\(String(format: "%02d", cents));\(n % 5 == 0 ? "50,00" : "")\n"
    }
    return text
}

/// Yuki's "Te herinneren facturen": no code, no address (the customer list brings it).
func yukiCSV() -> (export: String, customers: String) {
    var text = "Factuurnr.;Relatie;Onderwerp;Factuurdatum;Vervaldatum;Btw-bedrag;Bedrag;Uitstaand;Dagen achterstallig\n"
    for n in 0..<rows {
        let d = n / 3, (units, cents) = amount(n)
        let open = n % 5 == 0 ? "€ \(units - 50),\(String(format: "%02d", cents))" : "€ \(units),\(String(format: "%02d", cents))"
        text += "INV-\(n);\(name(d));Levering;01-07-2026;31-07-2026;21,00;€ \(units),\(String(format: "%02d", cents));\(open);30\n"
    }
    var customers = "Klantnummer;Naam;Adres;Postcode;Gemeente;Land\n"
    for d in 0..<debtors { customers += "K\(d);\(name(d));Markt \(d % 200 + 1);2000;Antwerpen;België\n" }
    return (text, customers)
}

/// The Overdue columns as a workbook the way Excel writes one: shared strings, numbers, dates as
/// serial numbers with a date format.
func writeXLSX(_ url: URL) throws {
    var strings: [String] = [], index: [String: Int] = [:]
    func s(_ text: String) -> Int {
        if let i = index[text] { return i }
        strings.append(text); index[text] = strings.count - 1; return strings.count - 1
    }
    func esc(_ t: String) -> String { t.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
    let header = ["debtor_id", "debtor_name", "debtor_street", "debtor_postcode", "debtor_city", "debtor_country", "invoice_number", "issue_date", "due_date", "amount", "paid"]
    var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
    sheet += "<row r=\"1\">" + header.enumerated().map { "<c r=\"\(Character(UnicodeScalar(65 + $0.offset)!))1\" t=\"s\"><v>\(s($0.element))</v></c>" }.joined() + "</row>"
    for n in 0..<rows {
        let d = n / 3, (units, cents) = amount(n), r = n + 2
        let text = ["D\(d)", name(d), "Markt \(d % 200 + 1)", "2000", "Antwerpen", "BE", "INV-\(n)"]
        sheet += "<row r=\"\(r)\">" + text.enumerated().map { "<c r=\"\(Character(UnicodeScalar(65 + $0.offset)!))\(r)\" t=\"s\"><v>\(s($0.element))</v></c>" }.joined()
        sheet += "<c r=\"H\(r)\" s=\"1\"><v>46204</v></c><c r=\"I\(r)\" s=\"1\"><v>46234</v></c><c r=\"J\(r)\"><v>\(units).\(String(format: "%02d", cents))</v></c>"
        sheet += n % 5 == 0 ? "<c r=\"K\(r)\"><v>50</v></c></row>" : "</row>"
    }
    sheet += "</sheetData></worksheet>"
    let shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + strings.map { "<si><t>\(esc($0))</t></si>" }.joined() + "</sst>"
    let parts: [(String, String)] = [
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Open\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"),
        ("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"),
        ("xl/sharedStrings.xml", shared),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    let archive = try Archive(url: url, accessMode: .create)
    for (path, text) in parts {
        let data = Data(text.utf8)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}

let profile = try Profile.read(try String(contentsOf: repo.appendingPathComponent("Examples/overdue.yaml"), encoding: .utf8), file: "overdue.yaml")
let csvFile = work.appendingPathComponent("overdue.csv"), yukiFile = work.appendingPathComponent("yuki.csv")
let customersFile = work.appendingPathComponent("customers.csv"), xlsxFile = work.appendingPathComponent("overdue.xlsx")
try overdueCSV().write(to: csvFile, atomically: true, encoding: .utf8)
let yuki = yukiCSV()
try yuki.export.write(to: yukiFile, atomically: true, encoding: .utf8)
try yuki.customers.write(to: customersFile, atomically: true, encoding: .utf8)
try writeXLSX(xlsxFile)

func size(_ url: URL) -> Double { Double((try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0) / 1_048_576 }

/// Forgets the peak resident memory so far (Linux: `5` to /proc/self/clear_refs).
func resetPeak() { try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8) }

/// Peak resident memory of this process since the last reset (VmHWM), in MiB.
func peakMiB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "0").map { $0 / 1024 } ?? 0
}

/// Median seconds of `runs` runs of `body`, which returns the number of claims it read.
func measure(_ label: String, runs: Int = 3, _ body: () throws -> Int) throws -> (seconds: Double, claims: Int, peak: Double) {
    resetPeak()
    var times: [Double] = []
    var claims = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        claims = try body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let median = times.sorted()[runs / 2]
    log(String(format: "%@: %.2f s, %d claims, peak %.1f MiB", label, median, claims, peakMiB()))
    return (median, claims, peakMiB())
}

func stream(_ path: String, _ input: ExportInput, _ settings: ExportSettings = ExportSettings()) throws -> Int {
    var claims = 0
    try InvoiceCSVReader(file: path, profile: profile, export: settings).stream(input, count: { _ in }) { result in
        if case .claim = result { claims += 1 } else if case .failure(let error, _, _) = result { throw error }
        return true
    }
    return claims
}

let floor = try measure("CSV.swift rows alone") {
    let reader = try CSVReader(stream: UTF8CheckedStream(InputStream(fileAtPath: csvFile.path)!), hasHeaderRow: true, delimiter: ";")
    var n = 0
    while reader.next() != nil { n += 1 }
    return n / 3
}
/// The same file read by the CSV path before this issue: a build of `main` given as BENCH_BASE
/// (see Benchmarks/README.md), which prints its median seconds.
let before: Double? = try ProcessInfo.processInfo.environment["BENCH_BASE"].map { binary in
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = [String(rows), csvFile.path, repo.appendingPathComponent("Examples/overdue.yaml").path]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    log("before this issue (main), Overdue columns, CSV: \(text)")
    return Double(text.split(separator: " ").first ?? "") ?? 0
}
let overdue = try measure("Overdue columns, CSV") { try stream(csvFile.path, .csv(open: { InputStream(fileAtPath: csvFile.path).map(UTF8CheckedStream.init) }, delimiter: ";")) }
var book = AddressBook()
try CustomerListReader(file: customersFile.path).read(.csv(open: { InputStream(fileAtPath: customersFile.path).map(UTF8CheckedStream.init) }, delimiter: ";"), into: &book)
let yukiRun = try measure("Yuki export + customer list, CSV") {
    try stream(yukiFile.path, .csv(open: { InputStream(fileAtPath: yukiFile.path).map(UTF8CheckedStream.init) }, delimiter: ";"), ExportSettings(addresses: book))
}
let xlsx = try measure("Overdue columns, XLSX") { try stream(xlsxFile.path, .xlsx(xlsxFile)) }

func rate(_ seconds: Double) -> String { String(format: "%.0f", Double(rows) / seconds) }
var section = "## Exports (issue 16)\n\n"
section += "Run `bash Benchmarks/exports.sh \(rows)` on \(ISO8601DateFormatter().string(from: Date()).prefix(10)): \(ProcessInfo.processInfo.activeProcessorCount) cores, release build, files in \(root.path).\n"
section += "\(rows) invoice rows of \(debtors) debtors, read with `InvoiceCSVReader.stream` (both passes, as `overdue batch` does); median of 3.\n\n"
section += "| input | file | seconds | rows/s | ratio to the CSV path | peak RSS while reading |\n|---|---|---|---|---|---|\n"
section += String(format: "| CSV.swift alone, rows iterated (floor) | %.1f MB | %.2f | %@ | | %.0f MiB |\n", size(csvFile), floor.seconds, rate(floor.seconds), floor.peak)
if let before {
    section += String(format: "| Overdue columns, CSV, before this issue (main's reader) | %.1f MB | %.2f | %@ | %.2f | |\n", size(csvFile), before, rate(before), before / overdue.seconds)
}
section += String(format: "| Overdue columns, CSV (the CSV path, now through the column mapping) | %.1f MB | %.2f | %@ | 1.00 | %.0f MiB |\n", size(csvFile), overdue.seconds, rate(overdue.seconds), overdue.peak)
section += String(format: "| Yuki export (preset, € amounts, derived paid) + customer list joined by name, CSV | %.1f MB | %.2f | %@ | %.2f | %.0f MiB |\n", size(yukiFile), yukiRun.seconds, rate(yukiRun.seconds), yukiRun.seconds / overdue.seconds, yukiRun.peak)
section += String(format: "| Overdue columns, XLSX (shared strings, date serials) | %.1f MB | %.2f | %@ | %.2f | %.0f MiB |\n", size(xlsxFile), xlsx.seconds, rate(xlsx.seconds), xlsx.seconds / overdue.seconds, xlsx.peak)
section += "\nPeak RSS: the process's VmHWM, reset before each input (it includes the generated files' text the harness still holds). "
section += "Every run counts the claims only; the CSV and XLSX readers hold the debtors whose rows are still coming (none here: the rows are sorted by debtor), "
section += "the XLSX reader also the shared strings and four 64 KB chunks of the sheet.\n"

let resultsFile = repo.appendingPathComponent("Benchmarks/results.md")
var results = (try? String(contentsOf: resultsFile, encoding: .utf8)) ?? "# Benchmark results\n"
if let start = results.range(of: "## Exports (issue 16)") {
    let rest = results[start.upperBound...]
    let end = rest.range(of: "\n## ")?.lowerBound ?? results.endIndex
    results.replaceSubrange(start.lowerBound..<end, with: section)
} else {
    results += (results.hasSuffix("\n\n") ? "" : "\n") + section
}
try results.write(to: resultsFile, atomically: true, encoding: .utf8)
log("wrote \(resultsFile.path)")
