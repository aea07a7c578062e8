/// A template problem, located by template file and line.
public enum TemplateError: Error, Equatable, CustomStringConvertible {
    case folderMissing(String)
    case templateMissing(name: String, searched: [String])
    case syntax(template: String, line: Int?, message: String)
    case missingKey(template: String, line: Int?, key: String)
    case unknownSection(template: String, line: Int, name: String)
    case duplicateSection(template: String, line: Int, name: String)
    case textOutsideSection(template: String, line: Int)
    case missingSection(template: String, name: String)

    public var description: String {
        switch self {
        case .folderMissing(let path):
            return "\(path): template folder not found"
        case .templateMissing(let name, let searched):
            return "template \(name) not found (looked in \(searched.joined(separator: ", ")))"
        case .syntax(let t, let line, let message):
            return "\(t)\(line.map { ":\($0)" } ?? ""): template syntax: \(message)"
        case .missingKey(let t, let line, let key):
            return "\(t)\(line.map { ":\($0)" } ?? ""): the template uses \"\(key)\", which the letter data does not have"
        case .unknownSection(let t, let line, let name):
            return "\(t): rendered line \(line): unknown section @\(name) (known: \(LetterMarkup.sections.joined(separator: ", ")))"
        case .duplicateSection(let t, let line, let name):
            return "\(t): rendered line \(line): section @\(name) appears twice"
        case .textOutsideSection(let t, let line):
            return "\(t): rendered line \(line): text before the first @section"
        case .missingSection(let t, let name):
            return "\(t): the letter has no @\(name) section"
        }
    }

    public var hint: String {
        switch self {
        case .folderMissing: return "pass an existing folder to --templates, or create one with `overdue templates init DIR`"
        case .templateMissing: return "copy the defaults with `overdue templates init DIR` and edit them"
        case .missingKey: return "see Templates/README.md for the keys each letter provides"
        default: return "see Templates/README.md for the template format"
        }
    }
}
