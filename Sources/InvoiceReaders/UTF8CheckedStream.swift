import Foundation

/// An input stream over another (a file the caller opened, a pipe, bytes in memory) that checks
/// the bytes are UTF-8 as they pass: it ends before the first byte that is not, and
/// `encodingProblem` says where that byte is (line and column, counted as the bytes pass; a CSV
/// parser would report something else). It also ends cleanly when its source does: Foundation's
/// file stream on Linux keeps answering `hasBytesAvailable` at the end of a file, which CSV.swift
/// reads as an error after the last row. Reads in 64 KB chunks, so memory stays flat.
///
/// The readers do no I/O themselves: the edge (the command line, OverdueKit) opens the file.
public final class UTF8CheckedStream: InputStream {
    private let source: InputStream
    /// An incomplete UTF-8 sequence at the end of the last chunk, checked with the next one.
    private var carry: [UInt8] = []
    /// Bytes checked before the current chunk, the lines they hold, and where the last began.
    private var checked = 0, line = 1, lineStart = 0
    /// The first byte that is not UTF-8, once the stream has reached it.
    public private(set) var encodingProblem: UTF8Check.Problem?
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var status: Stream.Status = .notOpen
    private var chunk = [UInt8](repeating: 0, count: 64 * 1024)

    /// A checked stream over `source` (opened when this stream is).
    public init(_ source: InputStream) {
        self.source = source
        super.init(data: Data())
    }

    public override func open() { source.open(); status = .open }
    public override func close() { source.close(); status = .closed }
    public override var streamStatus: Stream.Status { status }
    public override var streamError: Error? { nil }

    private func fill() {
        guard position >= buffer.count, !atEnd else { return }
        guard encodingProblem == nil else {
            // The valid bytes before the problem were handed out: end here.
            finish()
            return
        }
        if source.streamStatus == .notOpen { source.open() }
        let got = source.read(&chunk, maxLength: chunk.count)
        guard got > 0 else {
            if !carry.isEmpty { encodingProblem = problem(at: 0, in: carry) }
            finish()
            return
        }
        var bytes = carry + chunk[0..<got]
        let keep = Self.incompleteTail(bytes)
        carry = keep > 0 ? Array(bytes.suffix(keep)) : []
        if keep > 0 { bytes.removeLast(keep) }
        if String(validating: bytes, as: UTF8.self) == nil, let found = UTF8Check.firstProblem(in: bytes) {
            encodingProblem = problem(at: found.offset, in: bytes)
            bytes = Array(bytes.prefix(found.offset))
            carry = []
            if bytes.isEmpty { finish() }
        }
        count(lines: bytes)
        buffer = bytes
        position = 0
    }

    private func finish() { atEnd = true; status = .atEnd }

    /// Counts the lines of bytes about to be handed out.
    private func count(lines bytes: [UInt8]) {
        for (index, byte) in bytes.enumerated() where byte == 0x0A { line += 1; lineStart = checked + index + 1 }
        checked += bytes.count
    }

    /// The problem at `offset` of `bytes` (the bytes after those checked so far).
    private func problem(at offset: Int, in bytes: [UInt8]) -> UTF8Check.Problem {
        var line = self.line, lineStart = self.lineStart
        for index in 0..<offset where bytes[index] == 0x0A { line += 1; lineStart = checked + index + 1 }
        let absolute = checked + offset
        return UTF8Check.Problem(offset: absolute, line: line, column: absolute - lineStart + 1, byte: bytes[offset])
    }

    /// Bytes at the end of `bytes` that start a UTF-8 sequence the next chunk completes.
    static func incompleteTail(_ bytes: [UInt8]) -> Int {
        var i = 1
        while i <= min(3, bytes.count) {
            let byte = bytes[bytes.count - i]
            if byte & 0xC0 == 0x80 { i += 1; continue }
            guard byte >= 0xC0 else { return 0 }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            return length > i ? i : 0
        }
        return 0
    }

    public override var hasBytesAvailable: Bool {
        fill()
        return position < buffer.count
    }

    public override func read(_ target: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        fill()
        let count = min(maxLength, buffer.count - position)
        guard count > 0 else { return 0 }
        buffer.withUnsafeBufferPointer { source in
            target.update(from: source.baseAddress!.advanced(by: position), count: count)
        }
        position += count
        return count
    }

    public override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length: UnsafeMutablePointer<Int>) -> Bool { false }
}
