internal import CHaru
import Foundation

/// Owns one libharu handle and writes one PDF document at a time with it
/// (`beginDocument`, pages, `finish`). Not thread-safe: use one writer per thread.
///
/// Text is drawn with embedded TrueType fonts in single-byte encodings: each string is cut
/// into runs by the first encoding (Windows-1252, then 1250, 1257, 1251, 1253, 1254) that has
/// every character, and a character no encoding or no glyph covers is an error, never a box.
public final class PDFWriter {
    private let doc: HPDF_Doc
    private let errors: ErrorBox
    private let fontFiles: FontFiles
    /// Font names libharu gave each face's TrueType file, valid for the current document.
    private var fontNames: [FontStyle: String] = [:]
    /// (face, encoding index) -> libharu font of the current document.
    private var fonts: [Int: HPDF_Font] = [:]
    private var widthCache: [UInt64: Double] = [:]
    private var glyphCache: [UInt64: Bool] = [:]

    public let pageWidth: Double = 595.276   // A4 in points
    public let pageHeight: Double = 841.89

    public init(fonts: FontFiles) throws {
        errors = ErrorBox()
        let box = Unmanaged.passUnretained(errors).toOpaque()
        guard let handle = HPDF_New({ code, detail, data in
            guard let data else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(data).takeUnretainedValue()
            if box.code == 0 { box.code = UInt(code); box.detail = UInt(detail) }
        }, box) else { throw HaruError.library(code: 0, detail: 0, during: "creating the PDF library handle") }
        doc = handle
        fontFiles = fonts
        // Parse each font file once; libharu keeps font definitions across documents, so every
        // document (the first included) starts from the same state and comes out byte-identical.
        for style in FontStyle.allCases {
            guard FileManager.default.isReadableFile(atPath: fonts.path(style)),
                  let name = HPDF_LoadTTFontFromFile(handle, fonts.path(style), HPDF_TRUE) else {
                HPDF_Free(handle)
                throw HaruError.fontNotLoaded(path: fonts.path(style))
            }
            fontNames[style] = String(cString: name)
        }
        if HPDF_GetError(handle) != 0 { HPDF_Free(handle); throw HaruError.fontNotLoaded(path: fonts.regular) }
    }

    deinit { HPDF_Free(doc) }

    /// Starts a new, empty document (the handle is reused).
    public func beginDocument(title: String, author: String, subject: String, creator: String) throws {
        HPDF_NewDoc(doc)
        try check("starting a document")
        fonts = [:]
        HPDF_SetCompressionMode(doc, UInt32(HPDF_COMP_ALL))
        setInfo(HPDF_INFO_TITLE, title)
        setInfo(HPDF_INFO_AUTHOR, author)
        setInfo(HPDF_INFO_SUBJECT, subject)
        setInfo(HPDF_INFO_CREATOR, creator)
        try check("writing the document information")
    }

    /// Adds an A4 portrait page and returns its index.
    @discardableResult
    public func addPage() throws -> PDFPage {
        guard let page = HPDF_AddPage(doc) else { try check("adding a page"); throw HaruError.library(code: 0, detail: 0, during: "adding a page") }
        HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT)
        try check("adding a page")
        return PDFPage(page: page, writer: self)
    }

    /// The finished document's bytes.
    public func finish() throws -> Data {
        HPDF_SaveToStream(doc)
        try check("writing the PDF")
        let size = Int(HPDF_GetStreamSize(doc))
        var data = Data(count: size)
        var read = HPDF_UINT32(size)
        let status = data.withUnsafeMutableBytes { buffer in
            HPDF_ReadFromStream(doc, buffer.baseAddress!.assumingMemoryBound(to: HPDF_BYTE.self), &read)
        }
        // HPDF_STREAM_EOF is the normal end of a complete read.
        if status != HPDF_OK && status != HPDF_STREAM_EOF { try check("reading the PDF") }
        HPDF_ResetError(doc); errors.reset()
        guard Int(read) == size else { throw HaruError.library(code: 0, detail: 0, during: "reading the PDF (short read)") }
        return data
    }

    // MARK: - Text

    /// Characters of `text` that the `style` face cannot print.
    public func unprintable(_ text: String, style: FontStyle) throws -> [Character] {
        var bad: [Character] = []
        for ch in text where !(try canPrint(ch, style: style)) { bad.append(ch) }
        return bad
    }

    /// Throws when any character of `text` cannot be printed.
    public func requirePrintable(_ text: String, style: FontStyle) throws {
        let bad = try unprintable(text, style: style)
        if !bad.isEmpty { throw HaruError.unprintable(text: text, characters: bad) }
    }

    /// Width of `text` in points at `size`. Measured on the font definitions (not on PDF font
    /// objects), so measuring never adds objects to the document and caching cannot reorder them.
    public func width(_ text: String, style: FontStyle, size: Double) throws -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars {
            let key = UInt64(style.rawValue) << 32 | UInt64(scalar.value)
            if let cached = widthCache[key] { total += cached; continue }
            guard scalar.value <= 0xFFFF, let name = fontNames[style], let def = HPDF_GetFontDef(doc, name) else { continue }
            let w = Double(HPDF_TTFontDef_GetCharWidth(def, HPDF_UINT16(scalar.value)))
            HPDF_ResetError(doc); errors.reset()
            widthCache[key] = w
            total += w
        }
        return total * size / 1000
    }

    func canPrint(_ ch: Character, style: FontStyle) throws -> Bool {
        for scalar in ch.unicodeScalars {
            let key = UInt64(style.rawValue) << 32 | UInt64(scalar.value)
            if let known = glyphCache[key] { if !known { return false }; continue }
            var ok = false
            if scalar.value <= 0xFFFF, Encodings.shared.index(for: scalar) != nil,
               let name = fontNames[style], let def = HPDF_GetFontDef(doc, name) {
                ok = scalar.value == 0x20 || HPDF_TTFontDef_GetGlyphid(def, HPDF_UINT16(scalar.value)) != 0
            }
            HPDF_ResetError(doc); errors.reset()
            glyphCache[key] = ok
            if !ok { return false }
        }
        return true
    }

    /// The libharu font that prints `scalar` in `style`, and the byte for it.
    func font(for scalar: Unicode.Scalar, style: FontStyle) throws -> (HPDF_Font, UInt8)? {
        guard let (index, byte) = Encodings.shared.index(for: scalar) else { return nil }
        let key = style.rawValue * 16 + index
        if let font = fonts[key] { return (font, byte) }
        guard let name = fontNames[style],
              let font = HPDF_GetFont(doc, name, Encodings.names[index]) else {
            try check("selecting a font")
            return nil
        }
        fonts[key] = font
        return (font, byte)
    }

    /// Cuts `text` into (font, bytes) runs.
    func encodedRuns(_ text: String, style: FontStyle) throws -> [(HPDF_Font, [UInt8])] {
        var runs: [(HPDF_Font, [UInt8])] = []
        var currentFont: HPDF_Font?
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard let (font, byte) = try font(for: scalar, style: style) else {
                throw HaruError.unprintable(text: text, characters: [Character(scalar)])
            }
            if font != currentFont, let current = currentFont, !bytes.isEmpty {
                runs.append((current, bytes)); bytes = []
            }
            currentFont = font
            bytes.append(byte)
        }
        if let currentFont, !bytes.isEmpty { runs.append((currentFont, bytes)) }
        return runs
    }

    func check(_ during: String) throws {
        let code = errors.code != 0 ? errors.code : UInt(HPDF_GetError(doc))
        guard code != 0 else { return }
        let detail = errors.detail != 0 ? errors.detail : UInt(HPDF_GetErrorDetail(doc))
        HPDF_ResetError(doc)
        errors.reset()
        throw HaruError.library(code: code, detail: detail, during: during)
    }

    private func setInfo(_ attr: HPDF_InfoType, _ value: String) {
        // Document information strings are written as PDFDocEncoding (Latin-1 here):
        // characters outside it are written without their diacritics.
        let folded = value.unicodeScalars.map { $0.value < 0x100 ? String($0) : String(Character($0)).folding(options: .diacriticInsensitive, locale: nil) }.joined()
        var latin1 = folded.unicodeScalars.map { $0.value < 0x100 && $0.value >= 0x20 ? CChar(bitPattern: UInt8($0.value)) : CChar(UInt8(ascii: "?")) }
        latin1.append(0)
        HPDF_SetInfoAttr(doc, attr, latin1)
    }

    func raw() -> HPDF_Doc { doc }
}

/// Where the C error callback records the first error of a document.
final class ErrorBox {
    var code: UInt = 0
    var detail: UInt = 0
    func reset() { code = 0; detail = 0 }
}
