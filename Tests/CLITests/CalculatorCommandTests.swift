import Foundation
import Testing

@Suite(.serialized) struct CalculatorCommandTests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(arguments + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func interestSplitsAtRateChangesAndPayments() throws {
        let out = try json(["interest", "--principal", "10000", "--due", "2025-06-15", "--until", "2025-07-10", "--series", "be-commercial"])
        #expect(out["interest"] as? String == "76.03")
        let periods = try #require(out["periods"] as? [[String: Any]])
        #expect(periods.map { $0["rate"] as? String } == ["11.50", "10.50"])
        for key in ["from", "to", "days", "rate", "base", "interest"] { #expect(periods[0][key] != nil) }

        let paid = try json(["interest", "--principal", "1210", "--due", "2026-01-31", "--until", "2026-04-30", "--rate", "10",
                             "--payment", "2026-02-28=210", "--payment", "2026-03-31=500"])
        let p = try #require(paid["periods"] as? [[String: Any]])
        #expect(p.count == 3)
        #expect(p.map { $0["to"] as? String } == ["2026-02-28", "2026-03-31", "2026-04-30"])
    }

    @Test func interestOptionsAreChecked() throws {
        for (arguments, message) in [
            (["--series", "be-commercial", "--rate", "8"], "either --series"),
            (["--series", "xx"], "unknown interest series"),
            (["--rate", "8", "--basis", "act/364"], "--basis"),
            (["--rate", "8", "--payment", "2026-02-30=10"], "--payment"),
        ] {
            let result = try CLI.run(["interest", "--principal", "100", "--due", "2026-01-01", "--until", "2026-02-01"] + arguments)
            #expect(result.status != 0)
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        let late = try CLI.run(["interest", "--principal", "100", "--due", "2026-06-01", "--until", "2026-08-01", "--series", "fr-legal-other"])
        #expect(late.status != 0)
        // No taux légal for 2026 S2 was published in our sources: the error names the day and the way out.
        #expect(late.stderr.hasPrefix("error: no fr-legal-other rate is known for 2026-07-01"))
        #expect(late.stderr.contains("--rates"))
    }

    /// `overdue rates` shows the last day each series is known and says plainly when it is before today.
    @Test func ratesSaysWhichSeriesEndBeforeToday() throws {
        let table = try CLI.run(["rates", "--as-of", "2026-12-03"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("known only until a day before today (2026-12-03)"))
        #expect(table.stdout.contains("fr-legal-other ends on 2026-06-30"))
        #expect(!table.stdout.contains("be-commercial ends on"))
        let json = try CLI.run(["rates", "--json", "--as-of", "2026-12-03"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        for row in rows {
            let name = row["series"] as? String ?? ""
            #expect(row["known_until_before_today"] as? Bool == name.hasPrefix("fr-legal"), "\(name)")
        }
        let later = try CLI.run(["rates", "--as-of", "2027-01-04"])
        #expect(later.stdout.contains("be-commercial ends on 2026-12-31"))
    }

    @Test func ratesFileAddsAValue() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("rates.csv")
        try "series,valid_from,valid_to,rate_percent,source\nfr-b2b,2026-07-01,2026-12-31,12.15,test\n".write(to: file, atomically: true, encoding: .utf8)
        let out = try json(["interest", "--principal", "1000", "--due", "2026-06-01", "--until", "2026-08-01", "--series", "fr-b2b", "--rates", file.path])
        #expect((out["periods"] as? [[String: Any]])?.count == 2)
        let rates = try CLI.run(["rates", "--rates", file.path])
        #expect(rates.stdout.contains("fr-b2b") && rates.stdout.contains("2026-12-31"))
    }

    @Test(arguments: [("eu-b2b", "4000", "40.00"), ("uk-fixed", "999.99", "40.00"), ("uk-fixed", "1000", "70.00"),
                      ("uk-fixed", "10000", "100.00"), ("nl-wik", "4000", "525.00"), ("nl-wik", "100", "40.00"),
                      ("nl-wik", "2000000", "6775.00"), ("be-consumer", "300", "45.00")])
    func feePolicies(policy: String, principal: String, fee: String) throws {
        #expect(try json(["fee", "--policy", policy, "--principal", principal])["fee"] as? String == fee)
    }

    @Test func ratesListsEverySeries() throws {
        let result = try CLI.run(["rates"])
        for name in ["be-commercial", "be-legal", "nl-commercial", "nl-statutory", "de-b2b", "de-consumer", "fr-b2b",
                     "fr-legal-individual", "fr-legal-other", "uk-late-payment"] {
            #expect(result.stdout.contains(name))
        }
    }
}
