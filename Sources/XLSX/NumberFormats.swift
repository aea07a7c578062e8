/// Which number formats show a serial number as a date (ECMA-376 part 1, 18.8.30 and 18.8.31).
enum NumberFormats {
    /// Built-in format ids that are dates (14-17, 22 and the East Asian 27-36, 50-58). Time-only
    /// formats (18-21, 45-47) are not: a cell showing 10:30 is no calendar date.
    static let builtInDates: Set<Int> = Set([14, 15, 16, 17, 22]).union(27...36).union(50...58)

    /// Whether a custom format code shows a date: it has a day or year part once quoted text,
    /// escaped characters and bracketed sections (colours, locales, elapsed time) are removed.
    static func isDate(code: String) -> Bool {
        var plain = ""
        var inQuote = false, inBracket = false, escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if inBracket { if character == "]" { inBracket = false }; continue }
            switch character {
            case "\\", "_", "*": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true
            default: plain.append(character)
            }
        }
        // Only the first section (positive numbers) decides.
        let section = plain.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? plain
        let lower = section.lowercased()
        return lower.contains("d") || lower.contains("y")
    }
}
