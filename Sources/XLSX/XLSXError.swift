/// Why a workbook could not be read, in words for the person who gave it.
public struct XLSXError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
