// libFuzzer target for the XLSX reader (see Fuzz/README.md). Built normally, it replays the
// files named on the command line (a corpus or a crash), so a finding can be checked without the
// fuzzing runtime. Any input may fail with an XLSXError; none may crash, hang or exhaust memory.
import Foundation
import XLSX

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    var limits = XLSXLimits()
    limits.partBytes = 4 << 20
    limits.totalBytes = 8 << 20
    if let workbook = try? XLSXWorkbook(data: data, limits: limits) {
        for name in workbook.sheetNames { try? workbook.rows(sheet: name) { _ in true } }
    }
    return 0
}

#if !FUZZING
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else { print("\(path): cannot read"); continue }
    _ = data.withUnsafeBytes { raw in fuzzXLSX(raw.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, raw.count) }
    print("\(path): ok")
}
#endif
