import Foundation

/// A proof of deposit (the post office's receipt for a registered letter): a PDF, PNG or JPEG,
/// recognised by its first bytes, never by its name.
public struct ProofFile: Sendable, Equatable {
    /// 10 MiB: a scan or a photo of a receipt; anything larger is not a receipt.
    public static let maximumSize = 10 << 20

    public enum Kind: String, Sendable, CaseIterable {
        case pdf, png, jpeg
        /// The file name extension in a hand-over pack.
        public var fileExtension: String { self == .jpeg ? "jpg" : rawValue }
    }

    public var kind: Kind
    /// The file's own name (its last path component), for the record.
    public var name: String
    public var data: [UInt8]

    /// Checks the bytes: a PDF (`%PDF-`), PNG (its 8-byte signature) or JPEG (`FF D8 FF`), not
    /// empty and at most `maximumSize`. Throws `ProofError` naming what is wrong.
    public init(name: String, data: [UInt8]) throws {
        guard !data.isEmpty else { throw ProofError.empty(name) }
        guard data.count <= Self.maximumSize else { throw ProofError.tooLarge(name, size: data.count) }
        guard let kind = Self.kind(of: data) else { throw ProofError.notAProof(name) }
        self.kind = kind; self.name = name; self.data = data
    }

    /// Internal: a proof read back from the journal (checked when it was stored).
    init(kind: Kind, name: String, data: [UInt8]) { self.kind = kind; self.name = name; self.data = data }

    public static func kind(of data: [UInt8]) -> Kind? {
        if data.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        return nil
    }
}

/// Why a file is not accepted as a proof of deposit.
public enum ProofError: Error, Equatable, CustomStringConvertible {
    case empty(String)
    case tooLarge(String, size: Int)
    case notAProof(String)

    public var description: String {
        switch self {
        case .empty(let name): return "\(name): the file is empty"
        case .tooLarge(let name, let size): return "\(name): \(size) bytes is more than a proof of deposit (at most \(ProofFile.maximumSize) bytes)"
        case .notAProof(let name): return "\(name): not a PDF, PNG or JPEG file (judged by its first bytes)"
        }
    }
}

/// A proof of deposit kept in the journal for a letter.
public struct ProofRecord: Sendable, Equatable {
    public var id: Int64
    public var letter: Int64
    public var addedOn: String
    public var file: ProofFile
    public var sha256: String

    public init(id: Int64, letter: Int64, addedOn: String, file: ProofFile, sha256: String) {
        self.id = id; self.letter = letter; self.addedOn = addedOn; self.file = file; self.sha256 = sha256
    }
}

/// One attempt to send a letter's message with `run --send-with`.
public struct MailingRecord: Sendable, Equatable {
    public var id: Int64
    public var letter: Int64
    public var date: String
    public var command: String
    /// True when the command took the message (exit status 0).
    public var sent: Bool
    public var exitStatus: Int32?
    /// The command's standard error (an excerpt) when it failed.
    public var detail: String

    public init(id: Int64 = 0, letter: Int64, date: String, command: String, sent: Bool, exitStatus: Int32?, detail: String) {
        self.id = id; self.letter = letter; self.date = date; self.command = command; self.sent = sent
        self.exitStatus = exitStatus; self.detail = detail
    }
}
