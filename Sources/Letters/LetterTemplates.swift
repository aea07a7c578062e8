import Foundation
import Mustache

/// The letter templates, already read from disk by the caller: `name` is the file name
/// without `.mustache` (e.g. `notice.en`), `origin` says where it came from (for errors and
/// `templates list`).
public struct TemplateFile: Sendable, Equatable {
    public var name: String
    public var text: String
    public var origin: String
    public init(name: String, text: String, origin: String) { self.name = name; self.text = text; self.origin = origin }
}

/// A set of Mustache templates rendered strictly: values are escaped for the letter markup,
/// and a key the data lacks is an error naming the template, line and key, never an empty string.
public struct LetterTemplates: Sendable {
    public let files: [String: TemplateFile]
    private let library: MustacheLibrary

    /// Every template is rendered with the letter-markup escaping (partials too: the pragma is
    /// added in front of each file, on its first line, so line numbers stay the same).
    static let pragma = "{{% CONTENT_TYPE: LETTER }}"
    private static let registered: Void = {
        MustacheContentTypes.register(LetterMarkupContentType(), named: "LETTER")
    }()

    /// - Parameter needed: the templates to prepare (with the partials they include); nil for all.
    ///   Parsing only what a command uses keeps a single `overdue render` fast.
    public init(files: [TemplateFile], needed: Set<String>? = nil) throws {
        _ = Self.registered
        var byName: [String: TemplateFile] = [:]
        for file in files { byName[file.name] = file }
        var wanted = needed ?? Set(byName.keys)
        var scans: [String: TemplateScan] = [:]
        var queue = Array(wanted)
        while let name = queue.popLast() {
            guard let file = byName[name] else { continue }
            let scan = try Self.scan(file)
            scans[name] = scan
            for include in scan.includes where !wanted.contains(include.name) {
                guard byName[include.name] != nil else {
                    throw TemplateError.syntax(template: file.origin, line: include.line,
                                               message: "includes \(include.name), which is not a template (no \(include.name).mustache)")
                }
                wanted.insert(include.name); queue.append(include.name)
            }
        }
        var depths: [String: Int] = [:]
        for name in wanted.sorted() where scans[name] != nil {
            try Self.checkIncludes(from: name, scans: scans, files: byName, chain: [], depths: &depths)
        }
        var library = MustacheLibrary()
        for file in files where wanted.contains(file.name) {
            do {
                try library.register(Self.pragma + file.text, named: file.name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError.syntax(template: file.origin, line: error.context.lineNumber,
                                           message: "\(error.error)")
            } catch {
                throw TemplateError.syntax(template: file.origin, line: nil, message: "\(error)")
            }
        }
        self.files = byName
        self.library = library
    }

    public func has(_ name: String) -> Bool { files[name] != nil }

    /// The template's tags, or an error when it is too large or nests too deep.
    static func scan(_ file: TemplateFile) throws -> TemplateScan {
        guard file.text.utf8.count <= TemplateScan.maximumBytes else {
            throw TemplateError.syntax(template: file.origin, line: nil,
                                       message: "\(file.text.utf8.count >> 10) KB; a template is read up to \(TemplateScan.maximumBytes >> 20) MB")
        }
        let scan = TemplateScan(file.text)
        if let line = scan.tooDeepLine {
            throw TemplateError.syntax(template: file.origin, line: line,
                                       message: "sections nested more than \(TemplateScan.maximumSectionDepth) deep")
        }
        return scan
    }

    /// Refuses a template that includes itself, directly or through others, and chains of
    /// includes longer than `TemplateScan.maximumIncludeDepth`.
    /// Returns the length of the longest chain from `name` (memoised in `depths`).
    @discardableResult
    static func checkIncludes(from name: String, scans: [String: TemplateScan], files: [String: TemplateFile], chain: [String],
                              depths: inout [String: Int]) throws -> Int {
        if let known = depths[name] {
            guard chain.count + known <= TemplateScan.maximumIncludeDepth else {
                throw TemplateError.syntax(template: files[chain.last ?? name]?.origin ?? name, line: nil,
                                           message: "templates include one another more than \(TemplateScan.maximumIncludeDepth) deep (\((chain + [name]).joined(separator: " > ")) > ...)")
            }
            return known
        }
        let path = chain + [name]
        guard let scan = scans[name], let file = files[name] else { return 1 }
        var deepest = 1
        for include in scan.includes {
            if path.contains(include.name) {
                throw TemplateError.syntax(template: file.origin, line: include.line,
                                           message: "includes \(include.name), which includes itself (\((path + [include.name]).joined(separator: " > ")))")
            }
            guard path.count < TemplateScan.maximumIncludeDepth else {
                throw TemplateError.syntax(template: file.origin, line: include.line,
                                           message: "templates include one another more than \(TemplateScan.maximumIncludeDepth) deep (\((path + [include.name]).joined(separator: " > ")))")
            }
            deepest = max(deepest, 1 + (try checkIncludes(from: include.name, scans: scans, files: files, chain: path, depths: &depths)))
        }
        depths[name] = deepest
        return deepest
    }

    /// The partials a template includes (`{{> name}}`).
    static func partials(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{>") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            names.append(rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// Renders template `name` with `values`; fails on any key the template names that
    /// `values` lacks.
    public func render(_ name: String, values: [String: Any]) throws -> String {
        try render(name, root: StrictValues { values[$0] })
    }

    /// Renders template `name` with the composer's ordered values.
    public func render(_ name: String, values: TemplateValues) throws -> String {
        try render(name, root: StrictValues { values.child(named: $0) })
    }

    private func render(_ name: String, root: StrictValues) throws -> String {
        guard let file = files[name], let template = library.getTemplate(named: name) else {
            throw TemplateError.templateMissing(name: name + ".mustache", searched: Array(Set(files.values.map {
                ($0.origin as NSString).deletingLastPathComponent })).sorted())
        }
        let text = template.render(root, library: library)
        if let key = root.missing.first {
            let (where_, line) = locate(key: key, startingAt: file)
            throw TemplateError.missingKey(template: where_.origin, line: line, key: key)
        }
        return text
    }

    /// The first template (this one, then its partials) with a tag naming `key`, and the line.
    private func locate(key: String, startingAt file: TemplateFile) -> (TemplateFile, Int?) {
        let escaped = NSRegularExpression.escapedPattern(for: key)
        let pattern = #"\{\{\{?\s*[#^/&]?\s*"# + escaped + #"\s*\}?\}\}"#
        let candidates = [file] + files.values.filter { $0.name != file.name }.sorted { $0.name < $1.name }
        for candidate in candidates {
            for (index, line) in candidate.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.range(of: pattern, options: .regularExpression) != nil {
                return (candidate, index + 1)
            }
        }
        return (file, nil)
    }
}

/// The root of the template data. Mustache looks a name up from the innermost section out to
/// the root, so a name the root does not have is one no level has: a missing key.
final class StrictValues: MustacheParent {
    let lookup: (String) -> Any?
    private(set) var missing: [String] = []
    init(_ lookup: @escaping (String) -> Any?) { self.lookup = lookup }
    func child(named name: String) -> Any? {
        if let value = lookup(name) { return value }
        missing.append(name)
        return nil
    }
}

/// Escapes interpolated values for the letter markup (see `LetterMarkup.escape`).
struct LetterMarkupContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { LetterMarkup.escape(text) }
}
