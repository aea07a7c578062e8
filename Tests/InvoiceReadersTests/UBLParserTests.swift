import Foundation
import InvoiceModel
import InvoiceReaders
import Testing

/// The UBL corpus (Fixtures/ubl, sources and licences in its SOURCES.md) against expected.csv:
/// every field a reminder needs, file by file.
@Suite struct UBLParserTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/ubl")

    static let expected: [[String: String]] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("expected.csv"), encoding: .utf8) else { return [] }
        var rows: [[String]] = []
        var row: [String] = [], field = "", quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character?
        while let ch = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if ch == "\"" {
                    if let next = iterator.next() { if next == "\"" { field.append("\"") } else { quoted = false; pending = next } }
                    else { quoted = false }
                } else { field.append(ch) }
            } else if ch == "\"" { quoted = true }
            else if ch == "," { row.append(field); field = "" }
            else if ch == "\n" || ch == "\r\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(ch) }
        }
        if !row.isEmpty || !field.isEmpty { row.append(field); rows.append(row) }
        let header = rows[0]
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }()

    @Test func theCorpusIsComplete() { #expect(Self.expected.count == 38) }

    @Test(arguments: expected.map { $0["file"]! })
    func fileYieldsTheExpectedFields(file: String) throws {
        let row = try #require(Self.expected.first { $0["file"] == file })
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
        let d = try UBLParser.parse(data, file: file)
        func check(_ column: String, _ value: String?, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect((value ?? "") == row[column]!, "\(file) \(column)", sourceLocation: sourceLocation)
        }
        check("doc_type", d.isCreditNote ? "CreditNote" : "Invoice")
        check("type_code", d.typeCode)
        check("invoice_id", d.id)
        check("issue_date", d.issueDate)
        check("due_date", d.dueDate ?? d.paymentMeans.compactMap(\.dueDate).first)
        check("payment_terms", d.paymentTerms.isEmpty ? nil : d.paymentTerms.joined(separator: " | "))
        check("currency", d.currency)
        check("payable_amount", d.payableAmount)
        check("prepaid_amount", d.prepaidAmount)
        check("buyer_reference", d.buyerReference)
        check("seller_name", d.seller.name)
        check("seller_trading_name", d.seller.tradingName)
        check("buyer_name", d.buyer.name)
        check("buyer_trading_name", d.buyer.tradingName)
        check("buyer_street", d.buyer.street)
        check("buyer_additional_street", d.buyer.additionalStreet)
        check("buyer_address_line", d.buyer.addressLine)
        check("buyer_city", d.buyer.city)
        check("buyer_postcode", d.buyer.postcode)
        check("buyer_subdivision", d.buyer.subdivision)
        check("buyer_country", d.buyer.country)
        check("payee_name", d.payeeName)
        func joined(_ values: [String?]) -> String? {
            let present = values.compactMap { $0 }
            return present.isEmpty ? nil : present.joined(separator: " | ")
        }
        check("payment_means_codes", joined(d.paymentMeans.map(\.code)))
        check("payee_iban", joined(d.paymentMeans.map(\.account)))
        check("payee_iban_valid", joined(d.paymentMeans.map { $0.account.map { PaymentReference.ibanCompact($0, checkNational: false) != nil ? "true" : "false" } }))
        check("payee_bic", joined(d.paymentMeans.map(\.bic)))
        check("payment_id", joined(d.paymentMeans.map(\.paymentID)))
    }

    @Test func aDTDIsRefused() {
        let xml = #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Invoice>&e;</Invoice>"#
        #expect(throws: InputError.self) { _ = try UBLParser.parse(Data(xml.utf8), file: "evil.xml") }
    }

    @Test func malformedXMLNamesTheLine() {
        do {
            _ = try UBLParser.parse(Data("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\n<ID>1</ID>\n<IssueDate>2026-01-01</Issue>\n</Invoice>".utf8), file: "bad.xml")
            Issue.record("no error")
        } catch let error as InputError {
            #expect(error.file == "bad.xml")
            #expect(error.line == 3)
            #expect(error.message.hasPrefix("malformed XML"))
        } catch { Issue.record("\(error)") }
    }

    @Test func anotherRootIsNotAnInvoice() {
        #expect(throws: InputError.self) { _ = try UBLParser.parse(Data("<Order><ID>1</ID></Order>".utf8), file: "order.xml") }
    }
}
