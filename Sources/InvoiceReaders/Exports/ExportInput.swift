import CSV
import Foundation
import XLSX

/// Where an export's rows come from: a CSV file (opened once per pass) or an XLSX workbook.
public enum ExportInput {
    /// A CSV export: `open` gives a fresh stream for each pass (the edge opens the file; wrap it in
    /// `UTF8CheckedStream` so a byte that is not UTF-8 is named by line and column).
    case csv(open: () -> InputStream?, delimiter: Character)
    case xlsx(URL)

    var delimiter: Character {
        if case .csv(_, let delimiter) = self { return delimiter }
        return ","
    }

    /// Reads the header, then hands on each row with its line (a CSV line, a sheet's row number).
    func read(file: String, sheet: String?, header: ([String], Int) throws -> Void, row: ([String], Int) throws -> Bool) throws {
        switch self {
        case .csv(let open, let delimiter):
            guard let stream = open() else { throw InputError(file: file, message: "cannot read the file") }
            try Self.readCSV(stream, delimiter: delimiter, file: file, header: header, row: row)
        case .xlsx(let url):
            try Self.readXLSX(url, sheet: sheet, file: file, header: header, row: row)
        }
    }

    static func readCSV(_ stream: InputStream, delimiter: Character, file: String, header: ([String], Int) throws -> Void,
                        row: ([String], Int) throws -> Bool) throws {
        /// The stream's first byte that is not UTF-8, as an error (a CSV parser would report something else).
        func checkEncoding() throws {
            if let problem = (stream as? UTF8CheckedStream)?.encodingProblem { throw problem.error(file: file) }
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true, trimFields: false, delimiter: delimiter.unicodeScalars.first!)
        } catch {
            try checkEncoding()
            throw InputError(file: file, line: 1, message: "cannot read the CSV header (\(error))")
        }
        try checkEncoding()
        let names = (reader.headerRow ?? []).map { $0.replacingOccurrences(of: "\u{FEFF}", with: "") }
        try header(names, 1)
        var line = 2 + names.reduce(0) { $0 + $1.filter(\.isNewline).count }
        while let fields = reader.next() {
            try checkEncoding()
            let rowLine = line
            line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
            if fields.allSatisfy({ $0.trimmed().isEmpty }) { continue }
            try checkQuotes(fields, columns: names.count, file: file, line: rowLine, nextLine: line)
            guard try row(fields, rowLine) else { return }
        }
        try checkEncoding()
        if let error = reader.error {
            throw InputError(file: file, line: line, message: "malformed CSV (\(error))", hint: "check the quotes near that line")
        }
    }

    /// A quote opened and never closed swallows the rows after it into one field: the row then
    /// has a line break inside and too few columns.
    static func checkQuotes(_ row: [String], columns: Int, file: String, line: Int, nextLine: Int) throws {
        guard row.count < columns, row.contains(where: { $0.contains(where: \.isNewline) }) else { return }
        throw InputError(file: file, line: line, message: "a quoted field opened on this line runs to line \(nextLine - 1) and the row has \(row.count) of \(columns) columns",
                         hint: "a quote inside a field is written twice (\"\"); check for a missing closing quote")
    }

    /// The header is the first of the sheet's first 30 rows that names two fields or more (reports
    /// put a title and the report's date above it), else the first row.
    static func readXLSX(_ url: URL, sheet: String?, file: String, header: ([String], Int) throws -> Void,
                         row: ([String], Int) throws -> Bool) throws {
        do {
            let workbook = try XLSXWorkbook(url: url)
            var pending: [XLSXRow] = []
            var found = false
            var stopped = false
            try withoutActuallyEscaping(header) { header in
                try withoutActuallyEscaping(row) { row in
                    try workbook.rows(sheet: sheet) { next in
                        if found { stopped = try !row(next.cells, next.number); return !stopped }
                        pending.append(next)
                        let named = Set(next.cells.compactMap(ColumnSynonyms.field)).count
                        guard named >= 2 || pending.count >= 30 else { return true }
                        let at = named >= 2 ? pending.count - 1 : 0
                        found = true
                        try header(pending[at].cells, pending[at].number)
                        for later in pending[(at + 1)...] { guard try row(later.cells, later.number) else { stopped = true; return false } }
                        pending = []
                        return true
                    }
                    if !found, !stopped {
                        guard let first = pending.first else { throw InputError(file: file, message: "the sheet is empty") }
                        try header(first.cells, first.number)
                        for later in pending.dropFirst() { guard try row(later.cells, later.number) else { return } }
                    }
                }
            }
        } catch let error as XLSXError {
            throw InputError(file: file, message: error.message, hint: "save the sheet again from the spreadsheet program, or export it as CSV")
        }
    }
}
