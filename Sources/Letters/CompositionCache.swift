import Foundation

/// Remembers, per template and `TemplateShape`, the parsed letter with placeholders in its
/// holes, so that a batch renders and parses each template once per shape instead of once per
/// letter. The result is the same document the uncached path builds (tested); templates whose
/// output could depend on a value's text in other ways (transforms, unescaped values, dynamic
/// partials, a backslash before a value) are never cached.
final class CompositionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [Key: [String: [Block]]] = [:]

    /// A template and shape, hashed before the lock is taken (shape keys run to kilobytes).
    struct Key: Hashable {
        let template: String
        let shape: String
        let hash: Int
        init(template: String, shape: String) {
            self.template = template; self.shape = shape
            var hasher = Hasher()
            hasher.combine(template); hasher.combine(shape)
            hash = hasher.finalize()
        }
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.template == b.template && a.shape == b.shape }
    }
    private var cacheable: [String: Bool] = [:]
    /// Shapes kept at most (a batch has few; a pathological input must not grow memory).
    let capacity: Int

    init(capacity: Int = 512) { self.capacity = capacity }

    /// How many shapes are held.
    var count: Int { lock.lock(); defer { lock.unlock() }; return parsed.count }

    func sections(template: String, shape: String) -> [String: [Block]]? {
        let key = Key(template: template, shape: shape)
        lock.lock(); defer { lock.unlock() }
        return parsed[key]
    }

    func store(_ sections: [String: [Block]], template: String, shape: String) {
        let key = Key(template: template, shape: shape)
        lock.lock(); defer { lock.unlock() }
        if parsed.count >= capacity { parsed.removeAll(keepingCapacity: true) }
        parsed[key] = sections
    }

    /// Whether `name` (with its partials) prints values only through plain escaped tags.
    func isCacheable(_ name: String, in templates: LetterTemplates) -> Bool {
        lock.lock()
        if let known = cacheable[name] { lock.unlock(); return known }
        lock.unlock()
        let answer = Self.onlyPlainTags(name, in: templates)
        lock.lock(); cacheable[name] = answer; lock.unlock()
        return answer
    }

    static func onlyPlainTags(_ name: String, in templates: LetterTemplates) -> Bool {
        var seen: Set<String> = []
        var queue = [name]
        while let next = queue.popLast() {
            guard seen.insert(next).inserted, let text = templates.files[next]?.text else { continue }
            if text.contains("{{{") || text.contains("{{&") || text.contains("\\{{") { return false }
            if text.unicodeScalars.contains(where: TemplateShape.isPlaceholder) { return false }
            var rest = Substring(text)
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                let tag = rest[..<close.lowerBound]
                let trimmed = tag.trimmingCharacters(in: .whitespaces)
                if tag.contains("(") || (trimmed.hasPrefix(">") && trimmed.dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("*")) {
                    return false
                }
                rest = rest[close.upperBound...]
            }
            queue.append(contentsOf: LetterTemplates.partials(in: text))
        }
        return true
    }

    /// `sections` with every placeholder replaced by its text.
    static func fill(_ sections: [String: [Block]], with texts: [String]) -> [String: [Block]] {
        sections.mapValues { blocks in
            blocks.map { block in
                switch block {
                case .paragraph(let lines): return .paragraph(lines.map { fill($0, texts) })
                case .list(let items): return .list(items.map { fill($0, texts) })
                case .table(var table):
                    table.header = table.header?.map { fill($0, texts) }
                    table.rows = table.rows.map { $0.map { fill($0, texts) } }
                    return .table(table)
                }
            }
        }
    }

    static func fill(_ line: Line, _ texts: [String]) -> Line {
        line.map { run in
            // Placeholders are 4-byte UTF-8 sequences starting with 0xF3.
            guard run.text.utf8.contains(0xF3) else { return run }
            var text = ""
            text.reserveCapacity(run.text.utf8.count + 32)
            for scalar in run.text.unicodeScalars {
                if TemplateShape.isPlaceholder(scalar) {
                    text += texts[Int(scalar.value - TemplateShape.firstPlaceholder)]
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
            var filled = run
            filled.text = text
            return filled
        }
    }
}
