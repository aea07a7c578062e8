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

    static func hasDTD<Bytes: DataProtocol>(_ data: Bytes) -> Bool {
        let bytes = Data(data)
        return bytes.range(of: Data("<!DOCTYPE".utf8)) != nil || bytes.range(of: Data("<!ENTITY".utf8)) != nil
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
