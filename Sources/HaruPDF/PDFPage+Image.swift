internal import CHaru
import Foundation

extension PDFPage {
    /// Draws `image` into the box whose top-left corner is (`x`, `y`), `width` x `height` points.
    /// The image's data is added to the current document here (libharu frees it with the document).
    public func image(_ image: ImageFile, x: Double, y: Double, width: Double, height: Double) throws {
        try writer.endText()
        let doc = writer.raw()
        let object: HPDF_Image?
        switch image.content {
        case .jpeg(let bytes):
            object = bytes.withUnsafeBytes { HPDF_LoadJpegImageFromMem(doc, $0.bindMemory(to: HPDF_BYTE.self).baseAddress, HPDF_UINT($0.count)) }
        case .png(let pixels):
            var mask: HPDF_Image?
            if let alpha = pixels.mask {
                mask = try Self.deflatedImage(doc, image: image, bits: alpha.bits, colorSpace: "DeviceGray", palette: nil, data: alpha.data, mask: nil)
                if mask == nil { try writer.check("loading the image \(image.path)") }
            }
            object = try Self.deflatedImage(doc, image: image, bits: pixels.bits, colorSpace: pixels.colorSpace, palette: pixels.palette,
                                            data: pixels.data, mask: mask)
        }
        guard let object else {
            try writer.check("loading the image \(image.path)")
            throw HaruError.library(code: 0, detail: 0, during: "loading the image \(image.path)")
        }
        HPDF_Page_DrawImage(page, object, Float(x), Float(writer.pageHeight - y - height), Float(width), Float(height))
        try writer.check("drawing the image \(image.path)")
    }

    private static func deflatedImage(_ doc: HPDF_Doc, image: ImageFile, bits: Int, colorSpace: String, palette: Data?,
                                      data: Data, mask: HPDF_Image?) throws -> HPDF_Image? {
        data.withUnsafeBytes { pixels in
            let pixelBase = pixels.bindMemory(to: HPDF_BYTE.self).baseAddress
            return colorSpace.withCString { space in
                guard let palette else {
                    return overdue_DeflatedImage(doc, HPDF_UINT(image.pixelWidth), HPDF_UINT(image.pixelHeight), HPDF_UINT(bits), space,
                                                 nil, 0, pixelBase, HPDF_UINT(pixels.count), mask)
                }
                return palette.withUnsafeBytes { colors in
                    overdue_DeflatedImage(doc, HPDF_UINT(image.pixelWidth), HPDF_UINT(image.pixelHeight), HPDF_UINT(bits), space,
                                          colors.bindMemory(to: HPDF_BYTE.self).baseAddress, HPDF_UINT(colors.count),
                                          pixelBase, HPDF_UINT(pixels.count), mask)
                }
            }
        }
    }
}
