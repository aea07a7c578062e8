import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A worksheet part read element by element: each `<row>` becomes an `XLSXRow` handed to `emit`
/// as soon as it ends, so only one row is held at a time.
final class SheetRowParser: NSObject, XMLParserDelegate, PartDelegate {
    private let sharedStrings: [String]
    private let dateStyles: [Bool]
    private let date1904: Bool
    private let limits: XLSXLimits
    private let part: String
    private let emit: (XLSXRow) throws -> Bool

    private var rowNumber = 0
    private var cells: [String] = []
    private var column = -1
    private var cellType = "n", cellStyle = 0
    private var text = ""
    private var collecting = false, inInline = false, phonetic = 0
    private var hasValue = false
    private(set) var failure: Error?
    private(set) var stopped = false

    init(sharedStrings: [String], dateStyles: [Bool], date1904: Bool, limits: XLSXLimits, part: String, emit: @escaping (XLSXRow) throws -> Bool) {
        self.sharedStrings = sharedStrings; self.dateStyles = dateStyles; self.date1904 = date1904
        self.limits = limits; self.part = part; self.emit = emit
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "row":
            let number = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            guard number > rowNumber else { return fail(parser, "row \(number) comes after row \(rowNumber)") }
            rowNumber = number
            cells.removeAll(keepingCapacity: true)
            column = -1
        case "c":
            if let reference = attributes["r"] {
                guard let index = XLSXRow.column(of: reference) else { return fail(parser, "row \(rowNumber): \"\(reference)\" is not a cell reference") }
                column = index
            } else {
                column += 1
            }
            guard column < limits.columns else { return fail(parser, "row \(rowNumber): more than \(limits.columns) columns") }
            cellType = attributes["t"] ?? "n"
            cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
            text = ""
            hasValue = false
        case "v":
            collecting = true; hasValue = true
        case "is":
            inInline = true; hasValue = true
        case "rPh":
            phonetic += 1
        case "t" where inInline && phonetic == 0:
            collecting = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard collecting else { return }
        text += string
        if text.utf16.count > limits.cellCharacters * 2 { fail(parser, "row \(rowNumber): a cell is longer than \(limits.cellCharacters) characters") }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": collecting = false
        case "is": inInline = false
        case "rPh": phonetic -= 1
        case "c":
            guard hasValue else { return }
            let value: String
            do { value = try cellText() } catch { return fail(parser, "row \(rowNumber), cell \(XLSXRow.letters(of: column))\(rowNumber): \(error)") }
            if !value.isEmpty {
                if cells.count <= column { cells.append(contentsOf: repeatElement("", count: column + 1 - cells.count)) }
                cells[column] = value
            }
        case "row":
            do {
                if try !emit(XLSXRow(number: rowNumber, cells: cells)) { stopped = true; parser.abortParsing() }
            } catch {
                failure = error
                parser.abortParsing()
            }
        default:
            break
        }
    }

    /// The cell's text by its type: shared string, inline string, formula string, boolean, error, number or date.
    private func cellText() throws -> String {
        switch cellType {
        case "s":
            guard let index = Int(text) ?? Int(text.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw XLSXError("shared string \"\(text)\" does not exist")
            }
            return sharedStrings[index]
        case "inlineStr", "str", "e": return text
        case "b": return text == "1" ? "TRUE" : "FALSE"
        default:
            let trimmed = Double(text) != nil ? text : text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return "" }
            guard let number = Double(trimmed), number.isFinite else { throw XLSXError("\"\(trimmed)\" is not a number") }
            if dateStyles.indices.contains(cellStyle), dateStyles[cellStyle] {
                guard let date = SerialDate.iso(serial: number, date1904: date1904) else { throw XLSXError("\(trimmed) is not a date serial number") }
                return date
            }
            return Self.general(trimmed, number)
        }
    }

    /// A number as Excel's General format shows it: the stored text when it has at most 15
    /// significant digits, else rounded to 15 (binary noise such as 1234.5599999999999 is dropped).
    static func general(_ text: String, _ number: Double) -> String {
        let digits = text.drop { $0 == "-" || $0 == "0" || $0 == "." }.filter(\.isNumber).count
        if digits <= 15, !text.contains(where: { $0 == "e" || $0 == "E" }) { return text }
        return String(format: "%.15g", number)
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        if failure == nil { failure = XLSXError("\(part): \(message)") }
        parser.abortParsing()
    }
}
