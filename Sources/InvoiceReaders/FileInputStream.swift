import Foundation

/// An input stream over a file that knows when it is at the end. (Foundation's file stream on
/// Linux keeps answering `hasBytesAvailable` at the end of the file, which CSV.swift reads as an
/// error after the last row.) Reads in 64 KB chunks, so memory stays flat.
public final class FileInputStream: InputStream {
    private let handle: FileHandle
    private var buffer = Data()
    private var position = 0
    private var atEnd = false
    private var status: Stream.Status = .notOpen

    public init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        super.init(data: Data())
    }

    deinit { try? handle.close() }

    public override func open() { status = .open }
    public override func close() { status = .closed }
    public override var streamStatus: Stream.Status { status }
    public override var streamError: Error? { nil }

    private func fill() {
        guard position >= buffer.count, !atEnd else { return }
        let chunk = (try? handle.read(upToCount: 64 * 1024)) ?? nil
        if let chunk, !chunk.isEmpty {
            buffer = chunk
            position = 0
        } else {
            atEnd = true
            status = .atEnd
        }
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
