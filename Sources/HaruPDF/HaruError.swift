/// An error reported by libharu, or a text the fonts cannot show.
public enum HaruError: Error, Equatable, CustomStringConvertible {
    /// libharu's error and detail codes (see hpdf_error.h) and what was being done.
    case library(code: UInt, detail: UInt, during: String)
    case fontNotLoaded(path: String)
    /// Characters no loaded font (in any supported encoding) can print.
    case unprintable(text: String, characters: [Character])

    public var description: String {
        switch self {
        case .library(let code, let detail, let during):
            return "PDF library error 0x\(String(code, radix: 16, uppercase: true)) (detail \(detail)) while \(during)"
        case .fontNotLoaded(let path):
            return "cannot load the font \(path)"
        case .unprintable(let text, let characters):
            let list = characters.map { c in
                "\"\(c)\" (U+\(c.unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " U+")))"
            }.joined(separator: ", ")
            return "the letter's font cannot print \(list) in \"\(text)\""
        }
    }
}
