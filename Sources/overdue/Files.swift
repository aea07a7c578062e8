import Batch
import Foundation

/// File access for the commands, with errors that name the file.
enum Files {
    static func read(_ path: String, what: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIFailure("\(path): no such \(what) file", hint: "check the path")
        }
        guard !isDirectory.boolValue else { throw CLIFailure("\(path): is a folder, not a \(what) file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("\(path): cannot read the \(what) file", hint: "check its permissions")
        }
        return data
    }

    /// The first 64 KB of a file (to sniff a CSV delimiter).
    static func readHead(_ path: String) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CLIFailure("\(path): cannot read the file") }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 64 * 1024)) ?? Data()
    }

    /// Writes `data` to a temporary file beside `path`, then renames it into place, so that a
    /// failed run never leaves a partial or empty file.
    static func writeAtomically(_ data: Data, to path: String) throws {
        do {
            try AtomicFile.write(data, to: path)
        } catch AtomicFile.Failure.folderMissing(let folder) {
            throw CLIFailure("\(path): the folder \(folder) does not exist", hint: "create it first or choose another -o")
        } catch let failure as AtomicFile.Failure {
            throw CLIFailure("\(failure)", hint: "check that the path is a writable file location")
        }
    }
}

/// Standard output without stdio buffering, so that it never interleaves with stderr.
enum Output {
    static func write(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((text + terminator).utf8))
    }
}
