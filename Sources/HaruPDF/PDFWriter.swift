internal import CHaru
import Foundation

/// Owns one libharu handle and writes one PDF document at a time with it
/// (`beginDocument`, pages, `finish`). Not thread-safe: use one writer per thread.
///
/// Text is drawn with embedded TrueType fonts in single-byte encodings: each string is cut
/// into runs by the first encoding (Windows-1252, then 1250, 1257, 1251, 1253, 1254) that has
/// the character, and by font: the primary family (small, cut to the letters' scripts) when it
/// has the glyph, else the fallback family. A character neither can print is an error, never a box.
public final class PDFWriter {
    private let doc: HPDF_Doc
    private let errors: ErrorBox
    /// Font families in order of preference; the fallback's files are parsed on first need.
    private let families: [FontFiles]
    private var fontNames: [[FontStyle: String]]
    /// (family, face, encoding) -> libharu font of the current document, by `Glyph.fontSlot`.
    private var fonts: [HPDF_Font?]
    /// What prints a character in a face: looked up once per handle, in a flat table for the
    /// scripts of our letters (`fastLimit`) and a dictionary beyond.
    private var fastGlyphs: [Glyph]
    private var glyphCache: [UInt64: Glyph] = [:]
    private static let fastLimit: UInt32 = 0x800

    /// How a character prints in one face (8 bytes: the flat table stays small).
    struct Glyph {
        private var familyCode: Int8
        private var widthUnits: Int16
        private var slot: Int16
        /// The character's byte in that encoding.
        let byte: UInt8

        init(family: Int, width: Int, fontSlot: Int, byte: UInt8) {
            familyCode = Int8(family); widthUnits = Int16(clamping: width); slot = Int16(fontSlot); self.byte = byte
        }
        /// The family that has the glyph; -1: none; -2: not looked up yet.
        var family: Int { Int(familyCode) }
        /// Advance width in 1/1000 em.
        var width: Double { Double(widthUnits) }
        /// Index into `fonts`: family, face and encoding; -1 when unprintable.
        var fontSlot: Int { Int(slot) }
        static let unknown = Glyph(family: -2, width: 0, fontSlot: -1, byte: 0)
    }

    /// The paper of the pages added from now on, in points (A4 unless `setPaper` says otherwise).
    public internal(set) var pageWidth: Double = 595.276
    public internal(set) var pageHeight: Double = 841.89

    /// - Parameters:
    ///   - fonts: the primary family.
    ///   - fallback: used for characters the primary family lacks.
    public init(fonts: FontFiles, fallback: FontFiles? = nil) throws {
        errors = ErrorBox()
        let box = Unmanaged.passUnretained(errors).toOpaque()
        guard let handle = HPDF_New({ code, detail, data in
            guard let data else { return }
            let box = Unmanaged<ErrorBox>.fromOpaque(data).takeUnretainedValue()
            if box.code == 0 { box.code = UInt(code); box.detail = UInt(detail) }
        }, box) else { throw HaruError.library(code: 0, detail: 0, during: "creating the PDF library handle") }
        doc = handle
        families = [fonts] + (fallback.map { [$0] } ?? [])
        fontNames = families.map { _ in [:] }
        self.fonts = Array(repeating: nil, count: families.count * FontStyle.allCases.count * Encodings.names.count)
        fastGlyphs = Array(repeating: .unknown, count: FontStyle.allCases.count * Int(Self.fastLimit))
        // Faces are parsed on first use (libharu keeps font definitions across documents and a
        // definition adds no object to a document, so output stays byte-identical). The regular
        // face is checked now, so a missing font is an error up front.
        do {
            _ = try fontName(family: 0, style: .regular)
        } catch {
            HPDF_Free(handle)
            throw error
        }
    }

    deinit { HPDF_Free(doc) }

    /// The libharu name of a face, parsing its file on first use.
    private func fontName(family index: Int, style: FontStyle) throws -> String {
        if let name = fontNames[index][style] { return name }
        let path = families[index].path(style)
        // Loaded from memory: libharu reads the font again for every document it embeds it in.
        guard let bytes = families[index].contents?[style.rawValue] ?? FileManager.default.contents(atPath: path), !bytes.isEmpty,
              let name = bytes.withUnsafeBytes({ overdue_LoadTTFontFromMemory(doc, $0.bindMemory(to: HPDF_BYTE.self).baseAddress, HPDF_UINT($0.count),
                                                                               Self.subsetTag(family: index, style: style)) })
        else {
            HPDF_ResetError(doc); errors.reset()
            throw HaruError.fontNotLoaded(path: path)
        }
        HPDF_ResetError(doc); errors.reset()
        fontNames[index][style] = String(cString: name)
        return fontNames[index][style]!
    }

    /// The subset tag of a face: HPDFAA, HPDFAB ... for the first family's faces, HPDFBA ... for
    /// the fallback's (fixed per face, so a letter's bytes never depend on the letters before it).
    static func subsetTag(family: Int, style: FontStyle) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return "HPDF" + String(letters[family % 26]) + String(letters[style.rawValue % 26])
    }

    /// Starts a new, empty document (the handle is reused).
    public func beginDocument(title: String, author: String, subject: String, creator: String, keywords: String? = nil) throws {
        HPDF_NewDoc(doc)
        text = TextState()
        try check("starting a document")
        for slot in fonts.indices { fonts[slot] = nil }
        // Page content and images are compressed; the embedded font subsets are not: cut to our
        // scripts they add about 6 KB a letter uncompressed, and deflating them took half of
        // libharu's time per letter (Benchmarks/README.md).
        HPDF_SetCompressionMode(doc, UInt32(HPDF_COMP_TEXT | HPDF_COMP_IMAGE))
        setInfo(HPDF_INFO_TITLE, title)
        setInfo(HPDF_INFO_AUTHOR, author)
        setInfo(HPDF_INFO_SUBJECT, subject)
        setInfo(HPDF_INFO_CREATOR, creator)
        if let keywords { setInfo(HPDF_INFO_KEYWORDS, keywords) }
        try check("writing the document information")
    }

    /// Builds the current document's pages as a two-level tree (`pagesPerNode` pages under each
    /// intermediate node) instead of one node holding every page: libharu's arrays hold at most
    /// 32,767 entries, so one node caps a document at that many pages, and viewers and printers
    /// find a page of a large file faster through a tree. Call before the first page.
    public func usePageTree(pagesPerNode: Int) throws {
        HPDF_SetPagesConfiguration(doc, HPDF_UINT(max(1, pagesPerNode)))
        try check("setting up the page tree")
    }

    /// Sets the document's title (e.g. once a volume's letters are known).
    public func setTitle(_ title: String) throws {
        setInfo(HPDF_INFO_TITLE, title)
        try check("writing the title")
    }

    /// Sets the document's keywords (e.g. once the page count is known).
    public func setKeywords(_ keywords: String) throws {
        setInfo(HPDF_INFO_KEYWORDS, keywords)
        try check("writing the keywords")
    }

    /// Adds a portrait page of the current paper size (A4 by default).
    @discardableResult
    public func addPage() throws -> PDFPage {
        try endText()
        guard let page = HPDF_AddPage(doc) else { try check("adding a page"); throw HaruError.library(code: 0, detail: 0, during: "adding a page") }
        HPDF_Page_SetWidth(page, Float(pageWidth))
        HPDF_Page_SetHeight(page, Float(pageHeight))
        try check("adding a page")
        return PDFPage(page: page, writer: self)
    }

    /// Pages in the current document.
    public var pageCount: Int {
        var count = 0
        while HPDF_GetPageByIndex(doc, HPDF_UINT(count)) != nil { count += 1 }
        HPDF_ResetError(doc); errors.reset()
        return count
    }

    /// The finished document's bytes.
    public func finish() throws -> Data {
        try endText()
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

    /// Writes the finished document straight to the file at `path` (no copy of it in memory), e.g.
    /// a temporary name that the caller renames into place.
    public func finish(toFile path: String) throws {
        try endText()
        HPDF_SaveToFile(doc, path)
        try check("writing \(path)")
    }

    // MARK: - Page state

    /// The open text object of the current page and the text state set in it, so that a page
    /// of many lines is one text object that sets a font or a gray only when it changes.
    struct TextState {
        var page: HPDF_Page?
        var font: HPDF_Font?
        var size: Float = 0
        var gray: Float = -1
    }
    var text = TextState()

    /// Opens a text object on `page` unless one is open.
    func beginText(on page: HPDF_Page) {
        guard text.page != page else { return }
        HPDF_Page_BeginText(page)
        text = TextState(page: page)
    }

    /// Closes the open text object (before drawing paths or images, a new page, or the end).
    func endText() throws {
        guard let page = text.page else { return }
        HPDF_Page_EndText(page)
        text = TextState()
        try check("drawing text")
    }

    // MARK: - Text

    /// Characters of `text` that no family can print in `style`.
    public func unprintable(_ text: String, style: FontStyle) throws -> [Character] {
        var bad: [Character] = []
        for ch in text where !(try canPrint(ch, style: style)) { bad.append(ch) }
        return bad
    }

    /// Throws when any character of `text` cannot be printed.
    public func requirePrintable(_ text: String, style: FontStyle) throws {
        for ch in text where !(try canPrint(ch, style: style)) {
            throw HaruError.unprintable(text: text, characters: try unprintable(text, style: style))
        }
    }

    /// Width of `text` in points at `size`. Measured on the font definitions (not on PDF font
    /// objects), so measuring never adds objects to the document and caching cannot reorder them.
    public func width(_ text: String, style: FontStyle, size: Double) throws -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars { total += try glyph(scalar, style: style).width }
        return total * size / 1000
    }

    /// Width of `text` in 1/1000 em units; throws when a character cannot be printed.
    /// One pass over the scalars: the layout's hot path.
    public func checkedWidth(_ text: String, style: FontStyle) throws -> Double {
        var total = 0.0
        for scalar in text.unicodeScalars {
            let glyph = try glyph(scalar, style: style)
            if glyph.family < 0 { throw HaruError.unprintable(text: text, characters: try unprintable(text, style: style)) }
            total += glyph.width
        }
        return total
    }

    func canPrint(_ ch: Character, style: FontStyle) throws -> Bool {
        for scalar in ch.unicodeScalars where try glyph(scalar, style: style).family < 0 { return false }
        return true
    }

    /// How `scalar` prints in `style`.
    @inline(__always)
    private func glyph(_ scalar: Unicode.Scalar, style: FontStyle) throws -> Glyph {
        if scalar.value < Self.fastLimit {
            let index = style.rawValue * Int(Self.fastLimit) + Int(scalar.value)
            let known = fastGlyphs[index]
            if known.family != -2 { return known }
            let found = try lookUp(scalar, style: style)
            fastGlyphs[index] = found
            return found
        }
        let key = UInt64(style.rawValue) << 32 | UInt64(scalar.value)
        if let known = glyphCache[key] { return known }
        let found = try lookUp(scalar, style: style)
        glyphCache[key] = found
        return found
    }

    /// Asks the font definitions which family prints `scalar` in `style` (the first that has it).
    private func lookUp(_ scalar: Unicode.Scalar, style: FontStyle) throws -> Glyph {
        var result = Glyph(family: -1, width: 0, fontSlot: -1, byte: 0)
        if scalar.value <= 0xFFFF, let (encoding, byte) = Encodings.shared.index(for: scalar) {
            for family in families.indices {
                guard let def = HPDF_GetFontDef(doc, try fontName(family: family, style: style)) else { continue }
                let gid = HPDF_TTFontDef_GetGlyphid(def, HPDF_UINT16(scalar.value))
                if scalar.value == 0x20 || gid != 0 {
                    let slot = (family * FontStyle.allCases.count + style.rawValue) * Encodings.names.count + encoding
                    // By glyph id: unlike GetCharWidth, this does not mark the glyph as used in the
                    // current document, so a subset holds exactly the glyphs the document shows.
                    result = Glyph(family: family, width: Int(HPDF_TTFontDef_GetGidWidth(def, gid)), fontSlot: slot, byte: byte)
                    break
                }
            }
        }
        HPDF_ResetError(doc); errors.reset()
        return result
    }

    /// The libharu font of the current document for a glyph.
    private func font(for glyph: Glyph, style: FontStyle) throws -> HPDF_Font? {
        if let font = fonts[glyph.fontSlot] { return font }
        let encoding = glyph.fontSlot % Encodings.names.count
        guard let font = HPDF_GetFont(doc, try fontName(family: glyph.family, style: style), Encodings.names[encoding]) else {
            try check("selecting a font")
            return nil
        }
        fonts[glyph.fontSlot] = font
        return font
    }

    /// Cuts `text` into (font, bytes) runs. With `noBreakSpaceAsSpace`, a no-break space is
    /// written as an ordinary space (same width), so that copied text matches the preview.
    func encodedRuns(_ text: String, style: FontStyle, noBreakSpaceAsSpace: Bool = false) throws -> [(HPDF_Font, [UInt8])] {
        var runs: [(HPDF_Font, [UInt8])] = []
        var currentSlot = -1
        var currentFont: HPDF_Font?
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 1)
        for original in text.unicodeScalars {
            let scalar = noBreakSpaceAsSpace && original == "\u{00A0}" ? " " : original
            let glyph = try glyph(scalar, style: style)
            guard glyph.family >= 0 else { throw HaruError.unprintable(text: text, characters: [Character(scalar)]) }
            if glyph.fontSlot != currentSlot {
                guard let font = try font(for: glyph, style: style) else { throw HaruError.unprintable(text: text, characters: [Character(scalar)]) }
                if let current = currentFont, !bytes.isEmpty { runs.append((current, bytes)); bytes = [] }
                currentSlot = glyph.fontSlot
                currentFont = font
            }
            bytes.append(glyph.byte)
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
        let folded = value.unicodeScalars.allSatisfy({ $0.value < 0x100 }) ? value : value.unicodeScalars.map { $0.value < 0x100 ? String($0) : String(Character($0)).folding(options: .diacriticInsensitive, locale: nil) }.joined()
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
