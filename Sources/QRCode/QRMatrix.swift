internal import CQRencode

/// A QR code symbol as a square of dark and light modules, from libqrencode.
public struct QRMatrix: Sendable, Equatable {
    /// Modules per side (without the quiet zone).
    public let size: Int
    /// Row by row, `true` for a dark module.
    public let modules: [Bool]

    public enum Failure: Error, Equatable { case tooLong, encoderFailed }

    /// Encodes `bytes` in 8-bit mode with error correction level M (EPC069-12), at most `maxVersion`.
    public static func encode(_ bytes: [UInt8], maxVersion: Int = 40) throws -> QRMatrix {
        guard let code = bytes.withUnsafeBufferPointer({ QRcode_encodeData(Int32($0.count), $0.baseAddress, 0, QR_ECLEVEL_M) }) else {
            throw Failure.encoderFailed
        }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        guard code.pointee.version <= maxVersion else { throw Failure.tooLong }
        // Bit 0 of each byte is the module's colour (1 = dark).
        let modules = (0..<(size * size)).map { code.pointee.data[$0] & 1 == 1 }
        return QRMatrix(size: size, modules: modules)
    }

    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }
}
