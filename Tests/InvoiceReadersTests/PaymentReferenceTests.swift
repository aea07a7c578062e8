import Foundation
import InvoiceModel
import Testing

/// The 113 vectors of shared/corpus/references.csv (sources and licences in its `source` column).
@Suite struct PaymentReferenceTests {
    struct Vector: Sendable, CustomStringConvertible {
        var kind, value: String; var valid: Bool
        var description: String { "\(kind) \(value)" }
    }

    static let vectors: [Vector] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/references.csv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var rows: [Vector] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            // kind,value,valid,... : the value may be quoted.
            var fields: [String] = [], field = "", quoted = false
            for ch in line {
                if ch == "\"" { quoted.toggle(); continue }
                if ch == ",", !quoted { fields.append(field); field = ""; continue }
                field.append(ch)
            }
            fields.append(field)
            rows.append(Vector(kind: fields[0], value: fields[1], valid: fields[2] == "true"))
        }
        return rows
    }()

    @Test func theFixtureHasAllVectors() { #expect(Self.vectors.count == 113) }

    @Test(arguments: vectors)
    func vector(_ v: Vector) {
        switch v.kind {
        case "ogm_vcs": #expect((PaymentReference.ogmDigits(v.value) != nil) == v.valid)
        case "rf_creditor_ref": #expect((PaymentReference.rfCompact(v.value) != nil) == v.valid)
        case "iban": #expect((PaymentReference.ibanCompact(v.value) != nil) == v.valid)
        case "bic": #expect(PaymentReference.isValidBIC(v.value) == v.valid)
        default: Issue.record("unknown kind \(v.kind)")
        }
    }

    @Test func generatedReferencesValidate() {
        for number in ["2026-0142", "INV/2026/7", "0", "123456789012345"] {
            let ogm = PaymentReference.makeOGM(from: number)
            #expect(PaymentReference.ogmDigits(ogm) != nil, "\(ogm)")
            if let rf = PaymentReference.makeRF(from: number) { #expect(PaymentReference.rfCompact(rf) == rf) }
        }
        #expect(PaymentReference.makeOGM(from: "1234567890") == "+++123/4567/89002+++")
        #expect(PaymentReference.makeRF(from: "539007547034") == "RF18539007547034")
    }
}
