import Foundation
import InvoiceModel
import InvoiceReaders
import Testing

/// Exports as the bookkeeping tools write them (Fixtures/exports, see SOURCES.md there).
@Suite struct ExportReaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/exports")
    static let xlsxFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("XLSXTests/Fixtures")
    static let profile = try! Profile.read("""
        creditor: { name: Atelier Voorbeeld BV, address: [Kerkstraat 1, 9000 Gent], country: BE, iban: BE68539007547034 }
        """, file: "overdue.yaml")

    static func input(_ path: String) throws -> ExportInput {
        let head = FileManager.default.contents(atPath: path).map { $0.prefix(65536) } ?? Data()
        if path.lowercased().hasSuffix(".xlsx") { return .xlsx(URL(fileURLWithPath: path)) }
        return .csv(open: { InputStream(fileAtPath: path).map(UTF8CheckedStream.init) }, delimiter: InvoiceCSVReader.delimiter(sniffing: Data(head)))
    }

    static func customers(_ names: [String]) throws -> AddressBook {
        var book = AddressBook()
        for name in names {
            let path = folder.appendingPathComponent(name).path
            try CustomerListReader(file: path).read(try input(path), into: &book)
        }
        return book
    }

    func read(_ name: String, format: ExportFormat? = nil, customers: [String] = [], profile: Profile = profile,
              folder: URL = folder, sheet: String? = nil) throws -> [Claim] {
        let path = folder.appendingPathComponent(name).path
        let book = customers.isEmpty ? nil : try Self.customers(customers)
        return try InvoiceCSVReader(file: path, profile: profile, export: ExportSettings(format: format, sheet: sheet, addresses: book))
            .read(try Self.input(path))
    }

    func mapping(_ name: String, format: ExportFormat? = nil, profile: Profile = profile) throws -> ColumnMapping {
        let path = Self.folder.appendingPathComponent(name).path
        return try InvoiceCSVReader(file: path, profile: profile, export: ExportSettings(format: format)).mapping(try Self.input(path))
    }

    func failure(_ body: () throws -> Void) -> String {
        do { try body(); return "no error" } catch { return "\(error)" }
    }

    // MARK: presets

    @Test(arguments: [("yuki-nl.csv", "Yuki, te herinneren facturen"), ("yuki-fr.csv", "Yuki, factures à relancer"),
                      ("yuki-en.csv", "Yuki, invoices to remind"), ("yuki-open-items.csv", "Yuki, open posten"),
                      ("odoo-en.csv", "Odoo invoices export"), ("odoo-nl.csv", "Odoo facturen-export"),
                      ("odoo-fr.csv", "Odoo export des factures"), ("twinfield.csv", "Twinfield debiteurenkaart"),
                      ("exact.csv", "Exact Online outstanding items")])
    func presetsAreRecognisedByTheirHeaders(_ file: String, _ preset: String) throws {
        #expect(try mapping(file).presetName == preset)
    }

    @Test func yukiDutchDerivesPaidSkipsSettledAndTotalRows() throws {
        let claims = try read("yuki-nl.csv", customers: ["customers.csv"])
        // Garage Peeters' only invoice has nothing open; the Totaal row is no invoice.
        #expect(claims.map(\.debtor.name) == ["Bakkerij Janssens"])
        let invoices = claims[0].invoices
        #expect(invoices.map(\.number) == ["2026-0101", "2026-0102"])
        #expect(invoices[0].amount == 121 && invoices[0].payments.isEmpty)
        #expect(invoices[1].amount == 1210 && invoices[1].payments.map(\.amount) == [600])
        #expect(invoices[0].issued == CalendarDate(iso: "2026-01-05"))   // dd-mm-yyyy
        #expect(invoices[1].issued == CalendarDate(iso: "2026-01-10"))   // dd.mm.yyyy
        #expect(invoices[1].due == CalendarDate(iso: "2026-02-09"))      // dd/mm/yyyy
        #expect(invoices[0].description == "Brood")
        // Joined by exact name (Yuki has no customer code): the customer's code becomes the id.
        #expect(claims[0].debtor.id == "1001")
        #expect(claims[0].debtor.address == ["Markt 3", "9000 Gent"])
        #expect(claims[0].debtor.country == "BE")
        #expect(claims[0].debtor.email == "info@janssens.example")
    }

    @Test func yukiFrenchReadsEuroSignsAndACreditNote() throws {
        let claims = try read("yuki-fr.csv", customers: ["customers-fr.csv"])
        #expect(claims.count == 1)
        let invoice = try #require(claims[0].invoices.first)
        #expect(claims[0].invoices.count == 1)
        #expect(invoice.number == "F-17" && invoice.amount == 121)
        // The credit note of 24.20 settles part of the invoice, as a payment on its date.
        #expect(invoice.payments == [Payment(date: CalendarDate(iso: "2026-01-12")!, amount: Decimal(string: "24.2")!)])
        #expect(claims[0].debtor.id == "C-9")
        #expect(claims[0].debtor.email == "dupont@example.be")
    }

    @Test func yukiEnglishAndOpenItems() throws {
        let english = try mapping("yuki-en.csv")
        #expect(english.column("debtor_name") == 1 && english.column("open") == 7 && english.column("amount") == 6)
        let open = try read("yuki-open-items.csv", customers: ["customers.csv"])
        #expect(open[0].invoices[0].amount == 100 && open[0].invoices[0].payments.map(\.amount) == [60])
    }

    @Test func odooFlatExportWithAddressesAndCurrencySymbols() throws {
        let claims = try read("odoo-en.csv")
        #expect(claims.count == 2)
        #expect(claims[0].debtor.address == ["Markt 3", "9000 Gent"])
        #expect(claims[0].debtor.country == "BE")   // "Belgium"
        #expect(claims[0].invoices[0].amount == 1210 && claims[0].invoices[0].payments.map(\.amount) == [600])
        #expect(claims[1].currency == "USD")
        #expect(claims[1].invoices[0].amount == 1000 && claims[1].invoices[0].payments.isEmpty)
        #expect(claims[1].invoices[0].issued == CalendarDate(iso: "2026-02-03"))
    }

    @Test(arguments: [("odoo-nl.csv", Decimal(600)), ("odoo-fr.csv", Decimal(0))])
    func odooTranslatedLabels(_ file: String, _ paid: Decimal) throws {
        let claims = try read(file, customers: ["customers.csv", "customers-fr.csv"])
        #expect(claims[0].invoices[0].amount == 1210)
        #expect(claims[0].invoices[0].payments.reduce(0) { $0 + $1.amount } == paid)
        #expect(claims[0].invoices[0].due == CalendarDate(iso: "2026-03-03"))
    }

    @Test func twinfieldTakesTheDebtorsNameNotTheJournals() throws {
        let map = try mapping("twinfield.csv")
        #expect(map.column("debtor_name") == 6 && map.column("debtor_id") == 5 && map.column("invoice_number") == 11)
        let claims = try read("twinfield.csv", customers: ["customers.csv"])
        #expect(claims.map(\.debtor.name) == ["Bakkerij Janssens", "Garage Peeters"])
        #expect(claims.map { $0.debtor.id } == ["1001", "1002"])
        #expect(claims[1].invoices[0].amount == 500 && claims[1].invoices[0].payments.map(\.amount) == [300])
        #expect(claims[1].debtor.address == ["Steenweg 10", "2000 Antwerpen"])
    }

    @Test func exactOnlineJoinsOnTheAccountCode() throws {
        let claims = try read("exact.csv", customers: ["customers.csv"])
        #expect(claims.map { $0.debtor.id } == ["1001", "1002"])
        #expect(claims[0].invoices[0].amount == 1210 && claims[0].invoices[0].payments.isEmpty)
        #expect(claims[1].debtor.address == ["Steenweg 10", "2000 Antwerpen"])
    }

    @Test func theFormatOptionChoosesAmongTheToolsPresets() throws {
        // "Amount" is the open amount in Exact's outstanding items, the total by the synonyms.
        #expect(try mapping("exact.csv", format: .exact).entries.first { $0.field == "open" }?.header == "Amount")
        let forced = try mapping("yuki-open-items.csv", format: .odoo)
        #expect(forced.presetName?.hasPrefix("Odoo") == true)
    }

    // MARK: grouped report

    @Test func odooAgedReceivableCarriesTheDebtorDownAndSkipsTotals() throws {
        let claims = try read("odoo-aged.xlsx", customers: ["customers.csv"], folder: Self.xlsxFolder)
        #expect(claims.map(\.debtor.name) == ["Bakkerij Janssens", "Garage Peeters"])
        #expect(claims[0].invoices.map(\.number) == ["INV/2026/00001", "INV/2026/00002"])
        #expect(claims[0].invoices.map(\.amount) == [121, 610])
        #expect(claims[0].invoices[0].due == CalendarDate(iso: "2026-02-04"))
        #expect(claims[0].invoices[0].issued == CalendarDate(iso: "2026-01-05"))
        #expect(claims[1].invoices.map(\.amount) == [242])
    }

    // MARK: XLSX

    @Test(arguments: ["dates-1900.xlsx", "dates-1904.xlsx"])
    func xlsxDatesInBothSystems(_ file: String) throws {
        let claims = try read(file, customers: ["customers.csv"], folder: Self.xlsxFolder)
        #expect(claims.count == 2)
        #expect(claims[0].invoices[0].issued == CalendarDate(iso: "2026-01-15"))
        #expect(claims[0].invoices[0].due == CalendarDate(iso: "2026-02-14"))
        #expect(claims[0].invoices[0].amount == Decimal(string: "1234.56"))
        #expect(claims[1].invoices[0].payments.map(\.amount) == [Decimal(string: "249.5")!])
    }

    @Test func xlsxSheetByName() throws {
        let claims = try read("two-sheets.xlsx", customers: ["customers.csv"], folder: Self.xlsxFolder, sheet: "Open items")
        #expect(claims.first?.invoices.first?.number == "INV/2026/0009")
        #expect(failure { _ = try read("two-sheets.xlsx", customers: ["customers.csv"], folder: Self.xlsxFolder, sheet: "Blad1") }
            .contains("no sheet named \"Blad1\""))
    }

    // MARK: profile columns

    @Test func profileColumnsMapByHeaderOrLetter() throws {
        let profile = try Profile.read("""
            creditor: { name: Atelier Voorbeeld BV, address: [Kerkstraat 1, 9000 Gent], country: BE }
            columns: { debtor_id: Klantref, invoice_number: B, due_date: "Te betalen op", open: Rest }
            """, file: "overdue.yaml")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("columns-\(UUID().uuidString).csv").path
        try "Klantref;Doc;Naam;Te betalen op;Rest\n1001;D-1;Bakkerij Janssens;01/03/2026;75,00\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = InvoiceCSVReader(file: path, profile: profile, export: ExportSettings(addresses: try Self.customers(["customers.csv"])))
        let explain = try reader.mapping(try Self.input(path)).explain()
        #expect(explain.contains("  invoice_number  <- B \"Doc\" (profile)"))
        #expect(explain.contains("  debtor_name     <- C \"Naam\" (synonym)"))
        let claims = try reader.read(try Self.input(path))
        #expect(claims[0].debtor.id == "1001" && claims[0].invoices[0].number == "D-1" && claims[0].invoices[0].amount == 75)
    }

    @Test func profileColumnsNameUnknownFieldsAndHeaders() throws {
        #expect(failure { _ = try Profile.read("columns: { debtor_shoe: A }", file: "p.yaml") }
            == "p.yaml: columns.debtor_shoe: not a field Overdue reads")
        let profile = try Profile.read("columns: { due_date: Betaaldag }", file: "p.yaml")
        #expect(failure { _ = try mapping("yuki-nl.csv", profile: profile) }.contains("columns.due_date: no header \"Betaaldag\" in the file"))
    }

    @Test(arguments: ["Factuurnr.", "factuur nr", "FACTUURNR", "Factuur-Nr"])
    func synonymsIgnoreCaseAccentsPunctuationAndSpacing(_ header: String) throws {
        let map = try ColumnMapping(headers: [header, "Date d’échéance", "MONTANT DÛ", "N° client"], format: nil, columns: [:], file: "f", line: 1)
        #expect(map.column("invoice_number") == 0 && map.column("due_date") == 1 && map.column("open") == 2 && map.column("debtor_id") == 3)
    }

    // MARK: errors

    @Test func anUnmappableFileNamesTheMissingFieldsAndTheHeaders() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("odd-\(UUID().uuidString).csv").path
        try "Klant;Iets;Bedrag\nA;B;1\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let message = failure { _ = try InvoiceCSVReader(file: path, profile: Self.profile).read(try Self.input(path)) }
        #expect(message.contains(":1: no column for invoice_number, due_date, debtor_street, debtor_city (headers seen: \"Klant\", \"Iets\", \"Bedrag\")"))
    }

    @Test func anExportWithoutAddressesAsksForACustomerList() throws {
        let message = failure { _ = try read("yuki-nl.csv") }
        #expect(message.contains("no column for debtor_street, debtor_city"))
        let hint = { () -> String? in
            do { _ = try read("yuki-nl.csv"); return nil } catch let error as InputError { return error.hint } catch { return nil }
        }()
        #expect(hint?.contains("--customers") == true)
    }

    @Test func debtorsTheCustomerListCannotPlaceAreListed() throws {
        // customers-fr.csv knows neither Bakkerij Janssens nor Garage Peeters (by code 1001, 1002).
        let message = failure { _ = try read("twinfield.csv", customers: ["customers-fr.csv"]) }
        #expect(message.hasSuffix("twinfield.csv: 2 debtors without an address: \"1001 Bakkerij Janssens\", \"1002 Garage Peeters\""))
        // By name: Yuki has no code, so the exact name is tried.
        #expect(failure { _ = try read("yuki-nl.csv", customers: ["customers-fr.csv"]) }.contains("1 debtor without an address: \"Bakkerij Janssens\""))
    }

    @Test func aCustomerListWithoutAddressesIsRefused() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cust-\(UUID().uuidString).csv").path
        try "Klantnummer;Naam;Telefoon\n1;A;0\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var book = AddressBook()
        #expect(failure { try CustomerListReader(file: path).read(try Self.input(path), into: &book) }
            .contains("not a customer list Overdue can read: no column for street, city (headers seen: \"Klantnummer\", \"Naam\", \"Telefoon\")"))
    }

    @Test func badAmountsAndDatesNameTheColumn() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).csv").path
        try "Relatie;Factuurnr.;Vervaldatum;Uitstaand;Adres;Plaats\nA;1;01/02/2026;1.234;Markt 1;Gent\nB;2;31/02/2026;5,00;Markt 2;Gent\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = InvoiceCSVReader(file: path, profile: Self.profile)
        #expect(failure { _ = try reader.read(try Self.input(path)) }.hasSuffix(":2: open (\"Uitstaand\"): \"1.234\" is not an amount"))
        var failures: [String] = []
        try reader.stream(try Self.input(path), count: { _ in }) { result in
            if case .failure(let error, _, _) = result { failures.append(error.description) }
            return true
        }
        #expect(failures.count == 2)
        #expect(failures[1].hasSuffix(":3: due_date: \"31/02/2026\" is not a date (expected YYYY-MM-DD or DD/MM/YYYY)"))
    }

    @Test func ublInvoicesLendTheirBuyersAddress() throws {
        let ublFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/ubl/UBLBE_BE0000000196_V01-15000001.xml").path
        let document = try UBLParser.parse(try Data(contentsOf: URL(fileURLWithPath: ublFile)), file: ublFile)
        var book = AddressBook()
        UBLAddresses.add([document], into: &book)
        let path = Self.folder.appendingPathComponent("open-items-for-ubl.csv").path
        let claims = try InvoiceCSVReader(file: path, profile: Self.profile, export: ExportSettings(addresses: book)).read(try Self.input(path))
        #expect(claims[0].debtor.address == ["Boulevard Sint Michel 53", "BRUXELLES"] || claims[0].debtor.address.first?.hasPrefix("Boulevard") == true)
        #expect(claims[0].debtor.email == "pete.smith@mycustomercompany.be")
        #expect(claims[0].debtor.country == "BE")
    }
}
