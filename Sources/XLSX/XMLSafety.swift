import Foundation

/// Checks a part's bytes before any XML parser sees them: a document type declaration (the door to
/// entity expansion, "billion laughs", and external entities) is refused, and so is text that is
/// not UTF-8 (Foundation's parser on Linux traps on some invalid bytes in element names).
enum XMLSafety {
    static func check(_ data: Data, part: String) throws {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw XLSXError("\(part): has a document type declaration (DTD); workbooks have none, so it is refused")
        }
        var bytes = data.makeIterator()
        var position = 0
        let failed = transcode(AnyIterator { () -> UInt8? in position += 1; return bytes.next() }, from: UTF8.self, to: UTF32.self,
                               stoppingOnError: true) { _ in }
        if failed { throw XLSXError("\(part): byte \(position) is not UTF-8") }
    }
}
