import Foundation
import FuzzDriver
import InvoiceReaders

// libFuzzer target: one UBL invoice or credit note, parsed and turned into a claim.
runFuzzer { data in
    if let document = try? UBLParser.parse(data, file: "fuzz.xml") {
        _ = try? UBLClaimBuilder(profile: nil).claims(from: [document])
    }
}
