import Foundation
import FuzzDriver
import InvoiceReaders

// libFuzzer target: one profile (YAML), checked for UTF-8 as the CLI does.
runFuzzer { data in
    if let text = try? UTF8Check.text(data, file: "fuzz.yaml") { _ = try? Profile.read(text, file: "fuzz.yaml") }
}
