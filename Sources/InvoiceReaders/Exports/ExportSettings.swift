/// How to read an export beyond its headers: the tool it comes from (`--format`), the sheet of a
/// workbook (`--sheet`), and where addresses missing from it come from (`--customers`, UBL).
public struct ExportSettings: Sendable {
    public var format: ExportFormat?
    public var sheet: String?
    public var addresses: AddressBook?

    public init(format: ExportFormat? = nil, sheet: String? = nil, addresses: AddressBook? = nil) {
        self.format = format; self.sheet = sheet; self.addresses = addresses
    }
}
