import ArgumentParser
import Foundation
import InvoiceReaders
import DunningRun

extension ExportFormat: ExpressibleByArgument {}

/// Options of every command that reads exports: the tool they come from, the sheet of a
/// workbook, and a customer list for the addresses.
struct ExportOptions: ParsableArguments {
    @Option(help: "The tool the export comes from: \(ExportFormat.allCases.map(\.rawValue).joined(separator: "|")). Default: recognised by its headers.")
    var format: ExportFormat?

    @Option(help: "A customer list (CSV or XLSX) with the debtors' addresses, joined on the customer code, else the exact name.")
    var customers: [String] = []

    @Option(help: "The sheet of an XLSX workbook to read. Default: the first.")
    var sheet: String?

    /// The options as the claim readers take them.
    var request: ExportRequest { ExportRequest(format: format, customers: customers, sheet: sheet) }
}
