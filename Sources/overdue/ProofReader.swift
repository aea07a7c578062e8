import Foundation
import InvoiceModel
import Journal

/// Reads `sent --proof FILE`: a regular file, at most `ProofFile.maximumSize` bytes (read no
/// further), checked by its first bytes.
enum ProofReader {
    static func read(_ path: String) throws -> ProofFile {
        var status = stat()
        guard stat(path, &status) == 0 else { throw CLIFailure("--proof \(path): no such file") }
        guard status.st_mode & S_IFMT == S_IFREG else { throw CLIFailure("--proof \(path): not a regular file") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw CLIFailure("--proof \(path): cannot read the file") }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: ProofFile.maximumSize + 1)) ?? Data()
        return try ProofFile(name: (path as NSString).lastPathComponent, data: [UInt8](data))
    }
}

extension LetterRecord {
    /// A registered letter, not withdrawn, whose tracking number is not recorded yet.
    var needsTracking: Bool { channel == .registered && (tracking ?? "").isEmpty && status != .void }
}
