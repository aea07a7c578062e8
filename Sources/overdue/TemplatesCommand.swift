import OverdueKit
import ArgumentParser
import Foundation
import Letters

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates", abstract: "List the letter templates or copy them to edit.",
        subcommands: [List.self, Init.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show every letter × language and the file it comes from.")
        @Option(help: "A folder of templates that override the defaults.")
        var templates: String?

        func run() throws {
            let defaults = try TemplateLocator.defaultFolder()
            let overrides = try templates.map { folder -> Set<String> in
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw TemplateError.folderMissing(folder)
                }
                return Set(TemplateLocator.mustacheFiles(in: folder))
            } ?? []
            let names = ["base"] + LetterKind.allCases.map(\.rawValue)
            var lines: [String] = []
            lines.append(pad("letter", 17) + LocaleFormatter.languages.map { pad($0, 10) }.joined())
            for name in names {
                let cells = LocaleFormatter.languages.map { language -> String in
                    let file = "\(name).\(language).mustache"
                    if overrides.contains(file) { return "override" }
                    return FileManager.default.fileExists(atPath: (defaults as NSString).appendingPathComponent(file)) ? "default" : "missing"
                }
                lines.append(pad(name, 17) + cells.map { pad($0, 10) }.joined())
            }
            lines.append("")
            lines.append("default:  \(defaults)")
            if let templates { lines.append("override: \(templates)") }
            lines.append("")
            lines += LayoutPresetTable.lines
            Output.write(lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n"))
        }

        private func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(1, n - s.count)) }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Copy the default templates into a folder to edit.")
        @Argument(help: "The folder to create or fill.")
        var folder: String
        @Flag(help: "Replace files that already exist there.")
        var force = false

        func run() throws {
            let defaults = try TemplateLocator.defaultFolder()
            let fm = FileManager.default
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CLIFailure("\(folder): cannot create the folder (\(error.localizedDescription))")
            }
            let files = TemplateLocator.mustacheFiles(in: defaults) + ["README.md"]
            let existing = files.filter { fm.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
            if !existing.isEmpty && !force {
                throw CLIFailure("\(folder): already holds \(existing.joined(separator: ", "))",
                                 hint: "pass --force to replace them, or choose an empty folder")
            }
            for file in files {
                let source = (defaults as NSString).appendingPathComponent(file)
                guard let data = fm.contents(atPath: source) else { continue }
                try Files.writeAtomically(data, to: (folder as NSString).appendingPathComponent(file))
            }
            Output.write("copied \(files.count) files to \(folder); use them with --templates \(folder)")
        }
    }
}
