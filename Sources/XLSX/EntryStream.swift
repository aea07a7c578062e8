import Foundation
import ZIPFoundation

/// The bytes of one archive entry as an `InputStream`: ZIPFoundation unpacks the entry on a worker
/// thread (its extraction pushes chunks) while the XML parser pulls them, at most a few 64 KB
/// chunks apart, so a large sheet is never held whole in memory. The unpacked bytes are counted
/// against the limits, and checked (no DTD, UTF-8) before the parser sees them.
final class EntryStream: InputStream {
    private let pipe: EntryPipe
    private var current = Data()
    private var position = 0
    private var check: XMLByteCheck
    private var checkFailure: Error?
    private var status: Stream.Status = .notOpen

    init(url: URL, path: String, limits: XLSXLimits, alreadyUnpacked: Int) {
        check = XMLByteCheck(part: path)
        pipe = EntryPipe()
        super.init(data: Data())
        let pipe = self.pipe
        Thread { pipe.produce(url: url, path: path, limits: limits, alreadyUnpacked: alreadyUnpacked) }.start()
    }

    deinit { pipe.cancel() }

    /// Why the entry could not be read: a limit, a broken archive, a DTD or bytes not UTF-8.
    var failure: Error? { checkFailure ?? pipe.failure }
    /// Unpacked bytes so far.
    var unpacked: Int { pipe.unpacked }

    /// Stops the worker (the parser gave up early).
    func cancel() { pipe.cancel() }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var streamError: Error? { nil }
    override var hasBytesAvailable: Bool { status != .atEnd }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if position >= current.count {
            guard checkFailure == nil, let next = pipe.next() else {
                if checkFailure == nil, pipe.failure == nil, !pipe.isCancelled {
                    do { try check.finish() } catch { checkFailure = error }
                }
                status = .atEnd
                return 0
            }
            current = next
            position = 0
            do {
                try check.check(current)
            } catch {
                checkFailure = error
                pipe.cancel()
                status = .atEnd
                return 0
            }
        }
        let count = min(maxLength, current.count - position)
        current.withUnsafeBytes { raw in
            buffer.update(from: raw.baseAddress!.advanced(by: position).assumingMemoryBound(to: UInt8.self), count: count)
        }
        position += count
        return count
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length: UnsafeMutablePointer<Int>) -> Bool { false }
}

/// The worker's side: unpacks into a queue of at most four chunks, waiting while it is full.
final class EntryPipe: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [Data] = []
    private var finished = false
    private var cancelled = false
    private var producerFailure: Error?
    private var count = 0

    private struct Cancelled: Error {}

    var failure: Error? { condition.lock(); defer { condition.unlock() }; return producerFailure }
    var isCancelled: Bool { condition.lock(); defer { condition.unlock() }; return cancelled }
    var unpacked: Int { condition.lock(); defer { condition.unlock() }; return count }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk, nil at the end (or after a failure or cancel).
    func next() -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished && !cancelled { condition.wait() }
        guard !cancelled, producerFailure == nil, !chunks.isEmpty else { return nil }
        condition.broadcast()
        return chunks.removeFirst()
    }

    func produce(url: URL, path: String, limits: XLSXLimits, alreadyUnpacked: Int) {
        var failure: Error?
        do {
            let archive = try Archive(url: url, accessMode: .read)
            guard let entry = archive[path] else { throw XLSXError("\(path) is missing") }
            var total = alreadyUnpacked, part = 0
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                part += chunk.count
                total += chunk.count
                if part > limits.partBytes { throw XLSXError("\(path) unpacks to more than \(limits.partBytes >> 20) MB") }
                if total > limits.totalBytes { throw XLSXError("the workbook unpacks to more than \(limits.totalBytes >> 20) MB") }
                self.condition.lock()
                defer { self.condition.unlock() }
                while self.chunks.count >= 4 && !self.cancelled { self.condition.wait() }
                if self.cancelled { throw Cancelled() }
                self.chunks.append(chunk)
                self.count = part
                self.condition.broadcast()
            }
        } catch is Cancelled {
        } catch let error as XLSXError {
            failure = error
        } catch {
            failure = XLSXError("\(path): cannot be unpacked (\(error))")
        }
        condition.lock()
        producerFailure = failure
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}

/// `XMLSafety`'s checks over a part that arrives in chunks: a DTD split between two chunks and a
/// UTF-8 sequence split between two chunks are both seen.
struct XMLByteCheck {
    let part: String
    private var tail: [UInt8] = []
    private var carry: [UInt8] = []
    private var offset = 0

    init(part: String) { self.part = part }

    mutating func check(_ chunk: Data) throws {
        let window = Data(tail) + chunk.prefix(16)
        if XMLSafety.hasDTD(window) || XMLSafety.hasDTD(chunk) {
            throw XLSXError("\(part): has a document type declaration (DTD); workbooks have none, so it is refused")
        }
        tail = Array((Data(tail) + chunk).suffix(8))
        var bytes = carry
        bytes.append(contentsOf: chunk)
        // Keep an unfinished sequence at the end for the next chunk.
        var cut = bytes.count
        var back = 0
        while back < 3, cut - back - 1 >= 0 {
            let byte = bytes[cut - back - 1]
            if byte & 0xC0 != 0x80 {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                if length > back + 1 { cut = cut - back - 1 }
                break
            }
            back += 1
        }
        carry = Array(bytes[cut...])
        if let bad = XMLSafety.firstInvalidUTF8(bytes[..<cut]) { throw XLSXError("\(part): byte \(offset + bad + 1) is not UTF-8") }
        offset += cut
    }

    func finish() throws {
        if !carry.isEmpty { throw XLSXError("\(part): ends inside a UTF-8 sequence") }
    }
}
