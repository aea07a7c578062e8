import Foundation
import Testing

/// Exports from bookkeeping tools on the command line: --format, --customers, --sheet, --explain,
/// UBL invoices beside an export, XLSX in batch.
@Suite(.serialized) struct ExportCommandTests {
    static let exports = CLI.root.appendingPathComponent("Tests/InvoiceReadersTests/Fixtures/exports")
    static let xlsx = CLI.root.appendingPathComponent("Tests/XLSXTests/Fixtures")
    let profile = exports.appendingPathComponent("profile.yaml").path
    let customers = exports.appendingPathComponent("customers.csv").path
    func export(_ name: String) -> String { Self.exports.appendingPathComponent(name).path }

    @Test func explainShowsWhichColumnBecameWhichField() throws {
        let result = try CLI.run(["claims", export("twinfield.csv"), "--profile", profile, "--customers", customers, "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("format: Twinfield debiteurenkaart"))
        #expect(result.stdout.contains("  debtor_name     <- G \"Naam\" (preset)"))
        #expect(result.stdout.contains("  open            <- K \"Openstaand bedrag\" (preset)"))
        #expect(result.stdout.contains("not read: A \"Dagboek\", B \"Naam\""))
        #expect(result.stdout.contains("1002  Garage Peeters, BE: 1 invoice, 200.00 EUR open"))
    }

    @Test func withoutACustomerListTheErrorAsksForOne() throws {
        let result = try CLI.run(["claims", export("yuki-nl.csv"), "--profile", profile])
        #expect(result.status != 0)
        #expect(result.stderr.contains("yuki-nl.csv:1: no column for debtor_street, debtor_city (headers seen: \"Factuurnr.\", \"Relatie\""))
        #expect(result.stderr.contains("--customers"))
    }

    @Test func unplacedDebtorsAreListed() throws {
        let result = try CLI.run(["assess", export("exact.csv"), "--profile", profile, "--customers", export("customers-fr.csv"), "--as-of", "2026-11-29"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("2 debtors without an address: \"1001 Bakkerij Janssens\", \"1002 Garage Peeters\""))
    }

    @Test func theFormatOptionIsCheckedAndUsed() throws {
        let bad = try CLI.run(["claims", export("exact.csv"), "--profile", profile, "--format", "sage"])
        #expect(bad.status != 0 && bad.stderr.contains("sage"))
        let forced = try CLI.run(["claims", export("exact.csv"), "--profile", profile, "--format", "exact", "--customers", customers, "--explain"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.contains("format: Exact Online outstanding items"))
    }

    @Test func ublInvoicesBesideAnExportLendTheirAddress() throws {
        let ubl = CLI.root.appendingPathComponent("Tests/InvoiceReadersTests/Fixtures/ubl/UBLBE_BE0000000196_V01-15000001.xml").path
        let result = try CLI.run(["claims", export("open-items-for-ubl.csv"), ubl, "--profile", profile, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)   // the UBL invoice lends its address and makes no claim of its own
        #expect(result.stdout.contains("pete.smith@mycustomercompany.be"))
        #expect(result.stdout.contains("BRUXELLES"))
    }

    @Test func xlsxWithASheetInEveryCommand() throws {
        let book = Self.xlsx.appendingPathComponent("two-sheets.xlsx").path
        let claims = try CLI.run(["claims", book, "--profile", profile, "--customers", customers, "--sheet", "Open items"])
        #expect(claims.status == 0, "\(claims.stderr)")
        #expect(claims.stdout.contains("Bakkerij Janssens, BE: 1 invoice, 100.00 EUR open"))
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = try CLI.run(["batch", Self.xlsx.appendingPathComponent("odoo-aged.xlsx").path, "--profile", profile, "--customers", customers,
                                 "--letter", "reminder", "--as-of", "2026-04-30", "--out", folder.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.count == 2)
    }
}
