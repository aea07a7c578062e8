internal import CHaru
import Foundation

/// A PNG or JPEG image, read and checked once by libharu's own loaders, then drawn in any number
/// of documents (a logo on every letter of a batch) without decoding or compressing it again.
/// Immutable: one value is shared by every writer of a batch.
public final class ImageFile: Sendable {
    public enum Format: String, Sendable { case png = "PNG", jpeg = "JPEG" }

    /// The file it was read from (for messages).
    public let path: String
    public let format: Format
    /// Size in pixels.
    public let pixelWidth: Int
    public let pixelHeight: Int
    /// The file's bytes as read (part of a batch's input hash).
    public let bytes: Data

    /// What a document needs to show the image.
    enum Content: Sendable {
        /// The JPEG file itself: libharu copies it into each document as is.
        case jpeg(Data)
        /// PNG pixels decoded by libharu, then deflated once.
        case png(DeflatedImage)
    }
    let content: Content

    /// More pixels than a letterhead needs (e.g. 5,000 x 4,000) is refused rather than decoded.
    static let maxPixels: UInt64 = 20_000_000

    /// Pixel data deflated once, with what the image dictionary says about it.
    struct DeflatedImage: Sendable {
        var bits: Int
        /// `DeviceRGB` or `DeviceGray`; ignored when `palette` is set.
        var colorSpace: String
        var palette: Data?
        var data: Data
        /// The alpha channel, made the same way (gray).
        var mask: Mask?
        struct Mask: Sendable { var bits: Int; var data: Data }
    }

    /// Reads `path` and has libharu decode it. Throws an `ImageError` naming the file when it is
    /// missing, unreadable, or not a PNG or JPEG libharu can read.
    public convenience init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw ImageError.missing(path: path) }
        guard !isDirectory.boolValue, let bytes = FileManager.default.contents(atPath: path) else { throw ImageError.unreadable(path: path) }
        try self.init(bytes: bytes, path: path)
    }

    /// Decodes `bytes` (the contents of `path`) with libharu.
    public init(bytes: Data, path: String) throws {
        self.path = path
        self.bytes = bytes
        let format: Format
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            format = .png
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            format = .jpeg
        } else {
            throw ImageError.unsupported(path: path, reason: "it is neither a PNG nor a JPEG file")
        }
        self.format = format
        if format == .png {
            // libharu 2.3 aborts the process on a damaged PNG: libpng checks it first.
            var message = [CChar](repeating: 0, count: 128)
            let decodes = bytes.withUnsafeBytes { overdue_PNGDecodes($0.bindMemory(to: HPDF_BYTE.self).baseAddress, $0.count, Self.maxPixels, &message, message.count) }
            guard decodes != 0 else {
                throw ImageError.unsupported(path: path, reason: "the PNG is damaged or too large (\(String(cString: message)))")
            }
        }
        if format == .jpeg {
            // libharu reads only the JPEG's header and copies the rest: a file cut short would
            // show half a logo. The end-of-image marker closes a whole file.
            guard bytes.suffix(32).windows2.contains(where: { $0 == (0xFF, 0xD9) }) else {
                throw ImageError.unsupported(path: path, reason: "the JPEG is cut short (no end-of-image marker)")
            }
        }
        // A handle of its own: nothing of this reaches a letter's document.
        let errors = ErrorBox()
        guard let doc = HPDF_New({ code, detail, data in
            guard let data else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(data).takeUnretainedValue()
            if box.code == 0 { box.code = UInt(code); box.detail = UInt(detail) }
        }, Unmanaged.passUnretained(errors).toOpaque()) else {
            throw HaruError.library(code: 0, detail: 0, during: "creating the PDF library handle")
        }
        defer { HPDF_Free(doc) }
        HPDF_SetCompressionMode(doc, UInt32(HPDF_COMP_IMAGE))
        let loaded: HPDF_Image? = bytes.withUnsafeBytes { raw in
            let base = raw.bindMemory(to: HPDF_BYTE.self).baseAddress
            return format == .png ? HPDF_LoadPngImageFromMem(doc, base, HPDF_UINT(raw.count))
                                  : HPDF_LoadJpegImageFromMem(doc, base, HPDF_UINT(raw.count))
        }
        guard let image = loaded, errors.code == 0 else {
            let code = errors.code != 0 ? errors.code : UInt(HPDF_GetError(doc))
            throw ImageError.unsupported(path: path, reason: "libharu cannot read it as a \(format.rawValue) image (error 0x\(String(code, radix: 16, uppercase: true)))")
        }
        let size = HPDF_Image_GetSize(image)
        pixelWidth = Int(size.x); pixelHeight = Int(size.y)
        guard pixelWidth > 0, pixelHeight > 0 else { throw ImageError.unsupported(path: path, reason: "it has no pixels") }
        switch format {
        case .jpeg:
            content = .jpeg(bytes)
        case .png:
            let bits = Int(HPDF_Image_GetBitsPerComponent(image))
            let space = overdue_ImageColorSpaceName(image).map { String(cString: $0) }
            HPDF_ResetError(doc); errors.reset()
            var paletteBytes: UnsafePointer<HPDF_BYTE>?
            let paletteSize = overdue_ImagePalette(image, &paletteBytes)
            let palette = paletteSize > 0 ? paletteBytes.map { Data(bytes: $0, count: Int(paletteSize)) } : nil
            HPDF_ResetError(doc); errors.reset()
            var mask: DeflatedImage.Mask?
            if let smask = overdue_ImageSMask(image) {
                mask = DeflatedImage.Mask(bits: Int(HPDF_Image_GetBitsPerComponent(smask)), data: try Self.deflated(smask, doc: doc, path: path))
            }
            HPDF_ResetError(doc); errors.reset()
            guard space != nil || palette != nil else { throw ImageError.unsupported(path: path, reason: "its colour space is not supported") }
            content = .png(DeflatedImage(bits: bits, colorSpace: space ?? "DeviceRGB", palette: palette,
                                         data: try Self.deflated(image, doc: doc, path: path), mask: mask))
        }
    }

    /// The stream of a loaded image, deflated.
    private static func deflated(_ image: HPDF_Image, doc: HPDF_Doc, path: String) throws -> Data {
        guard let stream = overdue_DeflatedImageStream(doc, image) else {
            throw ImageError.unsupported(path: path, reason: "libharu could not compress its pixels")
        }
        defer { HPDF_Stream_Free(stream) }
        let size = Int(HPDF_Stream_Size(stream))
        var data = Data(count: size)
        guard size > 0, HPDF_Stream_Seek(stream, 0, HPDF_SEEK_SET) == HPDF_OK else {
            throw ImageError.unsupported(path: path, reason: "libharu produced no pixels")
        }
        var read = HPDF_UINT(size)
        let status = data.withUnsafeMutableBytes { HPDF_Stream_Read(stream, $0.baseAddress!.assumingMemoryBound(to: HPDF_BYTE.self), &read) }
        guard (status == HPDF_OK || status == HPDF_STREAM_EOF), Int(read) == size else {
            throw ImageError.unsupported(path: path, reason: "libharu could not read its pixels back")
        }
        return data
    }
}

/// An image file that cannot be used.
public enum ImageError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String)
    case unsupported(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): return "\(path): no such image file"
        case .unreadable(let path): return "\(path): cannot read the image file"
        case .unsupported(let path, let reason): return "\(path): not a usable PNG or JPEG image: \(reason)"
        }
    }
}

private extension Data {
    /// Adjacent byte pairs.
    var windows2: [(UInt8, UInt8)] { Array(zip(self, self.dropFirst())) }
}
