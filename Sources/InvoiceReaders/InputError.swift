/// Bad input, located like a compiler error: `file:line:column: field: what is wrong`, with a hint.
public struct InputError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The field path, e.g. `invoices[0].due`.
    public var field: String?
    public var message: String
    public var hint: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String, hint: String? = nil) {
        self.file = file; self.line = line; self.column = column; self.field = field; self.message = message; self.hint = hint
    }

    /// The field and what is wrong, without the location (for a message that names it already).
    public var detail: String {
        [field, message].compactMap { $0 }.joined(separator: ": ")
    }

    /// One line: `claim.json:3:14: invoices[0].due: "2026-13-01" is not a date`.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return [location, field, message].compactMap { $0 }.joined(separator: ": ")
    }
}
