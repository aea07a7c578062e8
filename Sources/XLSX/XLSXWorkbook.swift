import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An `.xlsx` workbook (Office Open XML, ECMA-376), read for its cell values: the sheet names,
/// then the rows of one sheet as text. The archive is opened with ZIPFoundation; the small parts
/// (workbook, relationships, styles) are decoded with XMLCoder; the shared strings and the sheet
/// are read element by element as they are unpacked (`EntryStream`), the sheet's rows handed on
/// one at a time.
///
/// Every part is unpacked within `XLSXLimits` (bytes counted as they come, whatever the archive
/// claims), checked to be UTF-8 without a DTD, and parsed without entity resolution.
public final class XLSXWorkbook {
    /// The sheets in workbook order.
    public let sheetNames: [String]
    /// Whether serial dates count from 1904-01-01 (older Mac workbooks) instead of 1900.
    public let date1904: Bool

    private let archive: Archive
    private let url: URL
    /// A temporary copy of a workbook given in memory, removed with the workbook.
    private let temporary: Bool
    private let limits: XLSXLimits
    private let sheetParts: [String]
    private let dateStyles: [Bool]
    private let sharedStringsPart: String?
    private var unpacked = 0

    /// Opens the workbook at `url`.
    public convenience init(url: URL, limits: XLSXLimits = XLSXLimits()) throws {
        try self.init(url: url, limits: limits, temporary: false)
    }

    /// Opens a workbook held in memory. (It goes through a temporary file, unlinked at once:
    /// ZIPFoundation 0.9.20's in-memory archive traps on an entry whose offset lies beyond the
    /// data, where its file archive reads nothing and fails cleanly.)
    public convenience init(data: Data, limits: XLSXLimits = XLSXLimits()) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-xlsx-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(atPath: url.path, contents: data) else { throw XLSXError("cannot write a temporary copy of the workbook") }
        do { try self.init(url: url, limits: limits, temporary: true) } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }

    deinit {
        if temporary { try? FileManager.default.removeItem(at: url) }
    }

    private init(url: URL, limits: XLSXLimits, temporary: Bool) throws {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw XLSXError("not an XLSX workbook (the file is no ZIP archive)")
        }
        self.archive = archive
        self.url = url
        self.temporary = temporary
        self.limits = limits
        var count = 0
        for _ in archive {
            count += 1
            if count > limits.entries { throw XLSXError("the archive has more than \(limits.entries) entries") }
        }
        let workbookPart = "xl/workbook.xml"
        guard archive[workbookPart] != nil else { throw XLSXError("no \(workbookPart): not an XLSX workbook (an .xls or .ods file? save it as .xlsx or CSV)") }
        let workbook = try WorkbookParts.decode(WorkbookParts.Workbook.self, from: try Self.unpack(archive, workbookPart, limits, &unpacked), part: workbookPart)
        let relsPart = "xl/_rels/workbook.xml.rels"
        let relationships = try archive[relsPart] == nil ? [] :
            (WorkbookParts.decode(WorkbookParts.Relationships.self, from: try Self.unpack(archive, relsPart, limits, &unpacked), part: relsPart).Relationship ?? [])
        func target(endingWith type: String) -> String? {
            relationships.first { $0.Type.hasSuffix("/" + type) }.map { WorkbookParts.path(of: $0.Target) }
        }
        let worksheets = relationships.filter { $0.Type.hasSuffix("/worksheet") }
        var names: [String] = []
        var parts: [String] = []
        for (index, sheet) in (workbook.sheets?.sheet ?? []).enumerated() {
            let relation = sheet.relationship.flatMap { id in relationships.first { $0.Id == id } }
                ?? (index < worksheets.count ? worksheets[index] : nil)
            names.append(sheet.name)
            parts.append(relation.map { WorkbookParts.path(of: $0.Target) } ?? "xl/worksheets/sheet\(index + 1).xml")
        }
        guard !names.isEmpty else { throw XLSXError("the workbook has no sheet") }
        sheetNames = names
        sheetParts = parts
        let flag = workbook.workbookPr?.date1904?.lowercased()
        date1904 = flag == "1" || flag == "true"

        let stylesPart = target(endingWith: "styles") ?? "xl/styles.xml"
        if archive[stylesPart] != nil {
            dateStyles = try WorkbookParts.decode(WorkbookParts.Styles.self, from: try Self.unpack(archive, stylesPart, limits, &unpacked), part: stylesPart).dateStyles()
        } else {
            dateStyles = []
        }
        let strings = target(endingWith: "sharedStrings") ?? "xl/sharedStrings.xml"
        sharedStringsPart = archive[strings] == nil ? nil : strings
    }

    /// Reads the rows of the sheet named `sheet` (the first sheet when nil), handing each row
    /// that has a cell to `body` in order; `body` returns false to stop.
    public func rows(sheet: String? = nil, _ body: @escaping (XLSXRow) throws -> Bool) throws {
        let index: Int
        if let sheet {
            guard let found = sheetNames.firstIndex(of: sheet) else {
                throw XLSXError("no sheet named \"\(sheet)\" (the workbook has \(sheetNames.map { "\"\($0)\"" }.joined(separator: ", ")))")
            }
            index = found
        } else {
            index = 0
        }
        let part = sheetParts[index]
        guard archive[part] != nil else { throw XLSXError("sheet \"\(sheetNames[index])\": its part \(part) is missing") }
        let strings = try sharedStringsPart.map { try parse(part: $0, SharedStringsParser(limits: limits)).strings } ?? []
        let delegate = SheetRowParser(sharedStrings: strings, dateStyles: dateStyles, date1904: date1904, limits: limits, part: part, emit: body)
        _ = try parse(part: part, delegate)
    }

    /// Parses a part as it is unpacked; the delegate's own failure (a limit, a row the caller
    /// refused) wins over the parser's.
    private func parse<Delegate: XMLParserDelegate & PartDelegate>(part: String, _ delegate: Delegate) throws -> Delegate {
        guard let entry = archive[part], entry.type == .file else { throw XLSXError("\(part) is missing") }
        let stream = EntryStream(url: url, path: part, limits: limits, alreadyUnpacked: unpacked)
        defer { stream.cancel() }
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        if let failure = delegate.failure { throw failure }
        if let failure = stream.failure { throw failure }
        guard ok || delegate.stopped else {
            throw XLSXError("\(part): malformed XML at line \(parser.lineNumber) (\(parser.parserError.map { "\($0)" } ?? "unknown error"))")
        }
        unpacked += stream.unpacked
        return delegate
    }

    /// Unpacks one part, counting the bytes as they come: a part or a workbook beyond the limits
    /// stops the unpacking, whatever sizes the archive states.
    private static func unpack(_ archive: Archive, _ path: String, _ limits: XLSXLimits, _ total: inout Int) throws -> Data {
        guard let entry = archive[path] else { throw XLSXError("\(path) is missing") }
        guard entry.type == .file else { throw XLSXError("\(path) is not a file") }
        var data = Data()
        var seen = total
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                seen += chunk.count
                if data.count > limits.partBytes { throw XLSXError("\(path) unpacks to more than \(limits.partBytes >> 20) MB") }
                if seen > limits.totalBytes { throw XLSXError("the workbook unpacks to more than \(limits.totalBytes >> 20) MB") }
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError("\(path): cannot be unpacked (\(error))")
        }
        total = seen
        try XMLSafety.check(data, part: path)
        return data
    }
}
