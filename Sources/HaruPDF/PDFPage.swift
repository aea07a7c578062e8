internal import CHaru

/// One page of the current document. Coordinates are points from the top-left corner.
public struct PDFPage {
    let page: HPDF_Page
    unowned let writer: PDFWriter

    /// Draws `text` with its baseline at `y`, starting at `x`. With `noBreakSpaceAsSpace`, a
    /// no-break space is written as an ordinary space (same width).
    public func text(_ text: String, x: Double, y: Double, style: FontStyle, size: Double, gray: Double = 0,
                     noBreakSpaceAsSpace: Bool = false) throws {
        guard !text.isEmpty else { return }
        let runs = try writer.encodedRuns(text, style: style, noBreakSpaceAsSpace: noBreakSpaceAsSpace)
        writer.beginText(on: page)
        HPDF_Page_SetTextMatrix(page, 1, 0, 0, 1, Float(x), Float(writer.pageHeight - y))
        if writer.text.gray != Float(gray) {
            HPDF_Page_SetGrayFill(page, Float(gray))
            writer.text.gray = Float(gray)
        }
        for (font, bytes) in runs {
            if writer.text.font != font || writer.text.size != Float(size) {
                HPDF_Page_SetFontAndSize(page, font, Float(size))
                writer.text.font = font
                writer.text.size = Float(size)
            }
            var cString = bytes
            cString.append(0)
            cString.withUnsafeBufferPointer { buffer in
                HPDF_Page_ShowText(page, UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self))
            }
        }
        try writer.check("drawing text")
    }

    /// A straight line.
    public func line(from: (Double, Double), to: (Double, Double), width: Double = 0.5, gray: Double = 0) throws {
        try writer.endText()
        HPDF_Page_SetLineWidth(page, Float(width))
        HPDF_Page_SetGrayStroke(page, Float(gray))
        HPDF_Page_MoveTo(page, Float(from.0), Float(writer.pageHeight - from.1))
        HPDF_Page_LineTo(page, Float(to.0), Float(writer.pageHeight - to.1))
        HPDF_Page_Stroke(page)
        try writer.check("drawing a line")
    }

    /// A filled rectangle (top-left corner, width, height).
    public func fill(x: Double, y: Double, width: Double, height: Double, gray: Double) throws {
        try writer.endText()
        HPDF_Page_SetGrayFill(page, Float(gray))
        HPDF_Page_Rectangle(page, Float(x), Float(writer.pageHeight - y - height), Float(width), Float(height))
        HPDF_Page_Fill(page)
        try writer.check("filling a rectangle")
    }
}

extension PDFPage {
    /// Draws a black-and-white bitmap (`bits` row by row, each row padded to whole bytes, most
    /// significant bit first, 0 = black) into the box whose top-left corner is (`x`, `y`).
    public func bitmap(_ bits: [UInt8], columns: Int, rows: Int, x: Double, y: Double, width: Double, height: Double) throws {
        try writer.endText()
        guard bits.count == (columns + 7) / 8 * rows, let image = bits.withUnsafeBufferPointer({
            // libharu encodes a 1-bit gray image with CCITT G4 (a 0 bit prints black).
            HPDF_LoadRawImageFromMem(writer.raw(), $0.baseAddress, HPDF_UINT(columns), HPDF_UINT(rows), HPDF_CS_DEVICE_GRAY, 1)
        }) else {
            try writer.check("loading an image")
            return
        }
        HPDF_Page_DrawImage(page, image, Float(x), Float(writer.pageHeight - y - height), Float(width), Float(height))
        try writer.check("drawing an image")
    }
}
