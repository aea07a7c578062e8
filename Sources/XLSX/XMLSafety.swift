import Foundation

/// Checks a part's bytes before any XML parser sees them: a document type declaration (the door to
/// entity expansion, "billion laughs", and external entities) is refused, and so is text that is
/// not UTF-8 (Foundation's parser on Linux traps on some invalid bytes in element names).
enum XMLSafety {
    static func check(_ data: Data, part: String) throws {
        if hasDTD(data) {
            throw XLSXError("\(part): has a document type declaration (DTD); workbooks have none, so it is refused")
        }
        if let bad = firstInvalidUTF8(data) { throw XLSXError("\(part): byte \(bad + 1) is not UTF-8") }
    }

    /// Whether `<!DOCTYPE` or `<!ENTITY` occurs in the bytes.
    static func hasDTD(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            while i + 1 < bytes.count {
                if bytes[i] == 0x3C, bytes[i + 1] == 0x21 {  // "<!"
                    let rest = bytes[(i + 2)...].prefix(7)
                    if rest.starts(with: "DOCTYPE".utf8) || rest.starts(with: "ENTITY".utf8) { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// The offset of the first byte that does not belong to valid UTF-8, if any.
    static func firstInvalidUTF8<Bytes: Collection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8 {
        var iterator = bytes.makeIterator()
        var position = 0
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): position += scalar.count
            case .emptyInput: return nil
            case .error: return position
            }
        }
    }
}
