import HaruPDF
import Letters

/// Measures and breaks styled text with the document's fonts.
struct TextMeasure {
    let writer: PDFWriter
    /// Lines already broken (the same sentences recur from letter to letter); owned by the renderer.
    let cache: WrapCache

    static func style(_ run: Run, forceBold: Bool = false) -> FontStyle {
        switch (run.bold || forceBold, run.italic) {
        case (true, true): return .boldItalic
        case (true, false): return .bold
        case (false, true): return .italic
        case (false, false): return .regular
        }
    }

    /// Width in millimetres; throws when the font cannot print a character.
    func width(_ text: String, style: FontStyle, size: Double) throws -> Double {
        try writer.checkedWidth(text, style: style) * size / 1000 / PageGeometry.mm
    }

    func width(_ line: Line, size: Double, forceBold: Bool = false) throws -> Double {
        try line.reduce(0) { $0 + (try width($1.text, style: Self.style($1, forceBold: forceBold), size: size)) }
    }

    /// Breaks a styled line into lines no wider than `maxWidth` mm, at ordinary spaces only
    /// (a no-break space holds "€ 1.234,56" or "10,50 %" together). A word longer than
    /// the line is cut by characters.
    func wrap(_ line: Line, maxWidth: Double, size: Double, forceBold: Bool = false) throws -> [Line] {
        let key = WrapCache.Key(line: line, maxWidth: maxWidth, size: size, forceBold: forceBold)
        if let known = cache.lines[key] { return known }
        let lines = try breakLines(line, maxWidth: maxWidth, size: size, forceBold: forceBold)
        if cache.lines.count > 300 { cache.lines.removeAll(keepingCapacity: false) }
        cache.lines[key] = lines
        return lines
    }

    private func breakLines(_ line: Line, maxWidth: Double, size: Double, forceBold: Bool) throws -> [Line] {
        // Words: pieces of runs between spaces, keeping their styles.
        var words: [[Run]] = [[]]
        for run in line {
            var start = run.text.unicodeScalars.startIndex
            let scalars = run.text.unicodeScalars
            var i = start
            while i < scalars.endIndex {
                if scalars[i] == " " {
                    if i > start { words[words.count - 1].append(Run(String(scalars[start..<i]), bold: run.bold, italic: run.italic)) }
                    words.append([])
                    start = scalars.index(after: i)
                }
                i = scalars.index(after: i)
            }
            if start < scalars.endIndex {
                words[words.count - 1].append(Run(String(scalars[start..<scalars.endIndex]), bold: run.bold, italic: run.italic))
            }
        }
        words = words.filter { !$0.isEmpty }
        guard !words.isEmpty else { return [[]] }

        var lines: [Line] = []
        var current: Line = []
        var currentWidth = 0.0
        for word in words {
            let wordWidth = try width(word, size: size, forceBold: forceBold)
            let space = current.isEmpty ? 0 : try spaceWidth(Self.style(word[0], forceBold: forceBold), size: size)
            if !current.isEmpty, currentWidth + space + wordWidth > maxWidth {
                lines.append(current)
                current = []
                currentWidth = 0
            }
            if current.isEmpty, wordWidth > maxWidth {
                // Cut an overlong word (an IBAN without spaces, a long e-mail address).
                var piece: Line = []
                var pieceWidth = 0.0
                for run in word {
                    for ch in run.text {
                        let w = try width(String(ch), style: Self.style(run, forceBold: forceBold), size: size)
                        if pieceWidth + w > maxWidth, !piece.isEmpty {
                            lines.append(piece); piece = []; pieceWidth = 0
                        }
                        append(&piece, Run(String(ch), bold: run.bold, italic: run.italic))
                        pieceWidth += w
                    }
                }
                current = piece
                currentWidth = pieceWidth
                continue
            }
            if !current.isEmpty {
                append(&current, Run(" ", bold: word[0].bold, italic: word[0].italic))
                currentWidth += space
            }
            for run in word { append(&current, run) }
            currentWidth += wordWidth
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private func spaceWidth(_ style: FontStyle, size: Double) throws -> Double {
        try width(" ", style: style, size: size)
    }

    private func append(_ line: inout Line, _ run: Run) {
        if let last = line.last, last.bold == run.bold, last.italic == run.italic {
            line[line.count - 1].text += run.text
        } else {
            line.append(run)
        }
    }
}

/// Broken lines by their input. Only reused for text that measured without error.
final class WrapCache {
    struct Key: Hashable {
        var line: Line
        var maxWidth: Double
        var size: Double
        var forceBold: Bool
    }
    var lines: [Key: [Line]] = [:]
}
