import Foundation
import InvoiceModel
import LateFees

/// Reads a rates file (`--rates FILE`): its size and encoding checked here, then parsed by
/// LateFees' `RateFileParser`, the one parser of the rates CSV (also of the shipped series).
public struct RateFileReader: Sendable {
    public init() {}

    public func read(_ data: Data, file: String) throws -> [String: [RatePeriod]] {
        guard data.count <= InputLimits.ratesBytes else {
            throw InputError(file: file, message: "the rates file is \(data.count >> 10) KB; a rates file is read up to \(InputLimits.ratesBytes >> 20) MB")
        }
        let text = try UTF8Check.text(data, file: file)
        do {
            return try RateFileParser.parse(text, file: file)
        } catch let error as RateFileError {
            throw InputError(file: error.file, line: error.line, field: error.field, message: error.message, hint: error.hint)
        }
    }
}
