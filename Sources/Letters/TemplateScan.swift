/// What a template includes and how deep its sections nest, read from its tags before
/// swift-mustache parses it (its parser and renderer recurse without a limit: a template that
/// includes itself, or 20,000 nested sections, overflow the stack). Follows `{{=<% %>=}}`.
struct TemplateScan {
    /// The most bytes a template may have.
    static let maximumBytes = 1 << 20
    /// The deepest nesting of sections (`{{#}}`, `{{^}}`, `{{$}}`, `{{<}}`) in one template.
    static let maximumSectionDepth = 32
    /// The longest chain of templates including one another (`notice.en` > `base.en` is 2).
    static let maximumIncludeDepth = 8

    /// Partials and parents the template names (`{{> name}}`, `{{< name}}`), with their lines.
    var includes: [(name: String, line: Int)] = []
    /// The line where sections first nest deeper than `maximumSectionDepth`.
    var tooDeepLine: Int?

    init(_ text: String) {
        var open = "{{", close = "}}"
        var rest = Substring(text)
        var line = 1, depth = 0
        func newlines(_ part: Substring) -> Int { part.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        while let start = rest.range(of: open) {
            line += newlines(rest[..<start.lowerBound])
            let triple = open == "{{" && rest[start.upperBound...].hasPrefix("{")
            guard let end = rest[start.upperBound...].range(of: triple ? "}" + close : close) else { break }
            let content = rest[start.upperBound..<end.lowerBound]
            let tagLine = line
            line += newlines(content)
            rest = rest[end.upperBound...]
            let tag = content.trimmingCharacters(in: .whitespaces)
            guard let sigil = tag.first else { continue }
            let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "#", "^", "$", "<":
                depth += 1
                if depth > Self.maximumSectionDepth { tooDeepLine = tagLine; return }
                if sigil == "<" { includes.append((name, tagLine)) }
            case "/":
                depth = max(0, depth - 1)
            case ">":
                includes.append((name, tagLine))
            case "=":
                let parts = tag.dropFirst().dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
                if tag.hasSuffix("="), parts.count == 2 { open = String(parts[0]); close = String(parts[1]) }
            default:
                break
            }
        }
    }
}
