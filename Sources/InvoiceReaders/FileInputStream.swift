import Foundation

/// An input stream over a file that knows when it is at the end. (Foundation's file stream on
/// Linux keeps answering `hasBytesAvailable` at the end of the file, which CSV.swift reads as an
/// error after the last row.) Reads in 64 KB chunks, so memory stays flat.
///
/// The bytes are checked to be UTF-8 as they are read: the stream ends before the first byte that
/// is not, and `encodingProblem` says where it is (a CSV parser would report something else).
public final class FileInputStream: InputStream {
    private let path: String
    private let handle: FileHandle
    /// An incomplete UTF-8 sequence at the end of the last chunk, checked with the next one.
    private var carry = Data()
    /// Bytes of the file checked before the current chunk.
    private var checked = 0
    /// The first byte of the file that is not UTF-8, once the stream has reached it.
    public private(set) var encodingProblem: UTF8Check.Problem?
    private var buffer = Data()
    private var position = 0
    private var atEnd = false
    private var status: Stream.Status = .notOpen

    public init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.path = path
        super.init(data: Data())
    }

    deinit { try? handle.close() }

    public override func open() { status = .open }
    public override func close() { status = .closed }
    public override var streamStatus: Stream.Status { status }
    public override var streamError: Error? { nil }

    private func fill() {
        guard position >= buffer.count, !atEnd else { return }
        guard encodingProblem == nil else {
            // The valid bytes before the problem were handed out: end here.
            atEnd = true
            status = .atEnd
            return
        }
        let chunk = (try? handle.read(upToCount: 64 * 1024)) ?? nil
        guard let chunk, !chunk.isEmpty else {
            if !carry.isEmpty { encodingProblem = locate(checked) }
            atEnd = true
            status = .atEnd
            return
        }
        var bytes = carry.isEmpty ? chunk : carry + chunk
        let keep = Self.incompleteTail(bytes)
        carry = keep > 0 ? Data(bytes.suffix(keep)) : Data()
        if keep > 0 { bytes = Data(bytes.prefix(bytes.count - keep)) }
        if String(validating: bytes, as: UTF8.self) == nil, let problem = UTF8Check.firstProblem(in: bytes) {
            encodingProblem = locate(checked + problem.offset)
            bytes = Data(bytes.prefix(problem.offset))
            carry = Data()
            if bytes.isEmpty { atEnd = true; status = .atEnd }
        }
        checked += bytes.count
        buffer = bytes
        position = 0
    }

    /// Bytes at the end of `bytes` that start a UTF-8 sequence the next chunk completes.
    static func incompleteTail(_ bytes: Data) -> Int {
        var i = 1
        while i <= min(3, bytes.count) {
            let byte = bytes[bytes.index(bytes.endIndex, offsetBy: -i)]
            if byte & 0xC0 == 0x80 { i += 1; continue }
            guard byte >= 0xC0 else { return 0 }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            return length > i ? i : 0
        }
        return 0
    }

    /// Line and column of byte `offset` of the file (read again: this only runs on an error).
    private func locate(_ offset: Int) -> UTF8Check.Problem {
        guard let again = FileHandle(forReadingAtPath: path), let prefix = try? again.read(upToCount: offset + 1) else {
            return UTF8Check.Problem(offset: offset, line: 1, column: offset + 1, byte: 0)
        }
        try? again.close()
        return UTF8Check.locate(offset, in: prefix)
    }

    public override var hasBytesAvailable: Bool {
        fill()
        return position < buffer.count
    }

    public override func read(_ target: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        fill()
        let count = min(maxLength, buffer.count - position)
        guard count > 0 else { return 0 }
        buffer.withUnsafeBytes { raw in
            target.update(from: raw.baseAddress!.advanced(by: position).assumingMemoryBound(to: UInt8.self), count: count)
        }
        position += count
        return count
    }

    public override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length: UnsafeMutablePointer<Int>) -> Bool { false }
}
