import Foundation
import InvoiceModel
import InvoiceReaders
import Testing

/// Inputs made by a careless user or an attacker (issue 10): each ends in an error naming the
/// file, line or field, never a crash, a hang or a silently wrong claim.
@Suite struct HostileUBLTests {
    static let example = UBLParserTests.folder.appendingPathComponent("ubl-tc434-example9.xml")

    static func parse(_ xml: String) throws -> UBLDocument { try UBLParser.parse(Data(xml.utf8), file: "x.xml") }

    static func error(_ body: () throws -> Void) -> InputError? {
        do { try body(); return nil } catch let error as InputError { return error } catch { return nil }
    }

    @Test func invalidUTF8InAnElementNameIsAnErrorNotATrap() throws {
        // The 57 bytes that made Foundation's XML parser trap (SIGILL).
        var data = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Invoice><".utf8)
        data.append(0xE4)
        data.append(contentsOf: Array("/></Invoice>".utf8))
        let error = try #require(Self.error { _ = try UBLParser.parse(data, file: "bad.xml") })
        #expect(error.description == "bad.xml:2:11: byte 0xE4 is not valid UTF-8")
    }

    @Test func deepNestingStopsAtTheLimit() throws {
        let depth = 20_000
        let xml = "<Invoice xmlns=\"\(UBLParser.namespaces["Invoice"]!)\">" + String(repeating: "<a>", count: depth)
            + String(repeating: "</a>", count: depth) + "</Invoice>"
        let error = try #require(Self.error { _ = try Self.parse(xml) })
        #expect(error.message.contains("nested more than \(InputLimits.xmlDepth) deep"))
    }

    @Test func theWrongNamespaceIsNotAnInvoice() throws {
        let text = try String(contentsOf: Self.example, encoding: .utf8)
        let wrong = text.replacingOccurrences(of: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", with: "urn:example:not-ubl")
        let error = try #require(Self.error { _ = try Self.parse(wrong) })
        #expect(error.message.contains("namespace \"urn:example:not-ubl\", not UBL's"))
    }

    @Test func aCurrencyIDOtherThanTheDocumentCurrencyIsRefused() throws {
        let text = try String(contentsOf: Self.example, encoding: .utf8)
            .replacingOccurrences(of: "<cbc:PayableAmount currencyID=\"EUR\">", with: "<cbc:PayableAmount currencyID=\"USD\">")
        let document = try Self.parse(text)
        let error = try #require(Self.error { _ = try UBLClaimBuilder(profile: nil).claims(from: [document]) })
        #expect(error.field == "LegalMonetaryTotal/PayableAmount/@currencyID")
        #expect(error.message == "\"USD\" differs from the document currency EUR")
    }

    @Test(arguments: [
        ("177.87", "123456789012345678901234567890123456789012345678901234567890.00", "LegalMonetaryTotal/PayableAmount", "beyond the largest amount"),
        ("<cbc:DocumentCurrencyCode>EUR", "<cbc:DocumentCurrencyCode>XYZ", "DocumentCurrencyCode", "not an ISO 4217 currency code"),
        ("<cbc:IdentificationCode>NL", "<cbc:IdentificationCode>ZZ", "AccountingSupplierParty/Party/PostalAddress/Country/IdentificationCode", "not an ISO 3166"),
    ])
    func aValueBeyondWhatIsKnownIsNamed(find: String, replace: String, field: String, message: String) throws {
        let text = try String(contentsOf: Self.example, encoding: .utf8).replacingOccurrences(of: find, with: replace)
        let document = try Self.parse(text)
        let error = try #require(Self.error { _ = try UBLClaimBuilder(profile: nil).claims(from: [document]) })
        #expect(error.field == field)
        #expect(error.message.contains(message), "\(error)")
    }
}

@Suite struct HostileClaimJSONTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/notice-claim.json")

    static func claim(_ edit: (inout [String: Any]) -> Void) throws -> Data {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: example)) as! [String: Any]
        edit(&object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    static func error(_ data: Data) -> InputError? {
        do { _ = try ClaimReader().read(data, file: "c.json"); return nil } catch let error as InputError { return error } catch { return nil }
    }

    @Test(arguments: [
        ("amount", "12345678901234567890123456789012345678.99", "invoices[0].amount", "beyond the largest amount"),
        ("currency", "XYZ", "invoices[0].currency", "not an ISO 4217 currency code"),
    ])
    func anInvoiceValueBeyondWhatIsKnownIsNamed(key: String, value: String, field: String, message: String) throws {
        let data = try Self.claim { o in var i = o["invoices"] as! [[String: Any]]; i[0][key] = value; o["invoices"] = i }
        let error = try #require(Self.error(data))
        #expect(error.field == field)
        #expect(error.message.contains(message), "\(error)")
    }

    @Test(arguments: [("country", "ZZ", "not an ISO 3166"), ("language", "xx", "not a language Overdue writes"),
                      ("vat", "BE0987654395", "last two digits must be 94")])
    func aDebtorCodeIsChecked(key: String, value: String, message: String) throws {
        let data = try Self.claim { o in var d = o["debtor"] as! [String: Any]; d[key] = value; o["debtor"] = d }
        let error = try #require(Self.error(data))
        #expect(error.field == "debtor.\(key)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func aLongestAmountStillAddsUpToTheCent() throws {
        let data = try Self.claim { o in var i = o["invoices"] as! [[String: Any]]; i[0]["amount"] = "999999999999.99"; i[0]["payments"] = []; o["invoices"] = i }
        let claim = try ClaimReader().read(data, file: "c.json")
        #expect(claim.invoices[0].amount == Decimal(string: "999999999999.99"))
        #expect(Money.plain(claim.invoices.reduce(Decimal(0)) { $0 + $1.amount }).hasSuffix(".99"))
    }

    @Test func deepNestingSizeAndBadBytesAreRefusedBeforeParsing() throws {
        let deep = try #require(Self.error(Data((String(repeating: "[", count: 100_000)).utf8)))
        #expect(deep.message.contains("nested more than \(InputLimits.jsonDepth) deep"))
        let huge = try #require(Self.error(Data(count: InputLimits.claimJSONBytes + 1)))
        #expect(huge.message.contains("read up to 8 MB"))
        var bad = Data("{\n  \"as_of\": \"2026-11-29\",\n  \"x\": \"".utf8); bad.append(0xFF); bad.append(contentsOf: Array("\"}".utf8))
        #expect(try #require(Self.error(bad)).description == "c.json:3:9: byte 0xFF is not valid UTF-8")
    }

    @Test func anOverlongWordIsRefused() throws {
        let data = try Self.claim { o in var d = o["debtor"] as! [String: Any]; d["name"] = String(repeating: "W", count: 5_000_000); o["debtor"] = d }
        let error = try #require(Self.error(data))
        #expect(error.field == "debtor.name")
        #expect(error.message == "5000000 characters; a text is read up to \(InputLimits.textCharacters)")
    }
}

@Suite struct HostileCSVTests {
    static let header = "debtor_id,debtor_name,debtor_street,debtor_postcode,debtor_city,debtor_country,invoice_number,due_date,amount,currency,debtor_language,debtor_vat\n"
    static let profile = try! Profile.read("creditor:\n  name: Studio\n  address: [Kerkstraat 12, 9000 Gent]\n  country: BE\n", file: "p.yaml")

    static func file(_ bytes: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).csv").path
        try bytes.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func read(_ text: String) throws -> [Claim] { try read(Data(text.utf8)) }
    static func read(_ data: Data) throws -> [Claim] {
        let path = try file(data)
        return try InvoiceCSVReader(file: "x.csv", profile: profile).read(UTF8CheckedStream(InputStream(fileAtPath: path)!), delimiter: ",")
    }

    static func error(_ body: () throws -> Void) -> InputError? {
        do { try body(); return nil } catch let error as InputError { return error } catch { return nil }
    }

    @Test func idsThatLookAlikeButDifferAreRefused() throws {
        let csv = Self.header + "\u{E9},A,S,1000,B,BE,1,2026-01-01,10.00,,,\ne\u{301},A,S,1000,B,BE,2,2026-01-01,10.00,,,\n"
        #expect(!"\u{E9}".utf8.elementsEqual("e\u{301}".utf8))
        for reading in [{ _ = try Self.read(csv) }, {
            let path = try Self.file(Data(csv.utf8))
            try InvoiceCSVReader(file: "x.csv", profile: Self.profile).stream(open: { InputStream(fileAtPath: path).map(UTF8CheckedStream.init) }, delimiter: ",", count: { _ in }) { _ in true }
        }] {
            let error = try #require(Self.error(reading))
            #expect(error.line == 3)
            #expect(error.field == "debtor_id")
            #expect(error.message.contains("U+0065 U+0301") && error.message.contains("U+00E9"), "\(error)")
        }
    }

    @Test func rowsOfOneDebtorThatDisagreeFailThatDebtor() throws {
        let csv = Self.header + "X,Alpha,S,1000,B,BE,1,2026-01-01,10.00,,,\nX,Beta,S,1000,B,BE,2,2026-01-01,10.00,,,\nY,Gamma,S,1000,B,BE,3,2026-01-01,10.00,,,\n"
        let error = try #require(Self.error { _ = try Self.read(csv) })
        #expect(error.description == "x.csv:3: debtor_name: \"Beta\" differs from \"Alpha\" on line 2 for debtor X")
        // Streaming (batch): X fails, Y is still read.
        let path = try Self.file(Data(csv.utf8))
        var claims: [String] = [], failures: [String] = []
        try InvoiceCSVReader(file: "x.csv", profile: Self.profile).stream(open: { InputStream(fileAtPath: path).map(UTF8CheckedStream.init) }, delimiter: ",", count: { _ in }) { result in
            switch result {
            case .claim(let claim, _): claims.append(claim.debtor.name)
            case .failure(let error, let debtor, _): failures.append("\(debtor): \(error.detail)")
            }
            return true
        }
        #expect(claims == ["Gamma"])
        #expect(failures == ["X: debtor_name: \"Beta\" differs from \"Alpha\" on line 2 for debtor X"])
    }

    @Test func invalidUTF8AndAnOpenQuoteSayWhatIsWrong() throws {
        var bytes = Data((Self.header + "X,Jans").utf8); bytes.append(0xE9); bytes.append(contentsOf: Array("n,S,1000,B,BE,1,2026-01-01,10.00,,,\n".utf8))
        let encoding = try #require(Self.error { _ = try Self.read(bytes) })
        #expect(encoding.description == "x.csv:2:7: byte 0xE9 is not valid UTF-8")
        let quote = try #require(Self.error { _ = try Self.read(Self.header + "X,\"Alpha,S,1000,B,BE,1,2026-01-01,10.00,,,\nY,B,S,1000,B,BE,2,2026-01-01,10.00,,,\n") })
        #expect(quote.line == 2)
        #expect(quote.message.hasPrefix("a quoted field opened on this line runs to line 4"))
    }

    @Test(arguments: [("currency", "X,A,S,1000,B,BE,1,2026-01-01,10.00,XYZ,,", "not an ISO 4217"),
                      ("debtor_language", "X,A,S,1000,B,BE,1,2026-01-01,10.00,,xx,", "not a language Overdue writes"),
                      ("debtor_vat", "X,A,S,1000,B,BE,1,2026-01-01,10.00,,,BE0987654395", "last two digits must be 94"),
                      ("amount", "X,A,S,1000,B,BE,1,2026-01-01,12345678901234567890123456789012345678.99,,,", "beyond the largest amount")])
    func aCodeOrAmountBeyondWhatIsKnownIsNamed(field: String, row: String, message: String) throws {
        let error = try #require(Self.error { _ = try Self.read(Self.header + row + "\n") })
        #expect(error.field == field)
        #expect(error.message.contains(message), "\(error)")
    }
}

@Suite struct HostileProfileTests {
    static func error(_ yaml: String) -> InputError? {
        do { _ = try Profile.read(yaml, file: "p.yaml"); return nil } catch let error as InputError { return error } catch { return nil }
    }

    @Test func nestedAliasesAreRefusedAtOnce() throws {
        // The billion laughs in YAML: nine levels of ten aliases each.
        var yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let error = try #require(Self.error(yaml))
        #expect(error.line == 1)
        #expect(error.message.contains("anchors and aliases"))
    }

    @Test func anUnknownKeyIsNamedWithItsLineAndAGuess() throws {
        let error = try #require(Self.error("creditor:\n  name: X\nterms:\n  deadline_busines_days: 5\n"))
        #expect(error.description == "p.yaml:4: terms.deadline_busines_days: unknown key")
        #expect(error.hint == "did you mean deadline_business_days?")
    }

    @Test func theKeysOfOtherFeaturesAreKnown() throws {
        // Legal details of the creditor, and the dunning policy (read by their own features).
        let profile = try Profile.read("""
            creditor:
              name: Studio Vermeulen BV
              legal_form: BV
              registered_office: Kerkstraat 12, 9000 Gent
              register_court: Gent, afdeling Gent
              vat: BE0987.654.394
            dunning:
              reminder_after_days: 7
              next_after_days: 14
              handover_after_days: 14
              minimum_amount: "25.00"
              channels: { reminder: email, second-reminder: post, notice: registered }
            """, file: "p.yaml")
        #expect(profile.creditor?.vat == "BE0987.654.394")
    }

    @Test func deepNestingAndABadEnterpriseNumberAreRefused() throws {
        let deep = try #require(Self.error("a: " + String(repeating: "[", count: 20_000)))
        #expect(deep.message.contains("nested more than"))
        let vat = try #require(Self.error("creditor:\n  vat: BE0987654395\n"))
        #expect(vat.field == "creditor.vat")
        #expect(vat.message.contains("not a valid Belgian enterprise number"))
    }

    @Test(arguments: [("BE0987654394", true), ("BE 0987.654.394", true), ("0987.654.394", true), ("BE987654394", true),
                      ("BE0987654395", false), ("BE2987654394", false), ("BE09876543", false), ("NL123456789B01", true)])
    func belgianEnterpriseNumbers(text: String, valid: Bool) {
        #expect((EnterpriseNumber.problem(with: text) == nil) == valid)
    }
}

@Suite struct HostileRatesTests {
    @Test func badBytesInARatesFileAreNamed() throws {
        var data = Data("series,valid_from,valid_to,rate_percent\nbe-commercial,2026-09-01,2026-09-30,9".utf8)
        data.append(0xFF)
        do { _ = try RateFileReader().read(data, file: "r.csv"); Issue.record("no error") } catch let error as InputError {
            #expect(error.description == "r.csv:2:38: byte 0xFF is not valid UTF-8")
        }
    }
}
