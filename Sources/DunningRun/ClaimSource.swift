import Foundation
import InvoiceModel
import InvoiceReaders

/// The claims read from a command's inputs: claim JSON, JSON Lines, CSV exports, UBL files or
/// folders of them. All file reading for claims happens here.
public struct ClaimSource: Sendable {
    public struct Item: Sendable {
        public var claim: Claim
        /// Where it came from, for messages and default file names.
        public var origin: String

        public init(claim: Claim, origin: String) { self.claim = claim; self.origin = origin }
    }

    public let items: [Item]
    /// Inputs skipped or adjusted, and why (printed as warnings).
    public let notes: [String]
    /// UBL files that could not be read, when `load` was asked to skip them (a batch goes on).
    public var failures: [InputError] = []

    public static func load(_ paths: [String], profile: Profile?, export: ExportRequest? = nil, skippingUnreadable: Bool = false) throws -> ClaimSource {
        var failures: [InputError] = []
        /// A UBL file, or its error kept for the batch's manifest.
        func parse(_ file: String) throws -> UBLDocument? {
            do {
                return try UBLParser.parse(try Files.read(file, what: "invoice"), file: file)
            } catch let error as InputError where skippingUnreadable {
                failures.append(error)
                return nil
            }
        }
        var items: [Item] = []
        var notes: [String] = []
        var ubl: [UBLDocument] = []
        let settings = try exportSettings(paths, profile: profile, export: export)
        for path in paths where !(settings.lendsAddresses && isUBL(path)) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIFailure("\(path): no such claim file or folder", hint: "check the path")
            }
            if isDirectory.boolValue {
                let files = try FileManager.default.contentsOfDirectory(atPath: path)
                    .filter { $0.lowercased().hasSuffix(".xml") }.sorted()
                if files.isEmpty { throw CLIFailure("\(path): the folder holds no .xml invoices") }
                for file in files {
                    let full = (path as NSString).appendingPathComponent(file)
                    if let document = try parse(full) { ubl.append(document) }
                }
                continue
            }
            switch (path as NSString).pathExtension.lowercased() {
            case "xml":
                if let document = try parse(path) { ubl.append(document) }
            case "csv", "txt", "xlsx":
                let input = ExportInput.file(path, head: try Files.readHead(path))
                let claims = try InvoiceCSVReader(file: path, profile: profile, export: settings.export).read(input)
                items += claims.map { Item(claim: $0, origin: "\(path): debtor \($0.debtor.id ?? $0.debtor.name)") }
            case "jsonl", "ndjson":
                let text = try UTF8Check.text(try Files.read(path, what: "claims"), file: path)
                for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    do {
                        items.append(Item(claim: try ClaimReader().read(Data(line.utf8), file: path, profile: profile),
                                          origin: "\(path):\(index + 1)"))
                    } catch var error as InputError {
                        error.line = index + 1
                        error.column = nil
                        throw error
                    }
                }
            default:
                items.append(Item(claim: try ClaimReader().read(try Files.read(path, what: "claim"), file: path, profile: profile), origin: path))
            }
        }
        if !ubl.isEmpty {
            let result = try UBLClaimBuilder(profile: profile).claims(from: ubl, skippingFailures: skippingUnreadable)
            items += result.claims.map { Item(claim: $0, origin: "UBL: \($0.debtor.name)") }
            notes += result.notes
            failures += result.failures
        }
        if items.isEmpty && failures.isEmpty { throw CLIFailure("the inputs hold no claim with anything left to pay", hint: notes.first) }
        if let kind = profile?.generateReference {
            items = items.map { Item(claim: PaymentReference.filling($0.claim, with: kind), origin: $0.origin) }
        }
        return ClaimSource(items: items, notes: notes, failures: failures)
    }

    /// How the exports among `paths` are read: the options, and the addresses of the customer
    /// lists and of the UBL invoices given beside an export (which then make no claims of their own).
    public static func exportSettings(_ paths: [String], profile: Profile?, export: ExportRequest?) throws -> (export: ExportSettings, lendsAddresses: Bool) {
        var book = AddressBook()
        for path in export?.customers ?? [] {
            guard FileManager.default.isReadableFile(atPath: path) else { throw CLIFailure("\(path): no such customer list", hint: "check the path") }
            try CustomerListReader(file: path, sheet: nil).read(ExportInput.file(path, head: try Files.readHead(path)), into: &book)
        }
        let exports = paths.filter { isExport($0) }
        let lends = !exports.isEmpty && paths.contains(where: isUBL)
        if lends {
            var documents: [UBLDocument] = []
            for path in paths where isUBL(path) {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                let files = isDirectory.boolValue
                    ? try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.lowercased().hasSuffix(".xml") }.sorted()
                        .map { (path as NSString).appendingPathComponent($0) }
                    : [path]
                for file in files { documents.append(try UBLParser.parse(try Files.read(file, what: "invoice"), file: file)) }
            }
            UBLAddresses.add(documents, into: &book)
        }
        return (ExportSettings(format: export?.format, sheet: export?.sheet, addresses: book.isEmpty ? nil : book), lends)
    }

    public static func isExport(_ path: String) -> Bool { ["csv", "txt", "xlsx"].contains((path as NSString).pathExtension.lowercased()) }

    public static func isUBL(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return true }
        return (path as NSString).pathExtension.lowercased() == "xml"
    }

    /// `overdue claims --explain`: for each export, its format and which column became which field.
    public static func explain(_ paths: [String], profile: Profile?, export: ExportRequest?) throws -> [String] {
        let settings = try exportSettings(paths, profile: profile, export: export)
        var lines: [String] = []
        for path in paths where isExport(path) {
            let reader = InvoiceCSVReader(file: path, profile: profile, export: settings.export)
            lines.append("\(path):")
            lines += try reader.mapping(ExportInput.file(path, head: try Files.readHead(path))).explain()
            if let book = settings.export.addresses { lines.append("  addresses: from \(book.sources.joined(separator: ", ")) where the export has none") }
        }
        return lines
    }
}

/// Which tool an export comes from, the sheet of a workbook, and customer lists for the
/// addresses (`--format`, `--sheet`, `--customers`).
public struct ExportRequest: Sendable {
    public var format: ExportFormat?
    public var customers: [String]
    public var sheet: String?
    public init(format: ExportFormat? = nil, customers: [String] = [], sheet: String? = nil) {
        self.format = format; self.customers = customers; self.sheet = sheet
    }
}
