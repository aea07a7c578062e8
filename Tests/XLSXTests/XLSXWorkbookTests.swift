import Foundation
import Testing
@testable import XLSX

/// The fixtures are written by Fixtures/make_fixtures.py (standard library zipfile only).
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func rows(_ name: String, sheet: String? = nil, limits: XLSXLimits = XLSXLimits()) throws -> [XLSXRow] {
        let workbook = try XLSXWorkbook(url: folder.appendingPathComponent(name), limits: limits)
        var rows: [XLSXRow] = []
        try workbook.rows(sheet: sheet) { rows.append($0); return true }
        return rows
    }
}

@Suite struct XLSXWorkbookTests {
    @Test(arguments: ["dates-1900.xlsx", "dates-1904.xlsx"])
    func datesAreCalendarDatesInBothSystems(_ name: String) throws {
        let rows = try Fixture.rows(name)
        #expect(rows[0].cells == ["Partner", "Number", "Invoice/Bill Date", "Due Date", "Total", "Amount Due", "Currency"])
        #expect(rows[1].cells == ["Bakkerij Janssens", "INV/2026/0001", "2026-01-15", "2026-02-14", "1234.56", "1234.56", "EUR"])
        #expect(rows[2].cells[2] == "2026-01-15")  // a time of day (.75) is dropped
        #expect(rows[2].cells[4] == "500")
    }

    @Test func the1904FlagIsRead() throws {
        #expect(try XLSXWorkbook(url: Fixture.folder.appendingPathComponent("dates-1904.xlsx")).date1904)
        #expect(try !XLSXWorkbook(url: Fixture.folder.appendingPathComponent("dates-1900.xlsx")).date1904)
    }

    @Test(arguments: [
        (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (61.0, false, "1900-03-01"), (45658.0, false, "2025-01-01"),
        (46082.0, false, "2026-03-01"), (0.0, true, "1904-01-01"), (44196.0, true, "2025-01-01"), (46082.99, false, "2026-03-01"),
    ])
    func serialDates(_ serial: Double, _ date1904: Bool, _ expected: String) {
        #expect(SerialDate.iso(serial: serial, date1904: date1904) == expected)
    }

    @Test func thePhantomLeapDayIsNoDate() {
        #expect(SerialDate.iso(serial: 60, date1904: false) == nil)
        #expect(SerialDate.iso(serial: -1, date1904: false) == nil)
    }

    @Test(arguments: [("dd/mm/yyyy;@", true), ("[$-813]d mmmm yyyy", true), ("#,##0.00 \"EUR\"", false), ("h:mm", false),
                      ("0.00", false), ("General", false), ("\"day\" 0", false)])
    func dateFormats(_ code: String, _ isDate: Bool) {
        #expect(NumberFormats.isDate(code: code) == isDate)
    }

    @Test func aSheetIsChosenByNameAndPrefixedElementsAreRead() throws {
        let workbook = try XLSXWorkbook(url: Fixture.folder.appendingPathComponent("two-sheets.xlsx"))
        #expect(workbook.sheetNames == ["Notes", "Open items"])
        let rows = try Fixture.rows("two-sheets.xlsx", sheet: "Open items")
        #expect(rows.count == 2)
        #expect(rows[1].cells[1] == "INV/2026/0009")
        #expect(try Fixture.rows("two-sheets.xlsx").first?.cells == ["nothing here"])
    }

    @Test func anUnknownSheetNamesTheSheets() throws {
        #expect { try Fixture.rows("two-sheets.xlsx", sheet: "Blad1") } throws: { error in
            "\(error)" == "no sheet named \"Blad1\" (the workbook has \"Notes\", \"Open items\")"
        }
    }

    @Test func emptyRowsAreLeftOutAndRowNumbersKept() throws {
        let rows = try Fixture.rows("odoo-aged.xlsx")
        #expect(rows.map(\.number).prefix(3) == [1, 2, 4])
        #expect(rows[2].cells.first == "")
        #expect(rows[4].cells[0] == "INV/2026/00001" && rows[4].cells[1] == "2026-01-05")
    }

    @Test func aDTDIsRefused() throws {
        #expect { try Fixture.rows("dtd.xlsx") } throws: { error in "\(error)".contains("document type declaration") }
    }

    @Test func aZipBombStopsAtTheLimit() throws {
        var limits = XLSXLimits()
        limits.partBytes = 1 << 20
        #expect { try Fixture.rows("bomb.xlsx", limits: limits) } throws: { error in "\(error)".contains("unpacks to more than 1 MB") }
    }

    @Test func tooManyEntriesAreRefused() throws {
        var limits = XLSXLimits()
        limits.entries = 3
        #expect { try Fixture.rows("dates-1900.xlsx", limits: limits) } throws: { error in "\(error)".contains("more than 3 entries") }
    }

    @Test(arguments: [Data(), Data("not a zip".utf8), Data([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))])
    func notAWorkbook(_ data: Data) {
        #expect(throws: XLSXError.self) { try XLSXWorkbook(data: data) }
    }

    @Test func generalNumbersDropBinaryNoise() {
        #expect(SheetRowParser.general("1234.5599999999999", 1234.5599999999999) == "1234.56")
        #expect(SheetRowParser.general("121", 121) == "121")
        #expect(SheetRowParser.general("0.1", 0.1) == "0.1")
    }

    @Test func columnReferences() {
        #expect(XLSXRow.column(of: "A1") == 0)
        #expect(XLSXRow.column(of: "AB12") == 27)
        #expect(XLSXRow.letters(of: 27) == "AB")
        #expect(XLSXRow.column(of: "ABCD1") == nil)
    }

    /// Found by fuzzing: an entry offset beyond the data traps ZIPFoundation's in-memory archive.
    @Test func theFuzzRegressionsFailCleanly() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/Regressions/FuzzXLSX")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            if let workbook = try? XLSXWorkbook(data: data) {
                for sheet in workbook.sheetNames { _ = try? workbook.rows(sheet: sheet) { _ in true } }
            }
        }
    }

    /// The fuzz target's body over mutations of the fixtures: every input is read or refused, none crashes.
    @Test func mutatedWorkbooksFailCleanly() throws {
        var limits = XLSXLimits()
        limits.partBytes = 1 << 20
        var generator = SplitMix(seed: 16)
        for name in ["dates-1900.xlsx", "odoo-aged.xlsx", "two-sheets.xlsx"] {
            let original = try Data(contentsOf: Fixture.folder.appendingPathComponent(name))
            for _ in 0..<150 {
                var bytes = [UInt8](original)
                for _ in 0..<Int(generator.next() % 8 + 1) {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
                if let workbook = try? XLSXWorkbook(data: Data(bytes), limits: limits) {
                    for sheet in workbook.sheetNames { _ = try? workbook.rows(sheet: sheet) { _ in true } }
                }
            }
        }
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
