import Foundation
import InvoiceModel
import InvoiceReaders
import Testing

@Suite struct InvoiceCSVReaderTests {
    static let profile = try! Profile.read("""
        creditor: { name: Studio Vermeulen BV, address: [Kerkstraat 12, 9000 Gent], country: BE, iban: BE71096123456769 }
        terms: { deadline_business_days: 7 }
        """, file: "overdue.yaml")

    static let header = "debtor_id;debtor_name;debtor_street;debtor_postcode;debtor_city;debtor_country;invoice_number;issue_date;due_date;amount;paid;reference;extra"

    func read(_ text: String, profile: Profile? = profile) throws -> [Claim] {
        let data = Data(text.utf8)
        return try InvoiceCSVReader(file: "invoices.csv", profile: profile)
            .read(InputStream(data: data), delimiter: InvoiceCSVReader.delimiter(sniffing: data))
    }

    func error(_ text: String) -> InputError? {
        do { _ = try read(text); return nil } catch let e as InputError { return e } catch { return nil }
    }

    @Test func groupsRowsByDebtorAndReadsBelgianNumbers() throws {
        let claims = try read("\u{FEFF}" + Self.header + """

            C-1;Bakkerij Peeters;Markt 3;2000;Antwerpen;BE;A-1;02/07/2026;01/08/2026;1.210,00;200,00;+++090/9337/55493+++;x
            C-2;"Atelier ""Le Coin""; SRL";Rue Haute 14;1000;Bruxelles;be;B-1;2026-07-10;2026-08-09;2420;;;
            C-1;Bakkerij Peeters;Markt 3;2000;Antwerpen;BE;A-2;;14.09.2026;"605,5";;;"two
            lines"
            """)
        #expect(claims.count == 2)
        #expect(claims[0].debtor.id == "C-1")
        #expect(claims[0].invoices.map(\.number) == ["A-1", "A-2"])
        #expect(claims[0].invoices[0].amount == Decimal(string: "1210"))
        #expect(claims[0].invoices[0].payments.map(\.amount) == [200])
        #expect(claims[0].invoices[0].due == CalendarDate(iso: "2026-08-01"))
        #expect(claims[0].invoices[1].amount == Decimal(string: "605.5"))
        #expect(claims[0].invoices[1].due == CalendarDate(iso: "2026-09-14"))
        #expect(claims[1].debtor.name == "Atelier \"Le Coin\"; SRL")
        #expect(claims[1].debtor.country == "BE")
        #expect(claims[1].debtor.address == ["Rue Haute 14", "1000 Bruxelles"])
        #expect(claims[0].creditor.name == "Studio Vermeulen BV")
        #expect(claims[0].terms.deadlineBusinessDays == 7)
    }

    @Test func readsCommaSeparatedFiles() throws {
        let claims = try read("""
            debtor_id,debtor_name,debtor_street,debtor_postcode,debtor_city,debtor_country,invoice_number,due_date,amount,currency
            D-9,"Peeters, Jan",Markt 3,2000,Antwerpen,BE,X-1,2026-08-01,"1,234.56",eur
            """)
        #expect(claims.first?.invoices.first?.amount == Decimal(string: "1234.56"))
        #expect(claims.first?.debtor.name == "Peeters, Jan")
        #expect(claims.first?.currency == "EUR")
    }

    @Test(arguments: [
        ("C-1;P;Markt 3;2000;Antwerpen;BE;A-1;;01/08/2026;12,50.3;;;", 2, "amount", #""12,50.3" is not an amount"#),
        ("C-1;P;Markt 3;2000;Antwerpen;BE;A-1;;01/08/2026;1.234;;;", 2, "amount", "is not an amount"),
        ("C-1;P;Markt 3;2000;Antwerpen;BE;A-1;;31/02/2026;100;;;", 2, "due_date", "is not a date"),
        ("C-1;P;Markt 3;2000;Antwerpen;Belgium;A-1;;01/08/2026;100;;;", 2, "debtor_country", "two-letter"),
        ("C-1;;Markt 3;2000;Antwerpen;BE;A-1;;01/08/2026;100;;;", 2, "debtor_name", "missing"),
        ("C-1;P;Markt 3;2000;Antwerpen;BE;A-1;;01/08/2026;100;;+++090/9337/55494+++;", 2, "reference", "structured communication"),
        ("C-1;P;Markt 3;2000;Antwerpen;BE;A-1;;01/08/2026;100;150;;", 2, "paid", "between 0 and the amount"),
    ])
    func badValuesNameFileLineAndColumn(row: String, line: Int, column: String, message: String) throws {
        let e = try #require(error(Self.header + "\n" + row))
        #expect(e.file == "invoices.csv")
        #expect(e.line == line)
        #expect(e.field == column)
        #expect(e.message.contains(message), "\(e)")
    }

    @Test func lineNumbersCountLineBreaksInsideQuotes() throws {
        let e = try #require(error(Self.header + "\nC-1;P;Markt 3;2000;Antwerpen;BE;A-1;;01/08/2026;100;;;\"a\nb\"\nC-1;P;Markt 3;2000;Antwerpen;BE;A-2;;01/08/2026;abc;;;\n"))
        #expect(e.line == 4)
        #expect(e.description == #"invoices.csv:4: amount: "abc" is not an amount"#)
    }

    @Test func missingColumnsAreNamed() throws {
        let e = try #require(error("debtor_id;debtor_name;invoice_number;amount\nC-1;P;A-1;100\n"))
        #expect(e.line == 1)
        #expect(e.message.contains("debtor_street") && e.message.contains("due_date"))
    }

    @Test func aCSVNeedsTheCreditorFromAProfile() {
        #expect(throws: InputError.self) { _ = try read(Self.header + "\nC-1;P;Markt 3;2000;Antwerpen;BE;A-1;;01/08/2026;100;;;\n", profile: nil) }
    }
}

@Suite struct UBLClaimBuilderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ubl")

    func documents(_ files: [String]) throws -> [UBLDocument] {
        try files.map { try UBLParser.parse(try Data(contentsOf: Self.folder.appendingPathComponent($0)), file: $0) }
    }

    @Test func prepaidAmountsArePaymentsAndNothingToPayIsSkipped() throws {
        let result = try UBLClaimBuilder(profile: nil).claims(from: try documents([
            "UBLBE_BE0000000196_V01-15000010.xml", "02.03a-INVOICE_ubl.xml", "UBLBE_BE0000000196_V01-15000013.xml"]))
        #expect(result.claims.count == 1)
        let claim = try #require(result.claims.first)
        #expect(claim.creditor.iban == "BE54000000000097")
        #expect(claim.creditor.bic == "BPOTBEB1")
        #expect(claim.invoices[0].amount - claim.invoices[0].payments.reduce(0) { $0 + $1.amount } == 384)
        #expect(result.notes.filter { $0.contains("nothing to pay") }.count == 2)
    }

    @Test func creditNotesLowerTheBuyersBalance() throws {
        let result = try UBLClaimBuilder(profile: nil).claims(from: try documents([
            "UBLBE_BE0000000196_V01-15000001.xml", "UBLBE_BE0000000196_V01-15000002.xml"]))
        // The credit note settles the invoice of the same buyer: nothing is left to claim.
        #expect(result.claims.isEmpty)
        #expect(result.notes.contains { $0.contains("settled by credit notes") })
    }

    @Test func aValidOGMPaymentIDBecomesTheReference() throws {
        let result = try UBLClaimBuilder(profile: nil).claims(from: try documents(["ubl-tc434-creditnote1.xml"]))
        #expect(result.claims.isEmpty)  // a credit note alone leaves nothing to pay
        let invoiceLike = try documents(["ubl-tc434-creditnote1.xml"])[0]
        #expect(PaymentReference.ogmDigits(invoiceLike.paymentMeans.first?.paymentID ?? "") == "010676609538")
    }

    @Test func aMissingDueDateIsThirtyDaysAfterIssueWithANote() throws {
        let result = try UBLClaimBuilder(profile: nil).claims(from: try documents(["ubl-tc434-example7.xml"]))
        let invoice = try #require(result.claims.first?.invoices.first)
        #expect(invoice.due == invoice.issued!.adding(days: 30))
        #expect(result.notes.contains { $0.contains("Payment within 30 days") })
    }

    @Test func canonicalJSONReadsBackTheSameClaim() throws {
        let result = try UBLClaimBuilder(profile: nil).claims(from: try documents(["UBLBE_BE0000000196_V01-15000010.xml", "ubl-tc434-example1.xml"]))
        for claim in result.claims {
            let json = try ClaimWriter.json(claim)
            let back = try ClaimReader().read(Data(json.utf8), file: "x.json")
            #expect(back.creditor == claim.creditor, "\(back.creditor) vs \(claim.creditor)")
            #expect(back.debtor == claim.debtor, "\(back.debtor) vs \(claim.debtor)")
            #expect(back.invoices == claim.invoices)
            #expect(back == claim)
        }
    }
}

@Suite struct UBLAccountTests {
    @Test func anInvalidIBANIsNamedAndNotUsed() throws {
        let file = "ubl-inv-br-de-19-iban-tests-159-code-AS28192373298.xml"
        let data = try Data(contentsOf: UBLClaimBuilderTests.folder.appendingPathComponent(file))
        let result = try UBLClaimBuilder(profile: nil).claims(from: [try UBLParser.parse(data, file: file)])
        #expect(result.claims.first?.creditor.iban == nil)
        #expect(result.notes.contains { $0.contains("PayeeFinancialAccount/ID: \"AS28192373298\" is not a valid IBAN") })
        // Spaced and oddly grouped IBANs are valid once compacted.
        for spaced in ["ubl-inv-br-de-19-iban-tests-163-code-DE-75512108001245126199.xml",
                       "ubl-inv-br-de-19-iban-tests-164-code-DE75-51-2108-00124512-6199.xml"] {
            let doc = try UBLParser.parse(try Data(contentsOf: UBLClaimBuilderTests.folder.appendingPathComponent(spaced)), file: spaced)
            #expect(try UBLClaimBuilder(profile: nil).claims(from: [doc]).claims.first?.creditor.iban == "DE75512108001245126199")
        }
    }
}
