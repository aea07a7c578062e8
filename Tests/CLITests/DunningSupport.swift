import Foundation
import Testing

/// A creditor's folder for the month-end commands: profile, exports, journal, letters.
struct MonthEnd {
    let folder: URL
    var profile: String { folder.appendingPathComponent("overdue.yaml").path }
    var journal: String { folder.appendingPathComponent("overdue.db").path }
    var out: String { folder.appendingPathComponent("letters").path }

    static let profileText = """
        language: en
        creditor:
          name: Studio Vermeulen BV
          address: [Kerkstraat 12, 9000 Gent]
          country: BE
          vat: BE0987654394
          iban: BE71 0961 2345 6769
          bic: GKCCBEBB
          signatory: Ann Vermeulen
        terms:
          interest: { series: be-commercial }
          reminder_fee: "10.00"
        dunning:
          reminder_after_days: 7
          next_after_days: 14
          handover_after_days: 14
          minimum_amount: "25.00"
          channels: { reminder: email, second-reminder: post, notice: registered }

        """

    init() throws {
        folder = try CLI.temporaryFolder()
        try Self.profileText.write(toFile: folder.appendingPathComponent("overdue.yaml").path, atomically: true, encoding: .utf8)
    }

    /// One export row: debtor id, kind, e-mail, invoice, due date, amount, paid, paid date.
    struct Row {
        var debtor: String, kind = "business", email: String? = nil, invoice: String, due: String, amount: String
        var paid: String? = nil, paidOn: String? = nil
    }

    /// Writes the month's export of open invoices and returns its path.
    func export(_ name: String, _ rows: [Row]) throws -> String {
        var text = "debtor_id,debtor_name,debtor_street,debtor_postcode,debtor_city,debtor_country,debtor_kind,debtor_email,invoice_number,due_date,amount,paid,paid_date\n"
        for r in rows {
            text += "\(r.debtor),Debtor \(r.debtor),Markt 3,2000,Antwerpen,BE,\(r.kind),\(r.email ?? ""),\(r.invoice),\(r.due),\(r.amount),\(r.paid ?? ""),\(r.paidOn ?? "")\n"
        }
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @discardableResult
    func overdue(_ arguments: [String], expectFailure: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> CLI.Result {
        let result = try CLI.run(arguments, in: folder)
        if expectFailure {
            #expect(result.status != 0, "\(arguments) should fail", sourceLocation: sourceLocation)
        } else {
            #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        }
        return result
    }

    /// `plan --json`, by debtor.
    func plan(_ export: String, asOf: String) throws -> [String: [String: Any]] {
        let result = try overdue(["plan", export, "--as-of", asOf, "--json"])
        var byDebtor: [String: [String: Any]] = [:]
        for line in result.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            byDebtor[object["debtor"] as! String] = object
        }
        return byDebtor
    }

    /// `journal --json`, oldest first.
    func letters(debtor: String? = nil) throws -> [[String: Any]] {
        let result = try overdue(["journal", "--json"] + (debtor.map { ["--debtor", $0] } ?? []))
        return try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    func run(_ export: String, asOf: String, _ extra: [String] = []) throws -> CLI.Result {
        try overdue(["run", export, "--out", out, "--as-of", asOf] + extra)
    }

    /// The letter PDFs in the output folder.
    func files() throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".pdf") }.map { folder.appendingPathComponent("letters/" + $0).standardizedFileURL.path })
    }
}
