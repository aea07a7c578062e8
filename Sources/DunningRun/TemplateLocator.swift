import OverdueKit
import Foundation
import Letters

/// Finds the default templates from any working folder, and applies a user's override folder.
public enum TemplateLocator {
    public static func defaultFolders() -> [String] { ResourceLocator.candidates("Templates") }

    /// The default folder in use: the first candidate that holds templates.
    public static func defaultFolder() throws -> String {
        let candidates = defaultFolders()
        for folder in candidates where !mustacheFiles(in: folder).isEmpty { return folder }
        throw TemplateError.templateMissing(name: "the default templates", searched: candidates)
    }

    /// The defaults, with every file of `override` replacing the default of the same name. The
    /// defaults are the shipped folder when one is found (so its files are named in messages),
    /// else the copy compiled into the front door (a binary moved away from its folders).
    public static func load(override: String?, needed: Set<String>? = nil) throws -> LetterTemplates {
        var files: [String: TemplateFile] = [:]
        let folder = try? defaultFolder()
        for file in try folder.map({ try read(folder: $0) }) ?? OverdueKit.Overdue.bundledTemplates { files[file.name] = file }
        if let override {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: override, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw TemplateError.folderMissing(override)
            }
            for file in try read(folder: override) { files[file.name] = file }
        }
        return try LetterTemplates(files: files.values.sorted { $0.name < $1.name }, needed: needed)
    }

    public static func mustacheFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
    }

    public static func read(folder: String) throws -> [TemplateFile] {
        try mustacheFiles(in: folder).map { name in
            let path = (folder as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw CLIFailure("\(path): cannot read the template (is it UTF-8?)")
            }
            return TemplateFile(name: String(name.dropLast(".mustache".count)), text: text, origin: path)
        }
    }
}
