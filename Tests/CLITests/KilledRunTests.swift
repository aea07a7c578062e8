import Foundation
import Testing

/// A run killed at any moment and run again ends with every letter exactly once, and a letter
/// is in the journal if and only if its file exists.
@Suite(.serialized) struct KilledRunTests {
    @Test func killedRunsEndWithEveryLetterOnce() throws {
        let m = try MonthEnd()
        let rows = (1...300).map { n in
            MonthEnd.Row(debtor: String(format: "D%04d", n), email: n % 2 == 0 ? "ap\(n)@example.be" : nil, invoice: "F-\(n)",
                         due: "2026-01-15", amount: "\(100 + n).00")
        }
        let export = try m.export("open.csv", rows)
        let arguments = ["run", export, "--out", m.out, "--as-of", "2026-01-31", "--jobs", "2"]
        // Killed at different moments: before, while and after letters are written.
        for delay in [0.05, 0.4, 0.8, 1.2, 1.6] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLI.binary)
            process.arguments = arguments
            process.currentDirectoryURL = m.folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try checkJournalMatchesFiles(m)
        }
        try m.overdue(arguments)
        try m.overdue(arguments)
        let letters = try m.letters()
        #expect(letters.count == 300)
        #expect(Set(letters.map { $0["debtor"] as! String }).count == 300)
        #expect(Set(letters.map { $0["file"] as! String }) == (try m.files()))
        // And the next plan proposes nothing for them: every reminder is recorded.
        let plan = try m.plan(export, asOf: "2026-01-31")
        #expect(plan.values.allSatisfy { $0["action"] as? String == "wait" })
    }

    /// After a kill, the journal (as the next command sees it) names only files that exist, and
    /// every letter file is named once its run is settled by the next run.
    func checkJournalMatchesFiles(_ m: MonthEnd) throws {
        guard FileManager.default.fileExists(atPath: m.journal) else { return }
        let letters = try m.letters()
        let named = Set(letters.map { $0["file"] as! String })
        let files = (try? m.files()) ?? []
        #expect(named.isSubset(of: files), "the journal names a letter whose file is missing")
        #expect(Set(letters.map { $0["debtor"] as! String }).count == letters.count, "a debtor has two reminders")
    }
}
