import Foundation
import InvoiceReaders

extension Claim {
    /// Reads a claim from its JSON (format v1, see the README), validated exactly as the command
    /// line validates it: IBANs, references, codes, dates and amounts; errors name the field.
    /// - Parameters:
    ///   - json: the claim's bytes.
    ///   - file: the name errors give the input.
    public init(json: Data, file: String = "claim.json") throws {
        self = try OverdueError.wrapping { try ClaimReader().read(json, file: file) }
    }

    /// This claim as canonical JSON (the format `Claim(json:)` reads).
    public func json() throws -> Data {
        Data(try OverdueError.wrapping { try ClaimWriter.json(self) }.utf8)
    }

    /// This claim checked as if it had been read from JSON: a claim built in code gets the same
    /// validation (a bad IBAN or currency is an error, never a silently missing QR code).
    public func validated() throws -> Claim {
        try Claim(json: try json(), file: "claim")
    }
}
