import ArgumentParser
import Letters

/// `--letter KIND`.
struct LetterChoice: ExpressibleByArgument {
    let kind: LetterKind
    init?(argument: String) {
        guard let kind = LetterKind(rawValue: argument) else { return nil }
        self.kind = kind
    }
    static var allValueStrings: [String] { LetterKind.allCases.map(\.rawValue) }
}
