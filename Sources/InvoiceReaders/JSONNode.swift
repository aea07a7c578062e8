import Foundation
import InvoiceModel

/// A value inside a parsed JSON or YAML document, with the path that leads to it, so every
/// error names the file and the field.
struct JSONNode {
    let value: Any
    let path: String
    let file: String

    func fail(_ message: String, hint: String? = nil) -> InputError {
        InputError(file: file, field: path.isEmpty ? nil : path, message: message, hint: hint)
    }

    private func child(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The member `key` of this object, or `nil` when absent or JSON `null`.
    func optional(_ key: String) throws -> JSONNode? {
        guard let object = value as? [String: Any] else { throw fail("expected an object") }
        guard let member = object[key], !(member is NSNull) else { return nil }
        return JSONNode(value: member, path: child(key), file: file)
    }

    func required(_ key: String, expected: String, hint: String? = nil) throws -> JSONNode {
        guard let node = try optional(key) else {
            let missing = InputError(file: file, field: child(key), message: "missing (expected \(expected))", hint: hint)
            throw missing
        }
        return node
    }

    var isObject: Bool { value is [String: Any] }

    func object() throws -> JSONNode {
        guard value is [String: Any] else { throw fail("expected an object, found \(Self.describe(value))") }
        return self
    }

    func array() throws -> [JSONNode] {
        guard let items = value as? [Any] else { throw fail("expected a list, found \(Self.describe(value))") }
        return items.enumerated().map { JSONNode(value: $1, path: "\(path)[\($0)]", file: file) }
    }

    func string() throws -> String {
        guard let text = value as? String else { throw fail("expected a string, found \(Self.describe(value))") }
        guard text.count <= InputLimits.textCharacters else {
            throw fail("\(text.count) characters; a text is read up to \(InputLimits.textCharacters)")
        }
        return text
    }

    func nonEmptyString() throws -> String {
        let text = try string().trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw fail("must not be empty") }
        return text
    }

    func strings() throws -> [String] { try array().map { try $0.nonEmptyString() } }

    func date() throws -> CalendarDate {
        let text = try string()
        guard let date = CalendarDate(iso: text) else {
            throw fail("\"\(text)\" is not a date (expected YYYY-MM-DD)")
        }
        return date
    }

    func int() throws -> Int {
        if !Self.isBoolean(value), let number = Self.number(value), let exact = Int(exactly: number) { return exact }
        if let text = value as? String, let exact = Int(text) { return exact }
        throw fail("\(Self.describe(value)) is not a whole number")
    }

    /// A decimal amount: a string like `"1210.00"`, or a JSON number whose shortest
    /// representation is such an amount (`1210.5` yes, `1e3` or `0.123` no).
    func decimal(maxScale: Int = 2, what: String = "an amount") throws -> Decimal {
        let text: String
        if let s = value as? String {
            text = s.trimmingCharacters(in: .whitespaces)
        } else if !Self.isBoolean(value), let number = Self.number(value) {
            if let exact = Int(exactly: number), abs(exact) < 1 << 53 {
                text = String(exact)
            } else {
                text = "\(number)"
            }
        } else {
            throw fail("expected \(what) as a string like \"1210.00\", found \(Self.describe(value))")
        }
        if Money.isBeyondExactRange(text) {
            throw fail("\"\(text)\" is beyond the largest amount read (\(Money.maximumIntegerDigits) digits before the point)",
                       hint: "amounts this large cannot be computed to the cent")
        }
        guard let amount = Money.parse(text, maxScale: maxScale) else {
            throw fail("\"\(text)\" is not \(what)",
                        hint: "write \(what) as a decimal string with a dot and at most \(maxScale) decimals, e.g. \"1234.56\"")
        }
        return amount
    }

    /// JSON `true`/`false` (Foundation bridges them to NSNumber, so `is Bool` is not enough).
    static func isBoolean(_ value: Any) -> Bool {
        type(of: value) == Bool.self || String(describing: type(of: value)) == "__NSCFBoolean"
    }

    static func number(_ value: Any) -> Double? {
        if let i = value as? Int { return Double(i) }
        if let d = value as? Double { return d }
        if let n = value as? NSNumber { return n.doubleValue }
        return nil
    }

    static func describe(_ value: Any) -> String {
        if isBoolean(value) { return "true/false" }
        switch value {
        case is String: return "a string"
        case is NSNumber: return "a number"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        case is NSNull: return "null"
        default: return "a value of another kind"
        }
    }
}
