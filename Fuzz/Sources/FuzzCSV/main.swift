import Foundation
import FuzzDriver
import InvoiceReaders

// libFuzzer target: one CSV export, read from a file as the CLI reads it (both the one-pass and
// the streaming two-pass reader).
/// The creditor comes from a profile, as the CLI reads it (parsed once).
let profile = try? Profile.read("creditor:\n  name: Fuzz BV\n  address: [Markt 1, 9000 Gent]\n  country: BE\n", file: "fuzz.yaml")

runFuzzer { data in
    let path = NSTemporaryDirectory() + "overdue-fuzz-\(getpid()).csv"
    guard FileManager.default.createFile(atPath: path, contents: data) else { return }
    defer { unlink(path) }
    let reader = InvoiceCSVReader(file: "fuzz.csv", profile: profile)
    let delimiter = InvoiceCSVReader.delimiter(sniffing: data)
    if let file = InputStream(fileAtPath: path), case let stream = UTF8CheckedStream(file) { _ = try? reader.read(stream, delimiter: delimiter) }
    try? reader.stream(open: { InputStream(fileAtPath: path).map(UTF8CheckedStream.init) }, delimiter: delimiter, count: { _ in }) { _ in true }
}
