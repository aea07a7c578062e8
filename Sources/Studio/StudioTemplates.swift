import OverdueKit
import Crypto
import DunningRun
import Foundation
import Letters

/// The letter templates as the studio shows and edits them: the shipped defaults, with the
/// override folder's files in their place. Only names of the catalogue (kind x language, and
/// the shared layout `base.LANG`) are accepted; a name never becomes a path by itself.
public final class StudioTemplates: @unchecked Sendable {
    /// Where a template comes from.
    public enum Origin: String, Sendable { case `default`, override }

    /// One template of the catalogue.
    public struct Entry: Sendable {
        public var name: String
        public var origin: Origin
        public var text: String
        /// The SHA-256 of `text`: a save must name the version it was edited from.
        public var version: String
    }

    public let overrideFolder: String
    /// The folder of the shipped templates, or "(bundled)" when the binary was moved away from it
    /// (then the copy compiled into OverdueKit is the default, as for `overdue run`).
    public let defaultFolder: String
    private let bundled: [String: TemplateFile]?
    /// The editable names: every letter kind x language, then the layouts.
    public let names: [String]
    private let lock = NSLock()

    public init(overrideFolder: String) throws {
        self.overrideFolder = overrideFolder
        if let folder = try? TemplateLocator.defaultFolder() {
            defaultFolder = folder; bundled = nil
        } else {
            defaultFolder = "(bundled)"
            bundled = Dictionary(OverdueKit.Overdue.bundledTemplates.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        }
        let languages = LocaleFormatter.languages
        names = LetterKind.allCases.flatMap { kind in languages.map { "\(kind.rawValue).\($0)" } } + languages.map { "base.\($0)" }
        if bundled == nil, Self.sameFolder(overrideFolder, defaultFolder) {
            throw StudioError(400, "\(overrideFolder): is the folder of the shipped templates; name another folder with --templates")
        }
    }

    static func sameFolder(_ a: String, _ b: String) -> Bool {
        let left = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
        let right = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
        return left == right || Files.sameFile(a, b)
    }

    /// The file of template `name` in `folder`; `name` must be in the catalogue.
    private func path(_ name: String, in folder: String) -> String {
        (folder as NSString).appendingPathComponent(name + ".mustache")
    }

    private func checked(_ name: String) throws -> String {
        guard names.contains(name) else { throw StudioError.unknownTemplate(name) }
        return name
    }

    /// Template `name` as the plan and the run use it now.
    public func entry(_ name: String) throws -> Entry {
        let name = try checked(name)
        let override = path(name, in: overrideFolder)
        if let text = Self.read(override) { return Entry(name: name, origin: .override, text: text, version: Self.version(text)) }
        guard let text = bundled.map({ $0[name]?.text }) ?? Self.read(path(name, in: defaultFolder)) else {
            throw StudioError(500, "\(path(name, in: defaultFolder)): cannot read the shipped template")
        }
        return Entry(name: name, origin: .default, text: text, version: Self.version(text))
    }

    /// The whole catalogue.
    public func entries() throws -> [Entry] { try names.map(entry) }

    static func read(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    static func version(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The templates the run uses now (the defaults with the overrides), as `overdue run --templates`.
    public func current() throws -> LetterTemplates {
        try TemplateLocator.load(override: hasOverrides ? overrideFolder : nil)
    }

    var hasOverrides: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: overrideFolder, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The templates with template `name` replaced by `text` (for a preview or before a save).
    /// `needed`: the letters to prepare (with the partials they include); nil for all.
    public func with(_ name: String, text: String, needed: Set<String>? = nil) throws -> LetterTemplates {
        let name = try checked(name)
        var files: [String: TemplateFile] = [:]
        for file in try bundled.map({ Array($0.values) }) ?? TemplateLocator.read(folder: defaultFolder) { files[file.name] = file }
        if hasOverrides { for file in try TemplateLocator.read(folder: overrideFolder) { files[file.name] = file } }
        files[name] = TemplateFile(name: name, text: text, origin: name + ".mustache")
        return try LetterTemplates(files: files.values.sorted { $0.name < $1.name }, needed: needed.map { $0.union([name]) })
    }

    /// Writes `text` as the override of template `name` (temporary file, then rename), if the
    /// template is still the one the editor loaded (`version`); returns the new version.
    /// Throws a 409 `StudioError` when another save came in between.
    public func save(_ name: String, text: String, version: String) throws -> String {
        let name = try checked(name)
        return try lock.withLock {
            let current = try entry(name)
            guard current.version == version else {
                throw StudioError(409, "\(name) was saved elsewhere since this editor loaded it; reload it and make your change again")
            }
            try FileManager.default.createDirectory(atPath: overrideFolder, withIntermediateDirectories: true)
            let file = path(name, in: overrideFolder)
            var status = stat()
            if lstat(file, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                throw StudioError(409, "\(file): is not a regular file (a link or a device); the studio writes only its own files")
            }
            try AtomicFile.write(Data(text.utf8), to: file)
            return Self.version(text)
        }
    }
}
