import Foundation

/// An error reported by libharu, or a text the fonts cannot show.
public enum HaruError: Error, Equatable, CustomStringConvertible {
    /// libharu's error and detail codes (see hpdf_error.h) and what was being done, e.g.
    /// "adding page 32,768".
    case library(code: UInt, detail: UInt, during: String)
    case fontNotLoaded(path: String)
    /// Characters no loaded font (in any supported encoding) can print.
    case unprintable(text: String, characters: [Character])

    public var description: String {
        switch self {
        case .library(let code, let detail, let during):
            return "PDF library error \(HaruErrorCode.describe(code: code, detail: detail)) while \(during)"
        case .fontNotLoaded(let path):
            return "cannot load the font \(path)"
        case .unprintable(let text, let characters):
            let list = characters.map { c in
                "\"\(c)\" (U+\(c.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " U+")))"
            }.joined(separator: ", ")
            return "the letter's font cannot print \(list) in \"\(text)\""
        }
    }

    /// The same error, said to have happened `context` (e.g. "at page 12 of all-003.pdf, letter
    /// claims.csv:88"); other errors are returned unchanged.
    public func at(_ context: String) -> HaruError {
        guard case .library(let code, let detail, let during) = self else { return self }
        return .library(code: code, detail: detail, during: during + " " + context)
    }

    /// Whether the error is about reading or writing a file (the detail is then the system's errno).
    public var isFileError: Bool {
        guard case .library(let code, _, _) = self else { return false }
        return code == 0x1016 || code == 0x1017
    }
}

/// libharu's error codes (hpdf_error.h, libharu 2.3) by name, with what they mean for us.
enum HaruErrorCode {
    /// "HPDF_ARRAY_COUNT_ERR (0x1001, detail 0): a PDF array is full ...".
    static func describe(code: UInt, detail: UInt) -> String {
        let hex = "0x" + String(code, radix: 16, uppercase: true)
        guard let (name, meaning) = table[code] else { return "\(hex) (detail \(detail)): not a code libharu 2.3 documents" }
        var text = "\(name) (\(hex), detail \(detail)): \(meaning)"
        if code == 0x1016 || code == 0x1017 || code == 0x1015, detail != 0, let reason = strerror(Int32(truncatingIfNeeded: detail)) {
            text += " (\(String(cString: reason)))"
        }
        return text
    }

    static let table: [UInt: (String, String)] = [
        0x1001: ("HPDF_ARRAY_COUNT_ERR", "a PDF array is full (libharu holds at most 32,767 entries in one array, e.g. the pages of one node of the page tree)"),
        0x1002: ("HPDF_ARRAY_ITEM_NOT_FOUND", "an array item was not found"),
        0x1003: ("HPDF_ARRAY_ITEM_UNEXPECTED_TYPE", "an array item has an unexpected type"),
        0x1004: ("HPDF_BINARY_LENGTH_ERR", "binary data is too long"),
        0x1005: ("HPDF_CANNOT_GET_PALLET", "cannot read the palette of an image"),
        0x1007: ("HPDF_DICT_COUNT_ERR", "a PDF dictionary is full (at most 4,095 entries)"),
        0x1008: ("HPDF_DICT_ITEM_NOT_FOUND", "a dictionary entry was not found"),
        0x1009: ("HPDF_DICT_ITEM_UNEXPECTED_TYPE", "a dictionary entry has an unexpected type"),
        0x100A: ("HPDF_DICT_STREAM_LENGTH_NOT_FOUND", "a stream has no length"),
        0x100B: ("HPDF_DOC_ENCRYPTDICT_NOT_FOUND", "encryption is on but has no settings"),
        0x100C: ("HPDF_DOC_INVALID_OBJECT", "an object of another document was used"),
        0x100E: ("HPDF_DUPLICATE_REGISTRATION", "a name was registered twice"),
        0x100F: ("HPDF_EXCEED_JWW_CODE_NUM_LIMIT", "too many Japanese word-wrap codes"),
        0x1011: ("HPDF_ENCRYPT_INVALID_PASSWORD", "invalid password"),
        0x1013: ("HPDF_ERR_UNKNOWN_CLASS", "an object of an unknown class"),
        0x1014: ("HPDF_EXCEED_GSTATE_LIMIT", "graphics states nested too deep (at most 28)"),
        0x1015: ("HPDF_FAILD_TO_ALLOC_MEM", "out of memory"),
        0x1016: ("HPDF_FILE_IO_ERROR", "a file could not be read or written"),
        0x1017: ("HPDF_FILE_OPEN_ERROR", "a file could not be opened"),
        0x1019: ("HPDF_FONT_EXISTS", "the font was already loaded"),
        0x101A: ("HPDF_FONT_INVALID_WIDTHS_TABLE", "the font's widths table is invalid"),
        0x101B: ("HPDF_INVALID_AFM_HEADER", "the AFM file's header is invalid"),
        0x101C: ("HPDF_INVALID_ANNOTATION", "invalid annotation"),
        0x101E: ("HPDF_INVALID_BIT_PER_COMPONENT", "an image has an invalid number of bits per component"),
        0x101F: ("HPDF_INVALID_CHAR_MATRICS_DATA", "the font's metrics are invalid"),
        0x1020: ("HPDF_INVALID_COLOR_SPACE", "invalid color space"),
        0x1021: ("HPDF_INVALID_COMPRESSION_MODE", "invalid compression mode"),
        0x1022: ("HPDF_INVALID_DATE_TIME", "invalid date"),
        0x1023: ("HPDF_INVALID_DESTINATION", "invalid destination"),
        0x1025: ("HPDF_INVALID_DOCUMENT", "invalid document handle"),
        0x1026: ("HPDF_INVALID_DOCUMENT_STATE", "the call is not allowed in the document's current state"),
        0x1027: ("HPDF_INVALID_ENCODER", "invalid encoder"),
        0x1028: ("HPDF_INVALID_ENCODER_TYPE", "the encoder does not fit the font"),
        0x102B: ("HPDF_INVALID_ENCODING_NAME", "unknown encoding name"),
        0x102C: ("HPDF_INVALID_ENCRYPT_KEY_LEN", "invalid encryption key length"),
        0x102D: ("HPDF_INVALID_FONTDEF_DATA", "the font file is invalid or unsupported"),
        0x102E: ("HPDF_INVALID_FONTDEF_TYPE", "the font definition has an internal error"),
        0x102F: ("HPDF_INVALID_FONT_NAME", "no font of that name"),
        0x1030: ("HPDF_INVALID_IMAGE", "invalid image"),
        0x1031: ("HPDF_INVALID_JPEG_DATA", "invalid JPEG data"),
        0x1032: ("HPDF_INVALID_N_DATA", "cannot read a postscript name from the font"),
        0x1033: ("HPDF_INVALID_OBJECT", "invalid object (a handle of another document, or freed)"),
        0x1034: ("HPDF_INVALID_OBJ_ID", "invalid object id"),
        0x1035: ("HPDF_INVALID_OPERATION", "the operation is not allowed here"),
        0x1036: ("HPDF_INVALID_OUTLINE", "invalid outline"),
        0x1037: ("HPDF_INVALID_PAGE", "invalid page handle"),
        0x1038: ("HPDF_INVALID_PAGES", "invalid page tree node"),
        0x1039: ("HPDF_INVALID_PARAMETER", "an invalid value was passed"),
        0x103B: ("HPDF_INVALID_PNG_IMAGE", "invalid PNG image"),
        0x103C: ("HPDF_INVALID_STREAM", "invalid stream"),
        0x103D: ("HPDF_MISSING_FILE_NAME_ENTRY", "the file name entry is missing"),
        0x103F: ("HPDF_INVALID_TTC_FILE", "invalid TrueType collection"),
        0x1040: ("HPDF_INVALID_TTC_INDEX", "the index is not in the TrueType collection"),
        0x1041: ("HPDF_INVALID_WX_DATA", "cannot read the widths of the font"),
        0x1042: ("HPDF_ITEM_NOT_FOUND", "an item was not found"),
        0x1043: ("HPDF_LIBPNG_ERROR", "libpng failed"),
        0x1044: ("HPDF_NAME_INVALID_VALUE", "invalid name"),
        0x1045: ("HPDF_NAME_OUT_OF_RANGE", "a name is too long (at most 127 bytes)"),
        0x1048: ("HPDF_PAGE_INVALID_PARAM_COUNT", "wrong number of parameters"),
        0x1049: ("HPDF_PAGES_MISSING_KIDS_ENTRY", "a page tree node has no kids"),
        0x104A: ("HPDF_PAGE_CANNOT_FIND_OBJECT", "cannot find an object of the page"),
        0x104B: ("HPDF_PAGE_CANNOT_GET_ROOT_PAGES", "cannot find the root of the page tree"),
        0x104C: ("HPDF_PAGE_CANNOT_RESTORE_GSTATE", "no graphics state to restore"),
        0x104D: ("HPDF_PAGE_CANNOT_SET_PARENT", "cannot set the page's parent"),
        0x104E: ("HPDF_PAGE_FONT_NOT_FOUND", "no font is set on the page"),
        0x104F: ("HPDF_PAGE_INVALID_FONT", "invalid font handle"),
        0x1050: ("HPDF_PAGE_INVALID_FONT_SIZE", "invalid font size"),
        0x1051: ("HPDF_PAGE_INVALID_GMODE", "the drawing call is not allowed in the page's current mode (e.g. a path inside a text object)"),
        0x1052: ("HPDF_PAGE_INVALID_INDEX", "invalid page index"),
        0x1053: ("HPDF_PAGE_INVALID_ROTATE_VALUE", "a page rotation that is not a multiple of 90"),
        0x1054: ("HPDF_PAGE_INVALID_SIZE", "invalid page size"),
        0x1055: ("HPDF_PAGE_INVALID_XOBJECT", "invalid image or form handle"),
        0x1056: ("HPDF_PAGE_OUT_OF_RANGE", "a value is out of range"),
        0x1057: ("HPDF_REAL_OUT_OF_RANGE", "a number is out of PDF's range (±32,767)"),
        0x1058: ("HPDF_STREAM_EOF", "unexpected end of a stream"),
        0x1059: ("HPDF_STREAM_READLN_CONTINUE", "a line continues past the buffer"),
        0x105B: ("HPDF_STRING_OUT_OF_RANGE", "a string is too long (at most 65,535 bytes)"),
        0x105C: ("HPDF_THIS_FUNC_WAS_SKIPPED", "the call was skipped after an earlier error"),
        0x105D: ("HPDF_TTF_CANNOT_EMBEDDING_FONT", "the font's licence forbids embedding it"),
        0x105E: ("HPDF_TTF_INVALID_CMAP", "the font has no usable character map"),
        0x105F: ("HPDF_TTF_INVALID_FOMAT", "the font file's format is not supported"),
        0x1060: ("HPDF_TTF_MISSING_TABLE", "the font file lacks a required table"),
        0x1061: ("HPDF_UNSUPPORTED_FONT_TYPE", "unsupported font type"),
        0x1062: ("HPDF_UNSUPPORTED_FUNC", "the library was built without this function"),
        0x1063: ("HPDF_UNSUPPORTED_JPEG_FORMAT", "unsupported JPEG format"),
        0x1064: ("HPDF_UNSUPPORTED_TYPE1_FONT", "cannot read the Type 1 font"),
        0x1065: ("HPDF_XREF_COUNT_ERR", "too many objects in one document (at most 8,388,607)"),
        0x1066: ("HPDF_ZLIB_ERROR", "compression (zlib) failed"),
        0x1067: ("HPDF_INVALID_PAGE_INDEX", "invalid page index"),
        0x1068: ("HPDF_INVALID_URI", "invalid URI"),
        0x1069: ("HPDF_PAGE_LAYOUT_OUT_OF_RANGE", "invalid page layout"),
        0x1070: ("HPDF_PAGE_MODE_OUT_OF_RANGE", "invalid page mode"),
        0x1071: ("HPDF_PAGE_NUM_STYLE_OUT_OF_RANGE", "invalid page number style"),
        0x1072: ("HPDF_ANNOT_INVALID_ICON", "invalid annotation icon"),
        0x1073: ("HPDF_ANNOT_INVALID_BORDER_STYLE", "invalid annotation border"),
        0x1074: ("HPDF_PAGE_INVALID_DIRECTION", "invalid page direction"),
        0x1075: ("HPDF_INVALID_FONT", "invalid font handle"),
        0x1076: ("HPDF_PAGE_INSUFFICIENT_SPACE", "the text does not fit its box"),
        0x1077: ("HPDF_PAGE_INVALID_DISPLAY_TIME", "invalid display time"),
        0x1078: ("HPDF_PAGE_INVALID_TRANSITION_TIME", "invalid transition time"),
        0x1079: ("HPDF_INVALID_PAGE_SLIDESHOW_TYPE", "invalid slide show type"),
        0x1080: ("HPDF_EXT_GSTATE_OUT_OF_RANGE", "a graphics state value is out of range"),
        0x1081: ("HPDF_INVALID_EXT_GSTATE", "invalid graphics state"),
        0x1082: ("HPDF_EXT_GSTATE_READ_ONLY", "the graphics state is read-only"),
        0x1083: ("HPDF_INVALID_U3D_DATA", "invalid U3D data"),
        0x1084: ("HPDF_NAME_CANNOT_GET_NAMES", "cannot read the name dictionary"),
        0x1085: ("HPDF_INVALID_ICC_COMPONENT_NUM", "invalid number of ICC components"),
    ]
}
