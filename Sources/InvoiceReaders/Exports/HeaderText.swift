import Foundation

/// Header cells compared as people read them: case, accents, punctuation and spacing ignored
/// (`Factuurnr.`, `factuur nr`, `FACTUURNR` and `Date d'échéance`/`date d echeance` match).
enum HeaderText {
    static func key(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "\u{FEFF}", with: "")
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = ""
        for scalar in folded.unicodeScalars where scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
            key.unicodeScalars.append(scalar)
        }
        return key
    }

    /// A column letter (`A` ... `XFD`) as an index, when `text` is one.
    static func columnLetter(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard (1...3).contains(trimmed.count), trimmed.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        return trimmed.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    /// The letters of a column index (0 = A).
    static func letters(_ index: Int) -> String {
        var n = index + 1, text = ""
        while n > 0 { text = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + text; n = (n - 1) / 26 }
        return text
    }
}
