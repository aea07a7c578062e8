/// A mailbox: an address with an optional display name (RFC 5322 § 3.4).
public struct MailAddress: Sendable, Equatable {
    /// The display name; any Unicode text (encoded as RFC 2047 words when it is not plain ASCII).
    public var name: String?
    /// `local@domain`, printable ASCII without spaces (no internationalised addresses).
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name; self.address = address
    }

    /// The domain after the `@` (empty when there is none).
    public var domain: String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return String(address[address.index(after: at)...])
    }

    /// Why `address` cannot stand in a header, or nil when it can: `local@domain`, both parts
    /// non-empty, printable ASCII without spaces, quotes, angle brackets, commas or semicolons.
    public static func problem(with address: String) -> String? {
        if address.isEmpty { return "the address is empty" }
        if address.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) { return "the address holds a line break" }
        let forbidden: Set<Unicode.Scalar> = ["<", ">", "\"", ",", ";", "(", ")", "[", "]", "\\", ":"]
        for scalar in address.unicodeScalars {
            if scalar.value < 0x21 || scalar.value > 0x7E { return "the address holds \(scalar.value < 0x80 ? "a space or control character" : "a non-ASCII character")" }
            if forbidden.contains(scalar) { return "the address holds \"\(scalar)\"" }
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return "an address is local-part@domain, with one @" }
        guard parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return "the domain \"\(parts[1])\" is not a domain name" }
        return nil
    }
}

/// A file attached to a message.
public struct MailAttachment: Sendable, Equatable {
    /// The file name the recipient sees (any Unicode text; RFC 2231 encoded when needed).
    public var fileName: String
    /// The MIME type, e.g. `application/pdf`.
    public var contentType: String
    public var data: [UInt8]

    public init(fileName: String, contentType: String, data: [UInt8]) {
        self.fileName = fileName; self.contentType = contentType; self.data = data
    }
}

/// A calendar day for the `Date` header (no clock is read: the caller gives the letter's date).
public struct MailDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
}
