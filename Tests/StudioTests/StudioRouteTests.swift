import Foundation
import InvoiceModel
import Hummingbird
import HummingbirdTesting
import Journal
import Testing
@testable import Studio

@Suite("Studio routes: the plan, the letters, holds and the run")
struct StudioPlanRouteTests {
    @Test("the plan lists every debtor with its action, filterable and sortable")
    func planPage() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/plan", method: .get) { response in
                #expect(response.status == .ok)
                for debtor in ["C-0042", "C-0051", "C-0077"] { #expect(response.text.contains("data-debtor=\"\(debtor)\"")) }
                #expect(response.text.contains("<meta name=\"studio-token\" content=\"\(StudioFixture.token)\">"))
                #expect(response.text.contains("Run: write 3 letters"))
            }
            try await client.execute(uri: "/plan?action=hold", method: .get) { response in
                #expect(!response.text.contains("data-debtor=\"C-0042\""))
            }
            try await client.execute(uri: "/plan?sort=total", method: .get) { response in
                let text = response.text
                let order = ["C-0051", "C-0042", "C-0077"].map { text.range(of: "data-debtor=\"\($0)\"")!.lowerBound }
                #expect(order == order.sorted(), "sorted by total, largest first")
            }
        }
    }

    @Test("a debtor's letter as text and as an inline PDF; an unknown debtor is a 404 page")
    func letters() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/letter.txt?debtor=C-0051", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Atelier Dubois"))
                #expect(response.text.contains("2026-0151"))
            }
            try await client.execute(uri: "/letter.pdf?debtor=C-0051", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(response.headers[.contentDisposition]?.hasPrefix("inline") == true)
                #expect(String(buffer: response.body).hasPrefix("%PDF-"))
            }
            try await client.execute(uri: "/letter.txt?debtor=..%2F..%2Fetc%2Fpasswd", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("no debtor"))
            }
        }
    }

    @Test("hold and release go into the journal; without the token or from another site nothing changes")
    func holdAndRelease() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            let hold = StudioFixture.form(["debtor": "C-0042", "until": "2027-01-15", "reason": "disputes the logo invoice"], token: nil)
            try await client.execute(uri: "/hold", method: .post, headers: StudioFixture.formHeaders, body: hold) { response in
                #expect(response.status == .forbidden)
            }
            var foreign = StudioFixture.formHeaders
            foreign[.origin] = "http://evil.example"
            let withToken = StudioFixture.form(["debtor": "C-0042", "until": "2027-01-15", "reason": "disputes the logo invoice"])
            try await client.execute(uri: "/hold", method: .post, headers: foreign, body: withToken) { response in
                #expect(response.status == .forbidden)
            }
            #expect(!FileManager.default.fileExists(atPath: fixture.journalPath))

            try await client.execute(uri: "/hold", method: .post, headers: StudioFixture.formHeaders, body: withToken) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/plan")
            }
            let held = try fixture.workspace.entry(debtor: "C-0042")
            #expect(held.action == .hold)
            let journal = try LetterJournal(path: fixture.journalPath, access: .read)
            #expect(try journal.holds().contains { $0.debtor == "C-0042" && $0.reason == "disputes the logo invoice" })
            try journal.close()
            try await client.execute(uri: "/plan", method: .get) { response in
                #expect(response.text.contains("action=\"/release\""))
            }

            try await client.execute(uri: "/release", method: .post, headers: StudioFixture.formHeaders,
                                     body: StudioFixture.form(["debtor": "C-0042"])) { response in
                #expect(response.status == .seeOther)
            }
            #expect(try fixture.workspace.entry(debtor: "C-0042").action == .reminder)
        }
    }

    @Test("bad form input is an error on the plan page, and the server goes on")
    func badInput() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            let cases: [([String: String], String)] = [
                (["debtor": "C-0042", "until": "15/01/2027", "reason": "x"], "is not a date"),
                (["debtor": "C-0042", "until": "2026-11-01", "reason": "x"], "is not after"),
                (["debtor": "C-0042", "until": "2027-01-15", "reason": "   "], "must say why"),
                (["debtor": "NOPE", "until": "2027-01-15", "reason": "x"], "no debtor"),
                (["until": "2027-01-15"], "no debtor"),
            ]
            for (fields, message) in cases {
                try await client.execute(uri: "/hold", method: .post, headers: StudioFixture.formHeaders,
                                         body: StudioFixture.form(fields)) { response in
                    #expect(response.status.code >= 400 && response.status.code < 500)
                    #expect(response.text.contains("id=\"page-error\""))
                    #expect(response.text.contains(message), "\(fields)")
                    #expect(response.text.contains("id=\"plan\""), "the plan is shown again")
                }
            }
            try await client.execute(uri: "/hold", method: .post, headers: StudioFixture.formHeaders,
                                     body: ByteBuffer(string: "%%%&&&==token")) { response in
                #expect(response.status.code >= 400 && response.status.code < 500)
            }
            try await client.execute(uri: "/plan", method: .get) { response in #expect(response.status == .ok) }
        }
        #expect(try fixture.workspace.entry(debtor: "C-0042").action == .reminder, "no hold was recorded")
    }

    @Test("run writes the approved debtors' letters through the CLI's run and shows the journal entries it wrote")
    func run() async throws {
        let fixture = try StudioFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/leave-out", method: .post, headers: StudioFixture.formHeaders,
                                     body: StudioFixture.form(["debtor": "C-0077"])) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/plan", method: .get) { response in
                #expect(response.text.contains("Run: write 2 letters"))
            }
            try await client.execute(uri: "/run", method: .post, headers: StudioFixture.formHeaders, body: StudioFixture.form([:])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/run")
            }
            let deadline = Date().addingTimeInterval(60)
            while fixture.workspace.run.snapshot.running && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
            let snapshot = fixture.workspace.run.snapshot
            #expect(snapshot.finished && snapshot.error == nil)
            #expect(snapshot.written == 2 && snapshot.letterIDs.count == 2)
            try await client.execute(uri: "/run", method: .get) { response in
                #expect(response.text.contains("2 written, 0 unchanged, 0 failed"))
                #expect(response.text.contains("C-0042-reminder-2026-11-30.pdf"))
                #expect(response.text.contains("C-0051-reminder-2026-11-30.pdf"))
                #expect(!response.text.contains("C-0077"))
            }
            let letters = try LetterJournal(path: fixture.journalPath, access: .read).letters()
            #expect(Set(letters.map(\.debtor)) == ["C-0042", "C-0051"])
            #expect(letters.allSatisfy { FileManager.default.fileExists(atPath: $0.file) })
            // The plan now waits for the reminders' deadlines: a second run has nothing to write.
            #expect(try fixture.workspace.entry(debtor: "C-0042").action == .wait)
            try await client.execute(uri: "/journal?debtor=C-0051", method: .get) { response in
                #expect(response.text.contains("C-0051-reminder-2026-11-30.pdf"))
                #expect(!response.text.contains("C-0042-reminder"))
            }
            try await client.execute(uri: "/journal/file?id=\(letters[0].id)", method: .get) { response in
                #expect(response.headers[.contentType] == "application/pdf")
                #expect(String(buffer: response.body).hasPrefix("%PDF-"))
            }
            try await client.execute(uri: "/journal/file?id=999", method: .get) { response in
                #expect(response.status == .notFound)
            }
            // A proof of deposit recorded with `overdue sent --proof` is listed and served from the journal.
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
            let store = try LetterJournal(path: fixture.journalPath, access: .write)
            try store.markSent([letters[0].id], on: CalendarDate(iso: "2026-12-01")!, by: .registered, tracking: "RR123456785BE",
                               proof: try ProofFile(name: "receipt.png", data: png))
            try store.close()
            let proofID = try #require(try LetterJournal(path: fixture.journalPath, access: .read).proofs().first?.id)
            try await client.execute(uri: "/journal", method: .get) { response in
                #expect(response.text.contains("/journal/proof?id=\(proofID)"))
                #expect(response.text.contains("proof of deposit: receipt.png"))
                #expect(response.text.contains("RR123456785BE"))
            }
            try await client.execute(uri: "/journal/proof?id=\(proofID)", method: .get) { response in
                #expect(response.headers[.contentType] == "image/png")
                #expect(Array(buffer: response.body) == png)
            }
            try await client.execute(uri: "/journal/proof?id=999", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("only 127.0.0.1 and localhost are served; another site's origin is refused")
    func guardRules() {
        #expect(StudioGuard<BasicRequestContext>.problem(host: "127.0.0.1:8080", origin: nil, port: 8080) == nil)
        #expect(StudioGuard<BasicRequestContext>.problem(host: "localhost:8080", origin: "http://localhost:8080", port: 8080) == nil)
        #expect(StudioGuard<BasicRequestContext>.problem(host: "[::1]:8080", origin: nil, port: 8080) == nil)
        #expect(StudioGuard<BasicRequestContext>.problem(host: "evil.example:8080", origin: nil, port: 8080) != nil)
        #expect(StudioGuard<BasicRequestContext>.problem(host: "127.0.0.1.evil.example", origin: nil, port: 8080) != nil)
        #expect(StudioGuard<BasicRequestContext>.problem(host: nil, origin: nil, port: 8080) != nil)
        #expect(StudioGuard<BasicRequestContext>.problem(host: "127.0.0.1:8080", origin: "http://127.0.0.1:9999", port: 8080) != nil)
        let token = SessionToken(value: "abc123")
        #expect(token.accepts(header: nil, field: "abc123"))
        #expect(token.accepts(header: "abc123", field: nil))
        #expect(!token.accepts(header: nil, field: nil))
        #expect(!token.accepts(header: "abc124", field: nil))
        #expect(!token.accepts(header: nil, field: "abc1234"))
    }

    @Test("the port is the first free one from the one asked for")
    func freePort() throws {
        let first = try StudioServer.freePort(from: 18555)
        #expect(first >= 18555)
        #expect(throws: StudioError.self) { try StudioServer.freePort(from: 70000) }
    }
}
