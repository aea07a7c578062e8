import Foundation
import FuzzDriver
import XLSX

// libFuzzer target: any bytes opened as an XLSX workbook and every sheet read, with the limits
// lowered so that a zip bomb is caught within the run's memory limit.
runFuzzer { data in
    var limits = XLSXLimits()
    limits.partBytes = 4 << 20
    limits.totalBytes = 8 << 20
    if let workbook = try? XLSXWorkbook(data: data, limits: limits) {
        for name in workbook.sheetNames { try? workbook.rows(sheet: name) { _ in true } }
    }
}
