import Foundation

extension InvoiceCSVReader {
    /// How the export's columns map to fields (for `overdue claims --explain`): reads the header only.
    public func mapping(_ input: ExportInput) throws -> ColumnMapping {
        var found: ColumnMapping?
        try input.read(file: file, sheet: export.sheet, header: { header, line in
            found = try ColumnMapping(headers: header, format: export.format, columns: profile?.columns ?? [:], file: file, line: line)
        }, row: { _, _ in false })
        guard let found else { throw InputError(file: file, message: "the file has no header row") }
        return found
    }
}
