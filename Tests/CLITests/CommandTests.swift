import Foundation
import Testing

@Suite(.serialized) struct CommandTests {
    @Test func renderWritesAValidPDFAndRerendersIdentically() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("notice.pdf").path
        let first = try CLI.run(["render", CLI.example, "--letter", "notice", "-o", out])
        #expect(first.status == 0, "\(first.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        _ = try CLI.run(["render", CLI.example, "--letter", "notice", "-o", out])
        #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == bytes)
        // Nothing but the PDF is left in the folder (no temporary files).
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notice.pdf"])
    }

    @Test func previewIsTheGoldenText() throws {
        let result = try CLI.run(["preview", CLI.example, "--letter", "notice"])
        #expect(result.status == 0)
        let golden = try String(contentsOf: CLI.root.appendingPathComponent("Tests/LettersTests/Golden/notice.en.txt"), encoding: .utf8)
        #expect(result.stdout == golden)
        #expect(result.stderr.contains("warning: the be-commercial rate for 2026 H2 is provisional"))
    }

    @Test func assessJSONHasTheContractKeys() throws {
        let result = try CLI.run(["assess", CLI.example, "--json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["currency"] as? String == "EUR")
        #expect(json["principal"] as? String == "1210.00")
        #expect(json["paid"] as? String == "200.00")
        // The damages clause replaces the EUR 40 (not both, CJEU C-287/17); the payment settles interest, then principal.
        #expect(json["interest"] as? String == "37.79")   // 15.66 + 22.13
        #expect(json["fees"] as? String == "102.57")
        #expect(json["total"] as? String == "1150.36")
        // Registered letter of Sun 29 Nov presumed received Wed 2 Dec; 5 business days from then.
        #expect(json["deadline"] as? String == "2026-12-09")
        let periods = try #require(json["periods"] as? [[String: Any]])
        #expect(periods.count == 2)
        for key in ["invoice", "from", "to", "days", "rate", "base", "interest"] { #expect(periods[0][key] != nil, "\(key)") }
        #expect(periods[0]["from"] as? String == "2026-08-02")
        #expect(periods[0]["days"] as? Int == 45)
        #expect(periods[1]["base"] as? String == "1025.66")
        let fees = try #require(json["fee_lines"] as? [[String: Any]])
        #expect(fees.map { $0["amount"] as? String } == ["102.57"])
        for key in ["invoice", "label", "amount"] { #expect(fees[0][key] != nil, "\(key)") }
    }

    @Test func asOfMovesInterestAndDeadline() throws {
        let result = try CLI.run(["assess", CLI.example, "--json", "--as-of", "2026-10-01"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // 1210 x 10.5% x 45/365 = 15.66; the payment settles 15.66 first; 1025.66 x 10.5% x 16/365 = 4.72
        #expect(json["interest"] as? String == "20.38")
        // Posted Thu 1 Oct, presumed received Tue 6 Oct; 5 business days later.
        #expect(json["deadline"] as? String == "2026-10-13")
    }

    @Test func assessWithoutJSONIsATable() throws {
        let result = try CLI.run(["assess", CLI.example])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Total"))
        #expect(result.stdout.contains("1150.36"))
        #expect(result.stdout.contains("2026-12-09"))
    }

    @Test func templatesAreFoundFromAnyWorkingFolder() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["preview", CLI.example, "--letter", "notice"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Formal notice of default"))
    }

    @Test func aProfileInTheWorkingFolderFillsTheCreditor() throws {
        let folder = try CLI.temporaryFolder()
        try """
            creditor:
              name: Atelier Dupont SRL
              address: [Rue Haute 1, 1000 Bruxelles]
              country: BE
              iban: BE71 0961 2345 6769
            terms:
              deadline_business_days: 8
            """.write(to: folder.appendingPathComponent("overdue.yaml"), atomically: true, encoding: .utf8)
        let claim = try CLI.claim(in: folder) { object in
            object["creditor"] = nil
            var terms = object["terms"] as! [String: Any]
            terms["deadline_business_days"] = nil
            object["terms"] = terms
        }
        let result = try CLI.run(["preview", claim, "--letter", "notice"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Atelier Dupont SRL"))
        #expect(result.stdout.contains("Bruxelles, 29 November 2026"))
        // Posted Sun 29 Nov, presumed received Wed 2 Dec; 8 business days from then.
        #expect(result.stdout.contains("14 December 2026"))
    }

    @Test func aTemplateOverrideReplacesOnlyItsFiles() throws {
        let folder = try CLI.temporaryFolder()
        let original = try String(contentsOf: CLI.root.appendingPathComponent("Templates/notice.en.mustache"), encoding: .utf8)
        try original.replacingOccurrences(of: "Yours sincerely,", with: "With kind regards,")
            .write(to: folder.appendingPathComponent("notice.en.mustache"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["preview", CLI.example, "--letter", "notice", "--templates", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("With kind regards,"))
        #expect(!result.stdout.contains("Yours sincerely,"))
        #expect(result.stdout.contains("Studio Vermeulen BV"))   // from the default base.en partial

        try "@subject\n{{no_such_key}}\n@body\nx\n".write(to: folder.appendingPathComponent("notice.en.mustache"), atomically: true, encoding: .utf8)
        let broken = try CLI.run(["preview", CLI.example, "--letter", "notice", "--templates", folder.path])
        #expect(broken.status != 0)
        #expect(broken.stderr.hasPrefix("error: \(folder.path)/notice.en.mustache:2: "))
        #expect(broken.stderr.contains("no_such_key"))
        #expect(broken.stdout.isEmpty)
    }
}

@Suite(.serialized) struct LadderCommandTests {
    @Test(arguments: ["reminder", "second-reminder", "notice"])
    func everyLetterRendersInEveryLanguage(letter: String) throws {
        let folder = try CLI.temporaryFolder()
        for language in ["en", "nl", "fr", "de"] {
            let out = folder.appendingPathComponent("\(letter).\(language).pdf").path
            let result = try CLI.run(["render", CLI.example, "--letter", letter, "--lang", language, "-o", out])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: out))
        }
    }

    @Test func theLanguageDefaultsToTheDebtors() throws {
        let folder = try CLI.temporaryFolder()
        let claim = try CLI.claim(in: folder) { o in var d = o["debtor"] as! [String: Any]; d["language"] = "fr"; o["debtor"] = d }
        let result = try CLI.run(["preview", claim, "--letter", "notice"])
        #expect(result.stdout.contains("Mise en demeure"))
        let unsupported = try CLI.run(["preview", claim, "--letter", "notice", "--lang", "it"])
        #expect(unsupported.status != 0)
        #expect(unsupported.stderr.hasPrefix("error: language \"it\" is not supported"))
    }

    @Test func aCompromiseLetterNeedsTheCompromiseSection() throws {
        let result = try CLI.run(["preview", CLI.example, "--letter", "compromise"])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("error: \(CLI.example): compromise: missing"))

        let folder = try CLI.temporaryFolder()
        let claim = try CLI.claim(in: folder) { o in
            o["compromise"] = ["agreed_on": "2026-11-20", "channel": "email", "agreed_total": "900.00",
                               "instalments": [["date": "2026-12-15", "amount": "500.00"], ["date": "2027-01-15", "amount": "300.00"]]]
        }
        let mismatch = try CLI.run(["preview", claim, "--letter", "compromise"])
        #expect(mismatch.status != 0)
        #expect(mismatch.stderr.contains("compromise.instalments: the instalments add up to 800.00, not to the agreed total 900.00"))
    }

    @Test func templatesListAndInit() throws {
        let list = try CLI.run(["templates", "list"])
        #expect(list.status == 0)
        for kind in ["reminder", "second-reminder", "compromise", "notice"] {
            // One row per letter, "default" in each of the four language columns.
            #expect(list.stdout.split(separator: "\n").contains { $0.hasPrefix(kind + " ") && $0.components(separatedBy: "default").count == 5 })
        }
        let folder = try CLI.temporaryFolder().appendingPathComponent("mine")
        let initialised = try CLI.run(["templates", "init", folder.path])
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notice.nl.mustache").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.md").path))
        let again = try CLI.run(["templates", "init", folder.path])
        #expect(again.status != 0)
        let overridden = try CLI.run(["templates", "list", "--templates", folder.path])
        #expect(overridden.stdout.contains("override"))
        let missing = try CLI.run(["preview", CLI.example, "--letter", "notice", "--templates", "/no/such/templates"])
        #expect(missing.status != 0)
        #expect(missing.stderr.hasPrefix("error: /no/such/templates: template folder not found"))
    }

    @Test func consumerReminderByEmailShortensTheWait() throws {
        let claim = CLI.root.appendingPathComponent("Tests/LettersTests/Fixtures/consumer-claim.json").path
        let post = try CLI.run(["preview", claim, "--letter", "reminder", "--lang", "en"])
        let email = try CLI.run(["preview", claim, "--letter", "reminder", "--lang", "en", "--by", "email"])
        #expect(post.stdout.replacingOccurrences(of: "\n", with: " ").contains("15 December 2026"))
        #expect(email.stdout.replacingOccurrences(of: "\n", with: " ").contains("13 December 2026"))
        #expect(post.stderr.contains("a consumer in Belgium owes no reminder fee"))
    }
}
