/// Why a message cannot be written. Nothing is written when one is thrown.
public enum MailError: Error, Equatable, CustomStringConvertible {
    /// A header value from the caller holds CR or LF: it would start a new header (header injection).
    case lineBreak(field: String)
    /// An address that cannot stand in a header.
    case badAddress(field: String, address: String, problem: String)
    /// A header value is empty where one is required.
    case empty(field: String)

    public var description: String {
        switch self {
        case .lineBreak(let field): return "\(field): the value holds a line break, which would start a new header"
        case .badAddress(let field, let address, let problem): return "\(field): \"\(address)\" is not an e-mail address: \(problem)"
        case .empty(let field): return "\(field): no value given"
        }
    }
}
