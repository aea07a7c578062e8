import Foundation
import InvoiceModel

/// Writes manifest.json and manifest.csv while the batch runs: entries arrive from the workers in
/// any order and are written in input order as soon as their turn comes, so memory holds only
/// the few that finished early. Both files appear (renamed into place) when the batch ends.
public final class ManifestWriter: @unchecked Sendable {
    public struct Summary: Sendable {
        public var letters = 0, rendered = 0, unchanged = 0, failed = 0
        /// Origins of the letters that failed (for the combined PDF).
        public var failedOrigins: Set<String> = []
        public var totals: [Manifest.Totals] = []
    }

    private let lock = NSLock()
    private let folder: String
    private let json: FileHandle
    private let csv: FileHandle
    private let jsonTemporary: String
    private let csvTemporary: String
    private var nextIndex = 0
    private var summary = Summary()
    private var sums: [String: (count: Int, principal: Decimal, interest: Decimal, fees: Decimal, total: Decimal)] = [:]
    private let encoder: JSONEncoder
    /// Written in blocks rather than a system call per line.
    private var jsonBuffer = Data(), csvBuffer = Data()
    private static let flushSize = 64 << 10

    /// The first write that failed (a full disk): `finish` reports it and removes the temporary files.
    private var writeError: Error?

    public init(folder: String) throws {
        self.folder = folder
        jsonTemporary = (folder as NSString).appendingPathComponent(".manifest.json.\(getpid()).tmp")
        csvTemporary = (folder as NSString).appendingPathComponent(".manifest.csv.\(getpid()).tmp")
        var handles: [FileHandle] = []
        for path in [jsonTemporary, csvTemporary] {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                for created in [jsonTemporary, csvTemporary] { unlink(created) }
                throw AtomicFile.Failure.cannotWrite(path, reason: "the folder is not writable")
            }
            handles.append(handle)
        }
        json = handles[0]
        csv = handles[1]
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        jsonBuffer.append(contentsOf: "{\n  \"letters\" : [\n".utf8)
        csvBuffer.append(contentsOf: (Manifest.csvHeader.joined(separator: ",") + "\n").utf8)
    }

    /// An entry with its manifest lines, rendered by the worker before it takes the lock.
    private struct Rendered {
        var entry: Manifest.Entry
        var json: String
        var csv: String
    }
    private var rendered: [Int: Rendered] = [:]

    /// Records the entry of input number `index` (every index from 0 must come once).
    public func add(_ entry: Manifest.Entry, at index: Int) {
        // JSONEncoder is Sendable: the workers share the configured one.
        let line = Rendered(entry: entry, json: (try? encoder.encode(entry)).map { String(decoding: $0, as: UTF8.self) } ?? "{}",
                            csv: Manifest.csvRow(entry))
        lock.lock(); defer { lock.unlock() }
        rendered[index] = line
        while let next = rendered.removeValue(forKey: nextIndex) {
            write(next)
            nextIndex += 1
        }
    }

    private func write(_ line: Rendered) {
        let entry = line.entry
        jsonBuffer.append(contentsOf: ((summary.letters == 0 ? "    " : ",\n    ") + line.json).utf8)
        csvBuffer.append(contentsOf: (line.csv + "\n").utf8)
        if jsonBuffer.count >= Self.flushSize || csvBuffer.count >= Self.flushSize { flush() }
        summary.letters += 1
        switch entry.status {
        case "failed": summary.failed += 1; summary.failedOrigins.insert(entry.origin)
        case "unchanged": summary.unchanged += 1
        default: summary.rendered += 1
        }
        if entry.status != "failed" {
            var s = sums[entry.currency] ?? (0, 0, 0, 0, 0)
            s.count += 1
            s.principal += Money.parse(entry.principal) ?? 0
            s.interest += Money.parse(entry.interest) ?? 0
            s.fees += Money.parse(entry.fees) ?? 0
            s.total += Money.parse(entry.total) ?? 0
            sums[entry.currency] = s
        }
    }

    /// Writes the buffers; the first failure is kept (and later writes skipped) for `finish`.
    private func flush() {
        guard writeError == nil else { jsonBuffer.removeAll(); csvBuffer.removeAll(); return }
        do {
            try json.write(contentsOf: jsonBuffer)
            try csv.write(contentsOf: csvBuffer)
        } catch {
            writeError = error
        }
        jsonBuffer.removeAll(keepingCapacity: true)
        csvBuffer.removeAll(keepingCapacity: true)
    }

    /// Closes and removes the temporary files (the batch failed before the manifest was complete).
    public func abandon() {
        lock.lock(); defer { lock.unlock() }
        try? json.close()
        try? csv.close()
        unlink(jsonTemporary)
        unlink(csvTemporary)
    }

    /// Writes the totals, closes both files and renames them into place.
    public func finish() throws -> Summary {
        lock.lock(); defer { lock.unlock() }
        for index in rendered.keys.sorted() { write(rendered[index]!) }
        rendered = [:]
        summary.totals = sums.keys.sorted().map { currency in
            let s = sums[currency]!
            return Manifest.Totals(currency: currency, letters: s.count, principal: Money.plain(s.principal), interest: Money.plain(s.interest),
                                   fees: Money.plain(s.fees), total: Money.plain(s.total))
        }
        let totals = (try? encoder.encode(summary.totals)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        jsonBuffer.append(contentsOf: "\n  ],\n  \"totals\" : \(totals),\n  \"failed\" : \(summary.failed)\n}\n".utf8)
        for t in summary.totals { csvBuffer.append(contentsOf: (Manifest.totalRow(t) + "\n").utf8) }
        flush()
        do {
            if let writeError { throw writeError }
            try json.synchronize()
            try csv.synchronize()
            try json.close()
            try csv.close()
        } catch {
            try? json.close(); try? csv.close()
            unlink(jsonTemporary); unlink(csvTemporary)
            let reason = AtomicFile.reason(error)
            throw AtomicFile.Failure.cannotWrite((folder as NSString).appendingPathComponent("manifest.json"), reason: reason)
        }
        for (temporary, name) in [(jsonTemporary, "manifest.json"), (csvTemporary, "manifest.csv")] {
            let target = (folder as NSString).appendingPathComponent(name)
            if rename(temporary, target) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(jsonTemporary); unlink(csvTemporary)
                throw AtomicFile.Failure.cannotWrite(target, reason: reason)
            }
        }
        return summary
    }
}
