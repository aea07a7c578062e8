/// Splits the values a template sees into their *shape* and their *texts*.
///
/// Mustache decides what to print from the shape alone: which keys exist, the flags, and how
/// many items each list has (a string, even an empty one, never changes which sections render:
/// see `renderSection` in swift-mustache). The texts only fill the holes. Two letters with the same
/// shape therefore render and parse to the same document with different words in its holes,
/// which is what `CompositionCache` exploits.
///
/// A text is a hole only when the letter markup cannot treat it differently from a placeholder:
/// it is not empty, does not start or end with a space (the parser trims line ends), and is not
/// made of `-` and `:` alone (a table's alignment row). Any other text is part of the shape, word
/// for word, so a letter with such a value simply has a shape of its own.
struct TemplateShape {
    /// Everything Mustache decides on, as one comparable string.
    var key: String
    /// The hole texts in traversal order, as they print (line breaks and tabs are spaces, as
    /// `LetterMarkup.escape` makes them).
    var texts: [String]

    /// The first placeholder scalar; placeholder `i` is U+F0000 + i (Supplementary Private Use Area-A).
    static let firstPlaceholder: UInt32 = 0xF0000
    static let maximumHoles = 0xFFFD

    /// Nil when there are too many holes.
    init?(_ values: TemplateValues) {
        var walker = Walker(rebuild: false)
        _ = walker.visit(.object(values))
        guard walker.texts.count <= Self.maximumHoles else { return nil }
        key = walker.key
        texts = walker.texts
    }

    /// `values` with each hole text replaced by its placeholder (same order as `texts`).
    static func placeholders(for values: TemplateValues) -> TemplateValues {
        var walker = Walker(rebuild: true)
        guard case .object(let rebuilt) = walker.visit(.object(values)) else { return values }
        return rebuilt
    }

    static func placeholder(_ index: Int) -> Unicode.Scalar { Unicode.Scalar(firstPlaceholder + UInt32(index))! }

    static func isPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= firstPlaceholder && scalar.value < firstPlaceholder + UInt32(maximumHoles)
    }

    /// Visits the values depth first, in their order, building the key and the texts (and, when
    /// asked, the same values with placeholders).
    private struct Walker {
        let rebuild: Bool
        var key = ""
        var texts: [String] = []

        init(rebuild: Bool) {
            self.rebuild = rebuild
            key.reserveCapacity(4096)
            texts.reserveCapacity(128)
        }

        mutating func visit(_ value: TemplateValue) -> TemplateValue {
            switch value {
            case .text(let text):
                let printed = LetterMarkup.printed(text)
                if TemplateShape.isHole(printed) {
                    key += "$"
                    texts.append(printed)
                    return rebuild ? .text(String(TemplateShape.placeholder(texts.count - 1))) : value
                }
                key += "'\(text.utf8.count):"
                key += text
                return value
            case .flag(let flag):
                key += flag ? "T" : "F"
                return value
            case .object(let object):
                key += "{"
                for name in object.names { key += name; key += "," }
                key += "}"
                if rebuild { return .object(object.mapValues { visit($0) }) }
                for item in object.values { _ = visit(item) }
                return value
            case .list(let items):
                key += "[\(items.count)"
                defer { key += "]" }
                if rebuild { return .list(items.map { visit($0) }) }
                for item in items { _ = visit(item) }
                return value
            }
        }
    }

    /// See the type's documentation.
    static func isHole(_ printed: String) -> Bool {
        guard let first = printed.unicodeScalars.first, let last = printed.unicodeScalars.last,
              first != " ", last != " " else { return false }
        return printed.unicodeScalars.contains { $0 != "-" && $0 != ":" }
    }
}
