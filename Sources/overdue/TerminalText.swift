/// Text on its way to a terminal: control characters from the inputs (ESC, BEL, an OSC sequence
/// in a debtor's name) would let a file rewrite the user's screen or title, so they are shown as
/// `\u{1B}` instead. Line feeds and tabs stay.
enum TerminalText {
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 controls but line feed and tab, DEL, C1 controls (U+0080-U+009F: CSI and OSC as one byte).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }
}
