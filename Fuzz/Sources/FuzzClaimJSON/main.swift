import Foundation
import FuzzDriver
import InvoiceReaders

// libFuzzer target: one claim JSON (with a profile filling the creditor, as the CLI does).
runFuzzer { data in
    let profile = try? Profile.read("creditor:\n  name: Fuzz BV\n  address: [Markt 1, 9000 Gent]\n  country: BE\n", file: "fuzz.yaml")
    _ = try? ClaimReader().read(data, file: "fuzz.json", profile: profile)
}
