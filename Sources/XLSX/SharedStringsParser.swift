import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The shared string table (`xl/sharedStrings.xml`), read element by element: each `<si>` is one
/// string, the text of its `<t>` runs joined (phonetic guides, `<rPh>`, left out).
final class SharedStringsParser: NSObject, XMLParserDelegate, PartDelegate {
    private let limits: XLSXLimits
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false, inText = false, phonetic = 0
    private(set) var failure: Error?
    let stopped = false

    init(limits: XLSXLimits) { self.limits = limits }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "si": inItem = true; current = ""
        case "rPh": phonetic += 1
        case "t" where inItem && phonetic == 0: inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inText else { return }
        current += string
        if current.utf16.count > limits.cellCharacters * 2 { fail(parser, "a shared string is longer than \(limits.cellCharacters) characters") }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "si":
            inItem = false
            strings.append(current)
            if strings.count > limits.sharedStrings { fail(parser, "more than \(limits.sharedStrings) shared strings") }
        case "rPh": phonetic -= 1
        case "t": inText = false
        default: break
        }
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        if failure == nil { failure = XLSXError("xl/sharedStrings.xml: \(message)") }
        parser.abortParsing()
    }
}
