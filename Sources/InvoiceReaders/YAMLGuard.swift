import Foundation
import Yams

/// Checks a profile's YAML before it is turned into values: size, nesting depth (the composer
/// recurses), anchors and aliases (refused: nested aliases expand exponentially), unknown keys.
enum YAMLGuard {
    static func check(_ text: String, file: String) throws {
        guard text.utf8.count <= InputLimits.profileBytes else {
            throw InputError(file: file, message: "the profile is \(text.utf8.count >> 10) KB; a profile is read up to \(InputLimits.profileBytes >> 10) KB")
        }
        if let line = lineTooDeep(text) {
            throw InputError(file: file, line: line, message: "mappings and lists nested more than \(InputLimits.yamlDepth) deep",
                             hint: "a profile needs three levels")
        }
        if let line = anchorLine(text) {
            throw InputError(file: file, line: line, message: "anchors and aliases (&name, *name) are not read in a profile",
                             hint: "write the value out where it is used (quote a value that starts with & or *)")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputError(file: file, message: "malformed YAML: \(Profile.describe(error))",
                             hint: "check the indentation and the colons near that place")
        }
        guard let node else { return }
        var budget = InputLimits.yamlNodes
        try walk(node, path: "", file: file, budget: &budget)
    }

    /// Visits every node: refuses anchors and aliases and unknown keys, and stops at the node budget.
    static func walk(_ node: Node, path: String, file: String, budget: inout Int) throws {
        budget -= 1
        guard budget >= 0 else {
            throw InputError(file: file, message: "more than \(InputLimits.yamlNodes) values; a profile needs a few dozen")
        }
        try refuseAnchor(node, path: path, file: file)
        switch node {
        case .mapping(let mapping):
            let known = ProfileKeys.known[path]
            for (key, value) in mapping {
                let name = key.string ?? ""
                let child = path.isEmpty ? name : "\(path).\(name)"
                try refuseAnchor(key, path: child, file: file)
                try refuseAnchor(value, path: child, file: file)
                if let known, !known.contains(name) {
                    let guess = ProfileKeys.suggestion(for: name, in: known)
                    throw InputError(file: file, line: key.mark?.line, field: child, message: "unknown key",
                                     hint: guess.map { "did you mean \($0)?" } ?? "known here: \(known.sorted().joined(separator: ", "))")
                }
                try walk(value, path: child, file: file, budget: &budget)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { try walk(item, path: "\(path)[\(index)]", file: file, budget: &budget) }
        default:
            break
        }
    }

    /// Anchors and aliases are refused: nested aliases expand exponentially.
    static func refuseAnchor(_ node: Node, path: String, file: String) throws {
        let isAlias: Bool
        if case .alias = node { isAlias = true } else { isAlias = false }
        guard node.anchor != nil || isAlias else { return }
        throw InputError(file: file, line: node.mark?.line, field: path.isEmpty ? nil : path,
                         message: "anchors and aliases (&name, *name) are not read in a profile",
                         hint: "write the value out where it is used")
    }

    /// The first line with an anchor (`&name`) or alias (`*name`): outside quotes and comments,
    /// at the start of a token. (The composer resolves them without saying so.)
    static func anchorLine(_ text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var quote: Character?
            var previous: Character = " "
            var iterator = line.makeIterator()
            var current = iterator.next()
            while let ch = current {
                let next = iterator.next()
                if let open = quote {
                    if ch == open { quote = nil }
                } else if (ch == "\"" || ch == "'") && " [{,:-".contains(previous) {
                    quote = ch
                } else if ch == "#" && previous == " " {
                    break
                } else if (ch == "&" || ch == "*") && " [{,:-?".contains(previous),
                          let next, !next.isWhitespace && !",[]{}".contains(next) {
                    return index + 1
                }
                previous = ch
                current = next
            }
        }
        return nil
    }

    /// The first line where flow brackets (`[`, `{` outside quotes and comments) or block
    /// indentation go deeper than `InputLimits.yamlDepth` levels (two columns a level).
    static func lineTooDeep(_ text: String) -> Int? {
        var depth = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var indent = 0
            var leading = true
            var quote: Character?
            var previous: Character = " "
            for ch in line {
                if leading {
                    if ch == " " || ch == "-" || ch == "?" { indent += 1; continue }
                    leading = false
                }
                if let open = quote {
                    if ch == open { quote = nil }
                } else if ch == "\"" || ch == "'" {
                    if previous == " " || previous == "[" || previous == "{" || previous == "," || previous == ":" { quote = ch }
                } else if ch == "#" && previous == " " {
                    break
                } else if ch == "[" || ch == "{" {
                    depth += 1
                } else if ch == "]" || ch == "}" {
                    depth = max(0, depth - 1)
                }
                previous = ch
            }
            if depth > InputLimits.yamlDepth || indent > 2 * InputLimits.yamlDepth { return index + 1 }
        }
        return nil
    }
}
