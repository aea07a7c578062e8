import OverdueKit
import Foundation
import InvoiceReaders

/// File access for the commands, with errors that name the file.
public enum Files {
    /// The largest file of each kind read whole (see `InputLimits` and the README).
    public static func limit(for what: String) -> Int? {
        switch what {
        case "claim": return InputLimits.claimJSONBytes
        case "claims": return InputLimits.jsonLinesBytes
        case "invoice": return InputLimits.ublBytes
        case "profile": return InputLimits.profileBytes
        case "rates": return InputLimits.ratesBytes
        default: return nil
        }
    }

    public static func read(_ path: String, what: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIFailure("\(path): no such \(what) file", hint: "check the path")
        }
        guard !isDirectory.boolValue else { throw CLIFailure("\(path): is a folder, not a \(what) file") }
        let limit = limit(for: what)
        func tooLarge(_ size: Int) -> CLIFailure {
            CLIFailure("\(path): the \(what) file is \(Self.size(size)); a \(what) file is read up to \(Self.size(limit ?? 0))",
                       hint: "see Limits in the README")
        }
        if let limit, let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw tooLarge(size)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("\(path): cannot read the \(what) file", hint: "check its permissions")
        }
        if let limit, data.count > limit { throw tooLarge(data.count) }
        return data
    }

    public static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) bytes"
    }

    /// The first 64 KB of a file (to sniff a CSV delimiter).
    public static func readHead(_ path: String) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CLIFailure("\(path): cannot read the file") }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 64 * 1024)) ?? Data()
    }

    /// Writes `data` to a temporary file beside `path`, then renames it into place, so that a
    /// failed run never leaves a partial or empty file.
    /// `inputs` are the files the command read: writing over one of them (the same file under any
    /// name) is refused. A device or pipe (`-o /dev/null`) is written directly, never replaced.
    public static func writeAtomically(_ data: Data, to path: String, inputs: [String] = []) throws {
        if let input = inputs.first(where: { sameFile($0, path) }) {
            throw CLIFailure("\(path): is an input of this command (\(input)); it is never written over",
                             hint: "choose another -o, e.g. the claim's name with .pdf")
        }
        do {
            try AtomicFile.write(data, to: path)
        } catch AtomicFile.Failure.folderMissing(let folder) {
            throw CLIFailure("\(path): the folder \(folder) does not exist", hint: "create it first or choose another -o")
        } catch let failure as AtomicFile.Failure {
            throw CLIFailure("\(failure)", hint: "check that the path is a writable file location")
        }
    }
}

extension Files {
    /// True when both paths name one existing file (same device and inode).
    public static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}


extension ExportInput {
    /// The input for a file, by its extension: `.xlsx` is a workbook, anything else CSV, opened
    /// here (the readers do no I/O) and checked to be UTF-8 as it is read.
    public static func file(_ path: String, head: Data) -> ExportInput {
        if (path as NSString).pathExtension.lowercased() == "xlsx" { return .xlsx(URL(fileURLWithPath: path)) }
        return .csv(open: { InputStream(fileAtPath: path).map(UTF8CheckedStream.init) }, delimiter: InvoiceCSVReader.delimiter(sniffing: head))
    }
}
