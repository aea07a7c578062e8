import Foundation

/// The small markup letter templates are written in (documented in Templates/README.md):
///
/// - `@section` on a line of its own starts a part of the letter (`@subject`, `@body` ...);
/// - blank lines separate paragraphs; a line ending in `\` breaks the line there;
/// - `**bold**`, `*italic*`;
/// - `- item` lines form a list;
/// - `| a | b |` lines form a table; a second line like `|:--|--:|` makes the first the header
///   and sets each column's alignment;
/// - `\` before any character prints it as written (data values are escaped this way).
public enum LetterMarkup {
    /// The sections a template may contain, in letter order.
    public static let sections = ["sender", "return", "notation", "recipient", "date", "references", "subject",
                                  "body", "payment", "qr", "closing", "signature", "footer", "pagination"]
    /// Sections where every non-empty template line is a line of the letter (addresses, signature).
    public static let lineSections: Set<String> = ["sender", "return", "notation", "recipient", "date", "subject", "payment", "qr", "signature", "footer", "pagination"]

    /// Escapes a data value so that it prints exactly as written and cannot change the
    /// letter's structure: markup characters get a backslash, line breaks become spaces.
    public static func escape(_ value: String) -> String {
        let value = composed(value)
        var out = ""
        out.reserveCapacity(value.count + 4)
        // A dash is escaped until the first visible character: the parser trims leading spaces,
        // so " - x" at the start of a line must not become a list item.
        var leading = true
        for ch in value {
            switch ch {
            case "\\", "*", "|", "@":
                out.append("\\"); out.append(ch)
            case "-" where leading:
                out.append("\\-")
            case _ where printsAsSpace(ch):
                out.append(" ")
                continue
            case " ":
                out.append(ch)
                continue
            default:
                out.append(ch)
            }
            leading = false
        }
        return out
    }

    /// Line breaks and tabs in a data value print as a space.
    static func printsAsSpace(_ ch: Character) -> Bool {
        ch == "\n" || ch == "\r" || ch == "\r\n" || ch == "\u{2028}" || ch == "\u{2029}" || ch == "\t"
    }

    /// Whether `value` has a tab, LF, CR, U+2028 or U+2029 (UTF-8 E2 80 A8/A9), in one byte scan.
    static func needsSpaces(_ value: String) -> Bool {
        var utf8 = value.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            if byte == 9 || byte == 10 || byte == 13 { return true }
            if (byte == 0xA8 || byte == 0xA9), previous == (0xE2, 0x80) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// How a data value prints once escaped and parsed: line breaks and tabs become spaces.
    /// `value` in Unicode normalisation form C: "e" + U+0301 becomes "é", which the letter's
    /// fonts print (a combining accent alone they cannot). ASCII text is returned as it is.
    static func composed(_ value: String) -> String {
        value.utf8.allSatisfy({ $0 < 0x80 }) ? value : value.precomposedStringWithCanonicalMapping
    }

    public static func printed(_ value: String) -> String {
        let value = composed(value)
        if !needsSpaces(value) { return value }
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for ch in value { out.append(printsAsSpace(ch) ? " " : ch) }
        return out
    }

    /// Splits rendered template text into its sections. `source` names the template in errors.
    public static func parse(_ text: String, source: String) throws -> [String: [Block]] {
        var result: [String: [Block]] = [:]
        var current: String?
        var buffer: [(line: Int, text: Substring)] = []

        func flush() throws {
            guard let name = current else { return }
            if lineSections.contains(name) {
                let lines = buffer.map { trim($0.text) }.filter { !$0.isEmpty }
                result[name] = lines.isEmpty ? [] : [.paragraph(lines.map { runs(Substring($0)) })]
            } else {
                result[name] = try blocks(buffer, source: source)
            }
            buffer = []
        }
        for (index, rawBytes) in text.utf8.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            let raw = Substring(rawBytes)
            let line = raw.utf8.last == 13 ? raw.dropLast() : raw
            if line.utf8.first == 64 {  // "@"
                let name = trim(line.dropFirst())
                guard sections.contains(name) else {
                    throw TemplateError.unknownSection(template: source, line: index + 1, name: name)
                }
                guard result[name] == nil, current != name else {
                    throw TemplateError.duplicateSection(template: source, line: index + 1, name: name)
                }
                try flush()
                current = name
            } else if current != nil {
                buffer.append((index + 1, line))
            } else if !trim(line).isEmpty {
                throw TemplateError.textOutsideSection(template: source, line: index + 1)
            }
        }
        try flush()
        return result
    }

    /// Groups lines into paragraphs, lists and tables.
    static func blocks(_ lines: [(line: Int, text: Substring)], source: String) throws -> [Block] {
        var blocks: [Block] = []
        var paragraph: [Line] = []
        var pendingJoin: Line = []
        var list: [Line] = []
        var tableLines: [Substring] = []

        func endParagraph() {
            if !pendingJoin.isEmpty { paragraph.append(pendingJoin); pendingJoin = [] }
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)); paragraph = [] }
        }
        func endList() { if !list.isEmpty { blocks.append(.list(list)); list = [] } }
        func endTable() { if !tableLines.isEmpty { blocks.append(.table(table(tableLines))); tableLines = [] } }

        for (_, raw) in lines {
            let text = trim(raw)
            if text.isEmpty {
                endParagraph(); endList(); endTable()
            } else if text.hasPrefix("|") {
                endParagraph(); endList()
                tableLines.append(Substring(text))
            } else if text.hasPrefix("- ") {
                endParagraph(); endTable()
                list.append(runs(Substring(text).dropFirst(2)))
            } else {
                endList(); endTable()
                // A line ending in an odd number of backslashes ends in a break (an even number is escaped backslashes).
                let hardBreak = text.utf8.reversed().prefix { $0 == 92 }.count % 2 == 1
                let content = hardBreak ? Substring(text.dropLast()) : Substring(text)
                var parsed = runs(content)
                if !pendingJoin.isEmpty {
                    parsed = pendingJoin + [Run(" ")] + parsed
                }
                pendingJoin = merge(parsed)
                if hardBreak { paragraph.append(pendingJoin); pendingJoin = [] }
            }
        }
        endParagraph(); endList(); endTable()
        return blocks
    }

    static func table(_ lines: [Substring]) -> Table {
        var rows = lines.map(cells)
        var header: [Line]?
        var alignments: [Table.Alignment] = []
        if rows.count >= 2, let spec = alignmentRow(lines[1]) {
            header = rows[0]
            alignments = spec
            rows.removeFirst(2)
        }
        let columns = max(header?.count ?? 0, rows.map(\.count).max() ?? 0)
        while alignments.count < columns { alignments.append(.left) }
        return Table(header: header, rows: rows, alignments: alignments)
    }

    static func alignmentRow(_ line: Substring) -> [Table.Alignment]? {
        let specs = splitCells(line).map { trim(Substring($0)) }
        guard !specs.isEmpty, specs.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } && $0.contains("-") }) else { return nil }
        return specs.map { s in
            switch (s.hasPrefix(":"), s.hasSuffix(":")) {
            case (true, true): return .center
            case (false, true): return .right
            default: return .left
            }
        }
    }

    static func cells(_ line: Substring) -> [Line] {
        splitCells(line).map { runs(Substring(trim(Substring($0)))) }
    }

    /// Splits `| a | b |` at unescaped bars, keeping escapes for `runs` to resolve.
    static func splitCells(_ line: Substring) -> [String] {
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var escaped = false
        for ch in line.unicodeScalars {
            if escaped { cell.append("\\"); cell.append(ch); escaped = false; continue }
            if ch == "\\" { escaped = true; continue }
            if ch == "|" { cells.append(String(cell)); cell = String.UnicodeScalarView(); continue }
            cell.append(ch)
        }
        if escaped { cell.append("\\") }
        cells.append(String(cell))
        // Drop the empty text before the leading bar and after the trailing bar.
        if let first = cells.first, trim(Substring(first)).isEmpty { cells.removeFirst() }
        if let last = cells.last, trim(Substring(last)).isEmpty, line.hasSuffix("|") { cells.removeLast() }
        return cells
    }

    /// Parses inline styles and escapes into runs.
    static func runs(_ text: Substring) -> Line {
        var result: Line = []
        var current = String.UnicodeScalarView()
        var bold = false, italic = false
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func emit() {
            if !current.isEmpty { result.append(Run(String(current), bold: bold, italic: italic)); current = String.UnicodeScalarView() }
        }
        while index < scalars.count {
            let ch = scalars[index]
            if ch == "\\", index + 1 < scalars.count {
                current.append(scalars[index + 1])
                index += 2
                continue
            }
            if ch == "*" {
                emit()
                if index + 1 < scalars.count, scalars[index + 1] == "*" {
                    bold.toggle(); index += 2
                } else {
                    italic.toggle(); index += 1
                }
                continue
            }
            current.append(ch)
            index += 1
        }
        emit()
        return merge(result)
    }

    /// `text` without leading and trailing spaces and tabs.
    static func trim(_ text: Substring) -> String {
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Joins neighbouring runs of the same style.
    static func merge(_ runs: Line) -> Line {
        var out: Line = []
        for run in runs where !run.text.isEmpty {
            if let last = out.last, last.bold == run.bold, last.italic == run.italic {
                out[out.count - 1].text += run.text
            } else {
                out.append(run)
            }
        }
        return out
    }
}

