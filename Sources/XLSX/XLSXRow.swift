/// One row of a sheet: its number (1-based, as Excel shows it) and its cells as text, by column
/// (A = 0), empty text for an empty cell. Numbers are written as Excel shows them in General
/// format (at most 15 significant digits), dates as `YYYY-MM-DD`, booleans as TRUE/FALSE.
public struct XLSXRow: Sendable, Equatable {
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) { self.number = number; self.cells = cells }

    /// The column index of a reference such as `AB12` (A = 0), or nil.
    public static func column(of reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard let ascii = Character(scalar).asciiValue, (65...90).contains(ascii) || (97...122).contains(ascii) else { break }
            index = index * 26 + Int((ascii & 0xDF) - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : index - 1
    }

    /// The letters of a column index (0 = A), for messages.
    public static func letters(of column: Int) -> String {
        var n = column + 1
        var text = ""
        while n > 0 {
            let r = (n - 1) % 26
            text = String(UnicodeScalar(UInt8(65 + r))) + text
            n = (n - 1) / 26
        }
        return text
    }
}
