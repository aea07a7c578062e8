// The benchmark harness: `bash Benchmarks/run.sh [letters]` (see Benchmarks/README.md).
import OverdueKit
import Foundation
import HaruPDF  // the baseline: a bare libharu loop, measured beside the pipeline
import InvoiceModel
import InvoiceReaders
import LateFees
import Letters
import QRCode

let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let letters = CommandLine.arguments.dropFirst().compactMap { Int($0) }.first ?? 4000
let jobs = ProcessInfo.processInfo.environment["BENCH_JOBS"].flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
/// Where the letters go: memory-backed by default (/dev/shm), so that the figures measure our work
/// and not the virtual disk, whose file creation here slows down for a while after a batch of
/// deletions (ext4 skips recently freed inodes); `BENCH_DIR` chooses another folder. The pipeline
/// is also run once writing to the system's temporary folder (on disk) and reported beside.
let benchRoot = ProcessInfo.processInfo.environment["BENCH_DIR"].map { URL(fileURLWithPath: $0) }
    ?? (FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory)
let work = benchRoot.appendingPathComponent("overdue-bench-\(ProcessInfo.processInfo.processIdentifier)")
let diskWork = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-bench-disk-\(ProcessInfo.processInfo.processIdentifier)")
try? FileManager.default.removeItem(at: work)
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: work) }

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

/// A CSV export of `count` debtors with `invoices` invoices each (three by default).
func makeCSV(_ count: Int, invoices: Int = 3, at url: URL) throws {
    let names = ["Bakkerij Peeters", "Atelier Dubois", "Müller & Söhne", "Łódź Trading", "Dvořák s.r.o.", "Café Zoë", "Ørsted Groothandel"]
    var text = "debtor_id;debtor_name;debtor_attention;debtor_street;debtor_postcode;debtor_city;debtor_country;debtor_kind;debtor_language;invoice_number;issue_date;due_date;amount;currency\n"
    var n = 0
    for d in 0..<count {
        for k in 0..<invoices {
            n += 1
            text += "D\(d);\(names[d % names.count]) \(d);Jan Peeters;Markt \(d % 200 + 1);2000;Antwerpen;BE;business;en;INV-\(n);01/0\(7 + k)/2026;28/0\(7 + k)/2026;\(100 + (d * 37 + k * 101) % 4900),\(String(format: "%02d", (d + k) % 100));EUR\n"
        }
    }
    try text.write(to: url, atomically: true, encoding: .utf8)
}

func templates() throws -> LetterTemplates {
    var files: [String: TemplateFile] = [:]
    for folder in [repo.appendingPathComponent("Templates"), repo.appendingPathComponent("Benchmarks/Templates")] {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            let key = String(name.dropLast(9))
            files[key] = TemplateFile(name: key, text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), origin: name)
        }
    }
    return try LetterTemplates(files: Array(files.values))
}

let profile = try Profile.read(try String(contentsOf: repo.appendingPathComponent("Examples/overdue.yaml"), encoding: .utf8), file: "overdue.yaml")
let fonts = FontFiles.family("OverdueSans", in: ProcessInfo.processInfo.environment["BENCH_FONTS"] ?? repo.appendingPathComponent("Fonts").path)
let asOf = CalendarDate(iso: "2026-11-29")!
let csv = work.appendingPathComponent("invoices.csv")
try makeCSV(letters, at: csv)

// MARK: Pipeline: read, assess, compose, lay out, render, write.
final class Quiet: BatchProgress, @unchecked Sendable {
    func expect(_ count: Int) {}
    func advanced(done: Int, failed: Int, skipped: Int) {
        if CommandLine.arguments.contains("--rss"), done % 5000 == 0 {
            let rss = ((try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? "").split(separator: "\n").first { $0.hasPrefix("VmRSS") } ?? ""
            log("\(done): \(rss)")
        }
    }
    func failed(origin: String, message: String) { log("failed: \(origin): \(message)") }
}

/// The benchmark's logo (Benchmarks/logo.png: 400 x 120 pixels with an alpha channel, 5.5 KB),
/// read once as `overdue batch` reads the profile's logo.
let benchLogo = try LetterLogo(path: repo.appendingPathComponent("Benchmarks/logo.png").path, width: 40)

/// CPU time (user + system) of this process so far, in seconds: unlike wall time, hardly moved by
/// other processes sharing the cores.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The pipeline; with `combined`, also the print-ready volumes (`--combined`), drawn as it runs;
/// with `logo`, every letter carries it.
func runPipeline(into folder: URL, combined: CombinedOutput? = nil, logo: LetterLogo? = nil) throws -> (seconds: Double, bytes: Int, count: Int, cpu: Double) {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let cpuStart = cpuSeconds()
    let start = Date()
    var settings = BatchSettings(kind: .reminder, language: "en", defaultLanguage: nil, outputFolder: folder.path, jobs: jobs,
                                 asOf: asOf, today: asOf, force: true, strict: false, byEmail: false)
    settings.combined = combined
    let runner = BatchRunner(templates: try templates(), rates: .bundled, fonts: fonts, fallback: .dejaVuSans, settings: settings, logo: logo)
    let summary = try runner.run(produce: { emit in
        try InvoiceCSVReader(file: csv.path, profile: profile).stream(open: { InputStream(fileAtPath: csv.path).map(UTF8CheckedStream.init) }, delimiter: ";", count: { _ in }) { result in
            guard case .claim(let claim, let line) = result else { return true }
            return emit(.item(BatchItem(claim: claim, origin: "\(line)"), stem: BatchPlan.stem(key: BatchPlan.key(claim), kind: "reminder")))
        }
    }, progress: Quiet())
    let seconds = Date().timeIntervalSince(start)
    let bytes = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($1).path)[.size] as? Int) ?? 0) }
    return (seconds, bytes, summary.rendered, cpuSeconds() - cpuStart)
}

// MARK: Baseline: the same pages, laid out once, drawn through libharu per letter.
func runBaseline(into folder: URL) throws -> Double {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let claim = try InvoiceCSVReader(file: csv.path, profile: profile).read(UTF8CheckedStream(InputStream(fileAtPath: csv.path)!), delimiter: ";")[0]
    let assessment = try Assessor().assess(claim, asOf: asOf)
    let letter = try LetterComposer(templates: try templates()).compose(.reminder, language: "en", claim: claim, assessment: assessment)
    let start = Date()
    DispatchQueue.concurrentPerform(iterations: jobs) { worker in
        guard let renderer = try? LetterPDFRenderer(fonts: fonts, fallback: .dejaVuSans), let plan = try? renderer.plan(letter) else { return }
        var i = worker
        while i < letters {
            if let pdf = try? renderer.render(plan: plan) {
                try? AtomicFile.write(pdf, to: folder.appendingPathComponent("letter-\(i).pdf").path)
            }
            i += jobs
        }
    }
    return Date().timeIntervalSince(start)
}

/// Wall time of one `overdue render` (median of `runs`), started with posix_spawn (Foundation's
/// Process adds tens of milliseconds of its own on Linux).
func startTime(runs: Int = 15) throws -> Double {
    let binary = repo.appendingPathComponent(".build/release/overdue").path
    var times: [Double] = []
    for i in 0..<runs {
        let arguments = [binary, "render", repo.appendingPathComponent("Examples/notice-claim.json").path, "--letter", "notice",
                         "-o", work.appendingPathComponent("start-\(i).pdf").path]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = Date()
        guard posix_spawn(&pid, binary, &actions, nil, &argv, environ) == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        times.append(Date().timeIntervalSince(start))
        posix_spawn_file_actions_destroy(&actions)
    }
    return times.sorted()[runs / 2]
}

/// Peak resident memory (MiB) of `overdue batch` on a CSV of `rows` rows (`invoices` rows a
/// debtor, so `rows / invoices` letters) with `extra` arguments: the child's own high-water mark
/// (VmHWM), read from /proc while it runs. (rusage's maxrss would count the benchmark's own
/// pages: Linux carries the parent's high-water mark across exec.)
func peakMemory(rows: Int, invoices: Int = 3, extra: [String] = []) throws -> Double {
    let big = work.appendingPathComponent("big.csv")
    try makeCSV(rows / invoices, invoices: invoices, at: big)
    defer { try? FileManager.default.removeItem(at: work.appendingPathComponent("big")) }
    let binary = repo.appendingPathComponent(".build/release/overdue").path
    let arguments = [binary, "batch", big.path, "--profile", repo.appendingPathComponent("Examples/overdue.yaml").path, "--letter", "reminder",
                     "--as-of", "2026-11-29", "--lang", "en", "--out", work.appendingPathComponent("big").path] + extra
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    guard posix_spawn(&pid, binary, &actions, nil, &argv, environ) == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    var peak = 0.0
    while waitpid(pid, &status, WNOHANG) == 0 {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM") }),
           let kb = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") {
            peak = max(peak, kb / 1024)
        }
        usleep(10_000)
    }
    return peak
}

/// Single-thread cost of each phase, to see where the time goes (`--phases`).
func phases() throws {
    let claims = try InvoiceCSVReader(file: csv.path, profile: profile).read(UTF8CheckedStream(InputStream(fileAtPath: csv.path)!), delimiter: ";")
    let composer = LetterComposer(templates: try templates())
    let renderer = try LetterPDFRenderer(fonts: fonts, fallback: .dejaVuSans)
    let n = min(500, claims.count)
    var t = (read: 0.0, assess: 0.0, compose: 0.0, plan: 0.0, pdf: 0.0)
    var clock = Date()
    func lap() -> Double { let now = Date(); defer { clock = now }; return now.timeIntervalSince(clock) }
    _ = try InvoiceCSVReader(file: csv.path, profile: profile).read(UTF8CheckedStream(InputStream(fileAtPath: csv.path)!), delimiter: ";")
    t.read = lap() / Double(claims.count)
    for claim in claims.prefix(n) {
        _ = lap()
        let a = try Assessor().assess(claim, asOf: asOf); t.assess += lap()
        let letter = try composer.compose(.reminder, language: "en", claim: claim, assessment: a); t.compose += lap()
        let plan = try renderer.plan(letter); t.plan += lap()
        _ = try renderer.render(plan: plan); t.pdf += lap()
    }
    var q = 0.0, cachedCompose = 0.0
    let cachedComposer = LetterComposer(templates: try templates(), caching: true)
    for claim in claims.prefix(n) {
        let a = try Assessor().assess(claim, asOf: asOf)
        let letter = try cachedComposer.compose(.reminder, language: "en", claim: claim, assessment: a)
        _ = lap()
        _ = try cachedComposer.compose(.reminder, language: "en", claim: claim, assessment: a); cachedCompose += lap()
        _ = try QRMatrix.encode(Array(letter.qrPayload!.utf8), maxVersion: 13); q += lap()
    }
    log(String(format: "compose with the shape cache (as in batch) %.3f ms; QR encoding (part of layout) %.3f", cachedCompose * 1000 / Double(n), q * 1000 / Double(n)))
    var v = 0.0, r = 0.0, m = 0.0
    let library = try templates()
    for claim in claims.prefix(n) {
        let a = try Assessor().assess(claim, asOf: asOf)
        _ = lap()
        let values = try LetterComposer.values(.reminder, language: "en", claim: claim, assessment: a); v += lap()
        let text = try library.render("reminder.en", values: values); r += lap()
        _ = try LetterMarkup.parse(text, source: "x"); m += lap()
    }
    var writeT = 0.0, existsT = 0.0
    let pdfSample = try renderer.render(try composer.compose(.reminder, language: "en", claim: claims[0], assessment: try Assessor().assess(claims[0], asOf: asOf)))
    try FileManager.default.createDirectory(at: work.appendingPathComponent("w"), withIntermediateDirectories: true)
    for i in 0..<n {
        _ = lap()
        try AtomicFile.write(pdfSample, to: work.appendingPathComponent("w/\(i).pdf").path); writeT += lap()
        _ = FileManager.default.contents(atPath: work.appendingPathComponent("w/none-\(i).pdf").path); existsT += lap()
    }
    log(String(format: "batch extras: atomic write %.3f ms, existence check %.3f", writeT * 1000 / Double(n), existsT * 1000 / Double(n)))
    log(String(format: "uncached compose: values %.3f ms, mustache %.3f, markup %.3f", v * 1000 / Double(n), r * 1000 / Double(n), m * 1000 / Double(n)))
    log(String(format: "per letter: read %.3f ms, assess %.3f, compose without cache %.3f, layout %.3f, libharu %.3f",
               t.read * 1000, t.assess * 1000 / Double(n), t.compose * 1000 / Double(n), t.plan * 1000 / Double(n), t.pdf * 1000 / Double(n)))
}
if CommandLine.arguments.contains("--phases") { try phases(); exit(0) }

/// What the logo adds to one letter, on one thread: layout and libharu (`render`), in blocks of
/// 50 letters alternating without and with the logo, each side's fastest block kept (`--logo-cost`).
func logoCost() throws -> (plain: Double, logo: Double) {
    let claims = try InvoiceCSVReader(file: csv.path, profile: profile).read(UTF8CheckedStream(InputStream(fileAtPath: csv.path)!), delimiter: ";")
    let composer = LetterComposer(templates: try templates())
    let lettersToDraw = try claims.prefix(50).map { try composer.compose(.reminder, language: "en", claim: $0, assessment: try Assessor().assess($0, asOf: asOf)) }
    let plainRenderer = try LetterPDFRenderer(fonts: fonts, fallback: .dejaVuSans)
    let logoRenderer = try LetterPDFRenderer(fonts: fonts, fallback: .dejaVuSans, logo: benchLogo)
    var best = (plain: Double.infinity, logo: Double.infinity)
    var bytes = (plain: 0, logo: 0)
    for _ in 0..<40 {
        var start = cpuSeconds()
        for letter in lettersToDraw { bytes.plain = try plainRenderer.render(letter).count }
        best.plain = min(best.plain, (cpuSeconds() - start) / Double(lettersToDraw.count))
        start = cpuSeconds()
        for letter in lettersToDraw { bytes.logo = try logoRenderer.render(letter).count }
        best.logo = min(best.logo, (cpuSeconds() - start) / Double(lettersToDraw.count))
    }
    log(String(format: "layout + libharu per letter: %.3f ms, with the logo %.3f ms (+%.1f %%); %d and %d bytes",
               best.plain * 1000, best.logo * 1000, 100 * (best.logo / best.plain - 1), bytes.plain, bytes.logo))
    return best
}
if CommandLine.arguments.contains("--logo-cost") { _ = try logoCost(); exit(0) }

// `--only baseline`, `--only pipeline` or `--only logo`: run just that loop (for profiling).
if let flag = CommandLine.arguments.firstIndex(of: "--only"), flag + 1 < CommandLine.arguments.count {
    let folder = work.appendingPathComponent("only")
    let rate: Double
    if CommandLine.arguments[flag + 1] == "baseline" {
        rate = Double(letters) / (try runBaseline(into: folder))
    } else if CommandLine.arguments[flag + 1] == "combined" {
        let run = try runPipeline(into: folder, combined: CombinedOutput(path: work.appendingPathComponent("combined.pdf").path))
        rate = Double(run.count) / run.seconds
    } else if CommandLine.arguments[flag + 1] == "logo" {
        let run = try runPipeline(into: folder, logo: benchLogo)
        rate = Double(run.count) / run.seconds
        log(String(format: "CPU %.3f ms per letter", run.cpu * 1000 / Double(run.count)))
    } else {
        let run = try runPipeline(into: folder)
        rate = Double(run.count) / run.seconds
        log(String(format: "CPU %.3f ms per letter", run.cpu * 1000 / Double(run.count)))
    }
    log(CommandLine.arguments[flag + 1] + String(format: ": %.0f letters/s", rate))
    exit(0)
}
/// The 1-minute load average (other builds and tests sharing the cores).
let loadAverage = ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").first.map(String.init) ?? "?"
log("benchmark: \(letters) letters, \(jobs) threads")
let baseline = try runBaseline(into: work.appendingPathComponent("baseline"))
// The pipeline without and with the logo, alternated three times (the machine is shared and
// noisy): each rate is the median of its three runs.
var plain: [(seconds: Double, bytes: Int, count: Int, cpu: Double)] = [], withLogo: [(seconds: Double, bytes: Int, count: Int, cpu: Double)] = []
var plainCPU: [Double] = [], logoCPU: [Double] = []
for round in 0..<3 {
    plain.append(try runPipeline(into: work.appendingPathComponent("pipeline-\(round)")))
    plainCPU.append(plain[round].cpu / Double(plain[round].count))
    try? FileManager.default.removeItem(at: work.appendingPathComponent("pipeline-\(round)"))
    withLogo.append(try runPipeline(into: work.appendingPathComponent("logo-\(round)"), logo: benchLogo))
    logoCPU.append(withLogo[round].cpu / Double(withLogo[round].count))
    try? FileManager.default.removeItem(at: work.appendingPathComponent("logo-\(round)"))
}
let plainCPUPerLetter = plainCPU.sorted()[1], logoCPUPerLetter = logoCPU.sorted()[1]
let drawing = try logoCost()
func median(_ runs: [(seconds: Double, bytes: Int, count: Int, cpu: Double)]) -> (seconds: Double, bytes: Int, count: Int, cpu: Double) {
    runs.sorted { Double($0.count) / $0.seconds < Double($1.count) / $1.seconds }[runs.count / 2]
}
let pipeline = median(plain), logoRun = median(withLogo)
let baselineRate = Double(letters) / baseline
let pipelineRate = Double(pipeline.count) / pipeline.seconds
let logoRate = Double(logoRun.count) / logoRun.seconds
log(String(format: "baseline %.0f letters/s, pipeline %.0f letters/s, with the logo %.0f letters/s; CPU ms per letter %.3f, with the logo %.3f",
           baselineRate, pipelineRate, logoRate, plainCPUPerLetter * 1000, logoCPUPerLetter * 1000) + " (in \(benchRoot.path))")
// The same pipeline with `--combined` (volumes of the default size), right after it.
let combinedFolder = work.appendingPathComponent("combined")
try FileManager.default.createDirectory(at: combinedFolder, withIntermediateDirectories: true)
let combinedRun = try runPipeline(into: work.appendingPathComponent("pipeline-combined"),
                                  combined: CombinedOutput(path: combinedFolder.appendingPathComponent("all.pdf").path))
let combinedRate = Double(combinedRun.count) / combinedRun.seconds
let volumeBytes = try FileManager.default.contentsOfDirectory(atPath: combinedFolder.path)
    .reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: combinedFolder.appendingPathComponent($1).path)[.size] as? Int) ?? 0) }
log(String(format: "pipeline with --combined %.0f letters/s (%.2f of the pipeline), %.1f KB a letter in the volumes",
           combinedRate, combinedRate / pipelineRate, Double(volumeBytes) / Double(max(1, combinedRun.count)) / 1024))
var diskRate: Double?
if diskWork.deletingLastPathComponent().path != benchRoot.path {
    defer { try? FileManager.default.removeItem(at: diskWork) }
    let disk = try runPipeline(into: diskWork)
    diskRate = Double(disk.count) / disk.seconds
    log("pipeline writing to \(diskWork.deletingLastPathComponent().path): " + String(format: "%.0f letters/s", diskRate!))
}
let start = try startTime()
log(String(format: "start %.1f ms", start * 1000))
let memory = try peakMemory(rows: 100_000)
log(String(format: "peak memory %.1f MiB", memory))
let combinedMemory = try peakMemory(rows: 100_000, invoices: 1, extra: ["--combined", work.appendingPathComponent("big-all.pdf").path])
log(String(format: "peak memory with --combined, 100,000 letters: %.1f MiB", combinedMemory))

let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
    .first { $0.hasPrefix("model name") }?.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
var report = """
# Benchmark results

Run `bash Benchmarks/run.sh \(letters)` on \(Date().description.prefix(10)): \(jobs) cores (\(cpu)), release build;
letters written to \(benchRoot.path); load average when it started: \(loadAverage) (other processes on the same cores lower every rate).
The letter: the benchmark reminder (about 300 words, 4-row table, payment block with EPC QR code,
Overdue Sans embedded). Method: Benchmarks/README.md.

| measure | pipeline | baseline (bare libharu loop) | target |
|---|---|---|---|

"""
report += String(format: "| letters/s (%d letters, %d threads) | %.0f | %.0f | ≥ 1000; ≥ 0.8 × baseline |\n", letters, jobs, pipelineRate, baselineRate)
report += String(format: "| ms per letter per core | %.2f | %.2f | |\n", 1000 * Double(jobs) / pipelineRate, 1000 * Double(jobs) / baselineRate)
report += String(format: "| ratio to baseline | %.2f | 1.00 | ≥ 0.80 |\n", pipelineRate / baselineRate)
if let diskRate {
    report += "| letters/s writing to disk (\(diskWork.deletingLastPathComponent().path), same run) | " + String(format: "%.0f | | |\n", diskRate)
}
report += String(format: "| letters/s with `--combined` (volumes of %d letters, same run) | %.0f | | ≥ 0.6 × pipeline |\n",
                 CombinedOutput.defaultVolumeSize, combinedRate)
report += String(format: "| ratio of `--combined` to the pipeline | %.2f | | ≥ 0.60 |\n", combinedRate / pipelineRate)
report += String(format: "| KB per letter in the combined volumes | %.1f | | |\n", Double(volumeBytes) / Double(max(1, combinedRun.count)) / 1024)
report += String(format: "| letters/s with a logo (Benchmarks/logo.png, PNG 400 x 120 with alpha, 40 mm; same run) | %.0f | | ≥ 0.95 × pipeline |\n", logoRate)
report += String(format: "| CPU ms per letter (user + system, median of 3), without / with the logo | %.3f / %.3f | | |\n", plainCPUPerLetter * 1000, logoCPUPerLetter * 1000)
report += String(format: "| slowdown with the logo: in CPU time per letter / in letters/s | %.1f %% / %.1f %% | | ≤ 5 %% |\n",
                 100 * (logoCPUPerLetter / plainCPUPerLetter - 1), 100 * (1 - logoRate / pipelineRate))
report += String(format: "| layout + libharu per letter, one thread (fastest of 40 blocks), without / with the logo | %.3f / %.3f ms (+%.1f %%) | | |\n",
                 drawing.plain * 1000, drawing.logo * 1000, 100 * (drawing.logo / drawing.plain - 1))
report += String(format: "| KB per letter | %.1f | | ≤ 36 |\n", Double(pipeline.bytes) / Double(max(1, pipeline.count)) / 1024)
report += String(format: "| KB per letter with the logo | %.1f | | |\n", Double(logoRun.bytes) / Double(max(1, logoRun.count)) / 1024)
report += String(format: "| `overdue render` of one letter (wall, median of 15) | %.1f ms | | ≤ 20 ms |\n", start * 1000)
report += String(format: "| peak memory, `overdue batch` on 100,000 CSV rows | %.1f MiB | | ≤ 64 MiB |\n", memory)
report += String(format: "| peak memory, `overdue batch --combined` on 100,000 letters (volumes of %d) | %.1f MiB | | ≤ 256 MiB |\n",
                 CombinedOutput.defaultVolumeSize, combinedMemory)
report += "\nTypst (typst-py 0.15, compiler reused) was quoted at 225 letters/s for the same letter on this kind of machine; not rerun here (see Benchmarks/README.md).\n"
try report.write(to: repo.appendingPathComponent("Benchmarks/results.md"), atomically: true, encoding: .utf8)
print(report)
