import Foundation

extension JSONNode {
    /// `true` or `false` (YAML `yes`/`no` arrive as booleans too); anything else is an error.
    func bool() throws -> Bool {
        if Self.isBoolean(value), let flag = value as? Bool { return flag }
        if let text = value as? String {
            switch text.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        throw fail("expected true or false, found \(Self.describe(value))")
    }
}
