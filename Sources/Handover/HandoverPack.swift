import Foundation
import InvoiceModel
import ZIPFoundation

/// The hand-over pack: one ZIP for the collection agency, bailiff or lawyer. Deterministic: every
/// entry is dated the pack's date (noon UTC) with fixed permissions, in a fixed order, so the same
/// case gives a byte-identical file. Written to a temporary file beside the output, then renamed.
public enum HandoverPack {
    /// The pack's entries in order: the letters, the proofs, `summary.json`, `summary.csv`, `journal.csv`.
    public static func entries(_ c: HandoverCase, letters: [Int64: [UInt8]]) throws -> [(name: String, bytes: [UInt8])] {
        var entries: [(name: String, bytes: [UInt8])] = []
        for letter in c.handedOver {
            guard let bytes = letters[letter.id] else { throw HandoverError.cannotRebuild(id: letter.id, reason: "no copy was collected") }
            entries.append((HandoverCase.entryName(letter), bytes))
        }
        let handed = Set(c.handedOver.map(\.id))
        for proof in c.proofs where handed.contains(proof.letter) {
            entries.append((HandoverCase.proofName(proof), proof.file.data))
        }
        let verdict = IUBVerdict(c)
        let summary = HandoverSummary(c, verdict: verdict)
        entries.append(("summary.json", try summary.json()))
        entries.append(("summary.csv", try summary.csv()))
        entries.append(("journal.csv", try JournalHistory.csv(c)))
        return entries
    }

    /// Writes `entries` as a ZIP at `path`: to a temporary file in the same folder, renamed into
    /// place only when complete (no partial ZIP is ever left). Refuses a path that is a folder
    /// or a special file, and `inputs` (never written over).
    public static func write(_ entries: [(name: String, bytes: [UInt8])], to path: String, date: CalendarDate, inputs: [String]) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let resolvedTarget = target.resolvingSymlinksInPath().path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == resolvedTarget {
            throw HandoverError.output(path, reason: "this is one of the inputs: the pack is never written over an input")
        }
        var status = stat()
        if lstat(target.path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw HandoverError.output(path, reason: "not a regular file (a folder, link or device): choose another --out")
        }
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw HandoverError.output(path, reason: "the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        unlink(temporary.path)
        do {
            try writeArchive(entries, to: temporary, date: date, path: path)
            guard rename(temporary.path, target.path) == 0 else {
                throw HandoverError.output(path, reason: String(cString: strerror(errno)))
            }
        } catch let error as HandoverError {
            unlink(temporary.path)
            throw error
        } catch {
            unlink(temporary.path)
            throw HandoverError.output(path, reason: "\(error)")
        }
    }

    /// The archive is released (its file closed, every byte written) when this returns.
    static func writeArchive(_ entries: [(name: String, bytes: [UInt8])], to temporary: URL, date: CalendarDate, path: String) throws {
        let archive: Archive
        do { archive = try Archive(url: temporary, accessMode: .create) } catch {
            throw HandoverError.output(path, reason: "cannot write in \(temporary.deletingLastPathComponent().path) (\(error))")
        }
        let modified = Date(timeIntervalSince1970: TimeInterval(date.dayNumber) * 86_400 + 43_200)
        for entry in entries {
            let data = Data(entry.bytes)
            try archive.addEntry(with: entry.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
            }
        }
    }
}
