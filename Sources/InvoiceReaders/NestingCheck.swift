import Foundation

/// Measures how deep brackets nest before a recursive parser sees a document, so that a file
/// of ten thousand `[` is an error naming its line rather than a stack overflow.
enum NestingCheck {
    /// The line where JSON's `[` and `{` (outside strings) first nest deeper than `limit`.
    static func jsonLineTooDeep(_ data: Data, limit: Int) -> Int? {
        var depth = 0, line = 1
        var inString = false, escaped = false
        for byte in data {
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > limit { return line }
            case 0x5D, 0x7D: depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    static func checkJSON(_ data: Data, file: String) throws {
        if let line = jsonLineTooDeep(data, limit: InputLimits.jsonDepth) {
            throw InputError(file: file, line: line, message: "lists and objects nested more than \(InputLimits.jsonDepth) deep",
                             hint: "a claim needs four levels; check where the file comes from")
        }
    }
}
