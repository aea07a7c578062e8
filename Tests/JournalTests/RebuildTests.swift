import Batch
import Dunning
import Foundation
import HaruPDF
import InvoiceModel
import InvoiceReaders
import Journal
import Letters
import Testing

/// The journal keeps the claim as sent (canonical claim JSON) and the renderer version: a letter
/// rebuilt from them is the same file, byte for byte.
@Suite(.serialized) struct RebuildTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func templates() throws -> LetterTemplates {
        let folder = Self.root.appendingPathComponent("Templates")
        return try LetterTemplates(files: try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".mustache") }.sorted().map {
                TemplateFile(name: String($0.dropLast(9)), text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8), origin: $0)
            })
    }

    final class Silent: BatchProgress, @unchecked Sendable {
        func expect(_ count: Int) {}
        func advanced(done: Int, failed: Int, skipped: Int) {}
        func failed(origin: String, message: String) {}
    }

    /// Writes `item` as a dunning run does and returns the file's bytes.
    func write(_ item: BatchItem, into folder: String) throws -> Data {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let settings = BatchSettings(kind: .reminder, language: nil, defaultLanguage: "en", outputFolder: folder, jobs: 1,
                                     asOf: item.claim.asOf!, today: item.claim.asOf!, force: true, strict: true, byEmail: false)
        let runner = BatchRunner(templates: try templates(), rates: .bundled,
                                 fonts: FontFiles.family("OverdueSans", in: Self.root.appendingPathComponent("Fonts").path),
                                 fallback: .dejaVuSans, settings: settings)
        let summary = try runner.run(produce: { emit in _ = emit(.item(item, stem: "letter")) }, progress: Silent())
        #expect(summary.rendered == 1)
        return try Data(contentsOf: URL(fileURLWithPath: folder + "/letter.pdf"))
    }

    @Test func aLetterRebuiltFromTheJournalIsTheSameFile() throws {
        let creditor = Party(name: "Studio Vermeulen BV", address: ["Kerkstraat 12", "9000 Gent"], country: "BE", vat: "BE0987654394",
                             iban: "BE71096123456769", bic: "GKCCBEBB", signatory: "Ann Vermeulen")
        let debtor = Party(id: "C-1", name: "Bakkerij Peeters", attention: "Jan Peeters", address: ["Markt 3", "2000 Antwerpen"],
                           country: "BE", email: "jan@example.be", language: "nl")
        var terms = Terms(reminderFee: 10)
        terms.interest = InterestTerms(source: .series("be-commercial"))
        let export = Claim(asOf: nil, creditor: creditor, debtor: debtor,
                           invoices: [Invoice(number: "2026-0142", issued: nil, due: CalendarDate(iso: "2026-01-15")!, amount: Decimal(string: "1210.00")!,
                                              currency: "EUR", reference: "+++090/9337/55493+++",
                                              payments: [Payment(date: CalendarDate(iso: "2026-02-01")!, amount: 200)])],
                           history: [], terms: terms)
        // The plan's second reminder: its claim carries the first reminder (with its fee) in the history.
        let planner = DunningPlanner()
        let first = planner.plan(export, facts: DunningFacts(), asOf: CalendarDate(iso: "2026-01-31")!)
        let reminder = LetterRecord(id: 1, date: CalendarDate(iso: "2026-01-31")!, debtor: "C-1", debtorName: debtor.name, letter: "reminder",
                                    invoices: first.invoices, open: first.open, currency: "EUR", principal: first.principal, interest: 0,
                                    fees: first.fees, total: first.total, ownFee: first.ownFee, deadline: first.deadline!, channel: .email,
                                    file: "", sha256: "", status: .sent, sentOn: CalendarDate(iso: "2026-01-31")!)
        let second = planner.plan(export, facts: DunningFacts(letters: [reminder]), asOf: CalendarDate(iso: "2026-03-01")!)
        #expect(second.action == .secondReminder)
        let claim = try #require(second.claim)
        #expect(claim.history.first?.fee == 10)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overdue-rebuild-\(UUID().uuidString)").path
        let original = try write(BatchItem(claim: claim, origin: "run", kind: .secondReminder, byEmail: false), into: folder + "/sent")

        let journal = try LetterJournal(path: folder + "/overdue.db", access: .create)
        var record = reminder
        record.letter = "second-reminder"
        let id = try journal.addPending([NewLetter(record: record, claimJSON: try ClaimWriter.json(claim), renderer: BatchRunner.version)])[0]
        try journal.confirm(id, sha256: "", inputHash: "")
        let (json, renderer) = try journal.sentClaim(id)
        #expect(renderer == BatchRunner.version)
        let reread = try ClaimReader().read(Data(json.utf8), file: "journal")
        #expect(reread == claim)
        let rebuilt = try write(BatchItem(claim: reread, origin: "rebuild", kind: .secondReminder, byEmail: false), into: folder + "/rebuilt")
        #expect(rebuilt == original)
    }
}
