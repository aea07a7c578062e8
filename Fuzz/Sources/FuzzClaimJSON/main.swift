import Foundation
import FuzzDriver
import InvoiceReaders

// libFuzzer target: one claim JSON (with a profile filling the creditor, as the CLI does).
/// The creditor comes from a profile, as the CLI reads it (parsed once).
let profile = try? Profile.read("creditor:\n  name: Fuzz BV\n  address: [Markt 1, 9000 Gent]\n  country: BE\n", file: "fuzz.yaml")

runFuzzer { data in
    _ = try? ClaimReader().read(data, file: "fuzz.json", profile: profile)
}
