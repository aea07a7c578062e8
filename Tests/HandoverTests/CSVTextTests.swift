import Foundation
@testable import Handover
import Testing

/// The pack's CSV files go to a third party who opens them in a spreadsheet.
@Suite struct CSVTextTests {
    @Test func aCellASpreadsheetWouldRunIsDefused() throws {
        let bytes = try CSVText.bytes(header: ["reason", "amount"], rows: [
            ["=HYPERLINK(\"http://x\")", "-12.50"], ["@SUM(A1)", "+3"], ["-cmd|' /C calc'!A0", "1200.00"], ["plain", "0.00"],
        ])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("'=HYPERLINK"))
        #expect(text.contains("'@SUM(A1)"))
        #expect(text.contains("'-cmd|"))
        #expect(text.contains(",-12.50\r\n"), "a negative amount stays a number")
        #expect(text.contains(",+3\r\n"))
        #expect(text.contains("plain,0.00\r\n"))
    }
}
