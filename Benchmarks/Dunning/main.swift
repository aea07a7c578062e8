// The dunning benchmark: `bash Benchmarks/dunning.sh` (see Benchmarks/README.md).
// 1. `overdue plan` over 100,000 open invoices of 20,000 debtors with a journal of 200,000
//    earlier letters: wall time and peak memory (target: at most 3 s and 256 MiB).
// 2. `overdue run` against `overdue batch` on the same export of 10,000 debtors: letters/s of
//    each, and the ratio (target: run at least 0.9 x batch).
// Both through the release binary, as a user runs them; the results go into Benchmarks/results.md.
import Foundation
import GRDB
import InvoiceModel
import Journal

let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let binary = repo.appendingPathComponent(".build/release/overdue").path
let arguments = CommandLine.arguments.dropFirst()
let runLetters = arguments.compactMap { Int($0) }.first ?? 10_000
let repeats = 3
let root = URL(fileURLWithPath: ProcessInfo.processInfo.environment["BENCH_DIR"]
    ?? (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()))
    .appendingPathComponent("overdue-dunning-bench-\(getpid())")
try? FileManager.default.removeItem(at: root)
try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
let keep = ProcessInfo.processInfo.environment["BENCH_KEEP"] != nil  // keep the files (for profiling)
defer { if !keep { try? FileManager.default.removeItem(at: root) } }

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

let profile = root.appendingPathComponent("overdue.yaml")
try """
    language: en
    creditor:
      name: Studio Vermeulen BV
      address: [Kerkstraat 12, 9000 Gent]
      country: BE
      vat: BE0987654394
      iban: BE71 0961 2345 6769
      bic: GKCCBEBB
      signatory: Ann Vermeulen
    terms:
      interest: { series: be-commercial }
      reminder_fee: "10.00"

    """.write(to: profile, atomically: true, encoding: .utf8)

/// An export of `debtors` debtors with `invoices` invoices each, due over the year.
func export(debtors: Int, invoices: Int, to url: URL) throws {
    var text = "debtor_id,debtor_name,debtor_street,debtor_postcode,debtor_city,debtor_country,debtor_kind,debtor_email,invoice_number,due_date,amount\n"
    var n = 0
    for d in 0..<debtors {
        for k in 0..<invoices {
            n += 1
            let month = (d + k) % 10 + 1
            text += "D\(d),Debtor \(d) BV,Markt \(d % 200 + 1),2000,Antwerpen,BE,business,\(d % 3 == 0 ? "" : "ap\(d)@example.be"),"
                + "INV-\(n),2026-\(month < 10 ? "0" : "")\(month)-15,\(100 + (d * 37 + k * 101) % 4900).\((d + k) % 90 + 10)\n"
        }
    }
    try text.write(to: url, atomically: true, encoding: .utf8)
}

/// CPU seconds (user + system) of the children waited for so far.
func childCPU() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Runs the release binary; returns its wall time and CPU time (user + system) in seconds.
func measure(_ args: [String]) throws -> (wall: Double, cpu: Double) {
    let before = childCPU()
    let wall = try time(args)
    return (wall, childCPU() - before)
}

/// Runs the release binary; returns its wall time in seconds.
func time(_ args: [String]) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = args
    process.currentDirectoryURL = root
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    let start = Date()
    try process.run()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(start)
    guard process.terminationStatus == 0 else {
        log(String(decoding: stderr, as: UTF8.self))
        throw NSError(domain: "bench", code: Int(process.terminationStatus))
    }
    return seconds
}

/// The peak resident memory of the largest child so far, in MiB.
func childPeakMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

// MARK: 1. plan over 100,000 invoices, 20,000 debtors, 200,000 journal letters.
let planDebtors = 20_000, planInvoices = 5, earlier = 200_000
let planExport = root.appendingPathComponent("plan-open.csv")
try export(debtors: planDebtors, invoices: planInvoices, to: planExport)
let journalPath = root.appendingPathComponent("plan.db").path
do {
    let journal = try LetterJournal(path: journalPath, access: .create)
    let claimJSON = String(repeating: "{\"claim\":\"as sent\"}", count: 60)  // about the size of a real claim
    var letters: [NewLetter] = []
    letters.reserveCapacity(earlier)
    let perDebtor = earlier / planDebtors
    let kinds = ["reminder", "second-reminder", "notice"]
    for d in 0..<planDebtors {
        for k in 0..<perDebtor {
            // Most letters are of earlier, settled cycles; the last two name the open invoices.
            let current = k >= perDebtor - 2
            let invoices = current ? ["INV-\(d * planInvoices + 1)", "INV-\(d * planInvoices + 2)"] : ["OLD-\(d)-\(k)"]
            let date = current ? CalendarDate(iso: k == perDebtor - 1 ? "2026-10-20" : "2026-09-20")! : CalendarDate(year: 2020 + k % 6, month: k % 12 + 1, day: 10)!
            let record = LetterRecord(id: 0, date: date, debtor: "D\(d)", debtorName: "Debtor \(d) BV", letter: current ? kinds[k - perDebtor + 2] : kinds[k % 3],
                                      invoices: invoices, open: invoices.map { _ in Decimal(250) }, currency: "EUR", principal: 500, interest: 0,
                                      fees: 10, total: 510, ownFee: 10, deadline: date.adding(days: 7), channel: .post,
                                      file: "/letters/D\(d)-\(k).pdf", sha256: String(repeating: "0", count: 64), status: .recorded)
            letters.append(NewLetter(record: record, claimJSON: claimJSON, renderer: "overdue 2"))
        }
    }
    _ = try journal.addPending(letters)
}
do {
    // The benchmark's letters were never written as files: mark them recorded directly.
    let raw = try DatabaseQueue(path: journalPath)
    try raw.write { try $0.execute(sql: "UPDATE letter SET status = 'recorded'") }
    try raw.close()
}
let journalMiB = Double((try FileManager.default.attributesOfItem(atPath: journalPath)[.size] as? Int) ?? 0) / 1_048_576
log("plan: \(planDebtors) debtors, \(planDebtors * planInvoices) invoices, journal of \(earlier) letters (\(String(format: "%.0f", journalMiB)) MiB)")
var planTimes: [Double] = [], planCPU: [Double] = []
for _ in 0..<repeats {
    let m = try measure(["plan", planExport.path, "--journal", journalPath, "--profile", profile.path, "--as-of", "2026-11-30", "--json"])
    planTimes.append(m.wall); planCPU.append(m.cpu)
}
let planPeak = childPeakMiB()
let planMedian = planTimes.sorted()[repeats / 2], planCPUMedian = planCPU.sorted()[repeats / 2]
var load = [0.0, 0.0, 0.0]
getloadavg(&load, 3)
log(String(format: "plan: median %.2f s (CPU %.2f s), peak %.1f MiB; load average %.1f", planMedian, planCPUMedian, planPeak, load[0]))
if arguments.contains("--plan-only") { log("files in \(root.path)"); exit(0) }

// MARK: 2. run against batch, same export.
let runExport = root.appendingPathComponent("run-open.csv")
try export(debtors: runLetters, invoices: 1, to: runExport)
var batchRates: [Double] = [], runRates: [Double] = [], batchCPURates: [Double] = [], runCPURates: [Double] = []
for round in 0..<repeats {
    let batchOut = root.appendingPathComponent("batch-\(round)").path
    let runOut = root.appendingPathComponent("run-\(round)").path
    let batchSeconds = try measure(["batch", runExport.path, "--letter", "reminder", "--as-of", "2026-11-30", "--profile", profile.path, "--out", batchOut])
    let runSeconds = try measure(["run", runExport.path, "--as-of", "2026-11-30", "--profile", profile.path, "--out", runOut,
                                  "--journal", root.appendingPathComponent("run-\(round).db").path])
    batchRates.append(Double(runLetters) / batchSeconds.wall); batchCPURates.append(Double(runLetters) / batchSeconds.cpu)
    runRates.append(Double(runLetters) / runSeconds.wall); runCPURates.append(Double(runLetters) / runSeconds.cpu)
    log(String(format: "round %d: batch %.0f letters/s (%.0f per CPU-s), run %.0f letters/s (%.0f per CPU-s)", round + 1,
               batchRates.last!, batchCPURates.last!, runRates.last!, runCPURates.last!))
    try? FileManager.default.removeItem(atPath: batchOut)
    try? FileManager.default.removeItem(atPath: runOut)
}
let batchMedian = batchRates.sorted()[repeats / 2], runMedian = runRates.sorted()[repeats / 2]
let ratio = runMedian / batchMedian
let batchCPUMedian = batchCPURates.sorted()[repeats / 2], runCPUMedian = runCPURates.sorted()[repeats / 2]
getloadavg(&load, 3)

// MARK: Report.
let today = ISO8601DateFormatter().string(from: Date()).prefix(10)
let section = """
    ## Dunning: `plan` and `run`

    Run `bash Benchmarks/dunning.sh` on \(today): \(ProcessInfo.processInfo.activeProcessorCount) cores, release build, files in \(root.deletingLastPathComponent().path).
    Method: Benchmarks/README.md (Dunning).

    | measure | value | target |
    |---|---|---|
    | `plan`: \(planDebtors * planInvoices) open invoices, \(planDebtors) debtors, journal of \(earlier) letters (\(String(format: "%.0f", journalMiB)) MiB), wall, median of \(repeats) | \(String(format: "%.2f", planMedian)) s | ≤ 3 s |
    | `plan`: the same, CPU time (user + system, both cores) | \(String(format: "%.2f", planCPUMedian)) s | |
    | `plan`: peak memory | \(String(format: "%.1f", planPeak)) MiB | ≤ 256 MiB |
    | `batch`: \(runLetters) reminders, letters/s (median of \(repeats)) | \(String(format: "%.0f", batchMedian)) | |
    | `run`: the same \(runLetters) reminders, recorded in a new journal, letters/s (median of \(repeats)) | \(String(format: "%.0f", runMedian)) | |
    | `run` / `batch`, wall | \(String(format: "%.2f", ratio)) | ≥ 0.90 |
    | `run` / `batch`, letters per CPU-second (\(String(format: "%.0f", runCPUMedian)) / \(String(format: "%.0f", batchCPUMedian))) | \(String(format: "%.2f", runCPUMedian / batchCPUMedian)) | |
    | load average of the machine at the end (2 cores, shared) | \(String(format: "%.1f", load[0])) | |

    """
let results = repo.appendingPathComponent("Benchmarks/results.md")
var text = (try? String(contentsOf: results, encoding: .utf8)) ?? "# Benchmark results\n"
if let range = text.range(of: "## Dunning: `plan` and `run`") {
    // Replace the previous dunning section (up to the next section or the end).
    let rest = text[range.upperBound...]
    let end = rest.range(of: "\n## ").map { $0.lowerBound } ?? text.endIndex
    text.replaceSubrange(range.lowerBound..<end, with: section.dropLast())
} else {
    text += (text.hasSuffix("\n\n") ? "" : "\n") + section
}
try text.write(to: results, atomically: true, encoding: .utf8)
print(section)
