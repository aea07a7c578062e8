import Foundation

/// A ready-to-send e-mail (RFC 5322, MIME multipart/mixed): a UTF-8 text body and attachments.
/// The output is deterministic: the same message gives the same bytes (no clock, no random
/// boundary), with CRLF line ends and no line over 998 octets (76 in the bodies).
///
/// ```swift
/// let message = MailMessage(from: MailAddress(name: "Acme", address: "billing@acme.example"),
///                           to: [MailAddress(address: "debtor@example.com")], subject: "Reminder",
///                           date: MailDate(year: 2026, month: 3, day: 2),
///                           messageID: MailMessage.messageID(hash: sha256, domain: "acme.example"),
///                           text: "Dear ...", attachments: [])
/// let bytes = try message.encoded()
/// ```
public struct MailMessage: Sendable, Equatable {
    /// The sender; nil leaves `From` out, for the mail program to fill in when it sends the draft.
    public var from: MailAddress?
    public var to: [MailAddress]
    public var subject: String
    public var date: MailDate
    /// The `Message-ID` without its angle brackets: `left@domain`.
    public var messageID: String
    /// The body as plain text (any line breaks; sent as CRLF).
    public var text: String
    public var attachments: [MailAttachment]
    /// `X-Unsent: 1`: mail programs (Thunderbird, Outlook) open the file as a draft to send.
    public var draft: Bool

    public init(from: MailAddress?, to: [MailAddress], subject: String, date: MailDate, messageID: String, text: String,
                attachments: [MailAttachment], draft: Bool = true) {
        self.from = from; self.to = to; self.subject = subject; self.date = date; self.messageID = messageID
        self.text = text; self.attachments = attachments; self.draft = draft
    }

    /// A stable message id: the first 32 hex digits of `hash` (e.g. the attached letter's
    /// SHA-256) at the sender's `domain` (`overdue.invalid` when there is none).
    public static func messageID(hash: String, domain: String) -> String {
        let left = String(hash.lowercased().filter { $0.isHexDigit }.prefix(32))
        let host = domain.filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        return "\(left.isEmpty ? "letter" : left).overdue@\(host.isEmpty ? "overdue.invalid" : host)"
    }

    /// The message as bytes (an `.eml` file, or input to `sendmail -t`). Throws `MailError` for
    /// a header value with a line break (never a new header), a bad address or an empty field.
    public func encoded() throws -> [UInt8] {
        guard !to.isEmpty else { throw MailError.empty(field: "To") }
        try HeaderEncoding.requireNoLineBreak(subject, field: "Subject")
        try HeaderEncoding.requireNoLineBreak(messageID, field: "Message-ID")
        guard messageID.contains("@"), messageID.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "<" && $0 != ">" }) else {
            throw MailError.badAddress(field: "Message-ID", address: messageID, problem: "a message id is printable ASCII left@right")
        }
        var headers: [String] = []
        if let from { headers.append("From: " + (try HeaderEncoding.mailbox(from, field: "From"))) }
        let recipients = try to.map { try HeaderEncoding.mailbox($0, field: "To") }
        headers.append("To: " + recipients.joined(separator: ",\r\n "))
        headers.append(HeaderEncoding.unstructured("Subject", subject))
        headers.append("Date: " + date.rfc5322)
        headers.append("Message-ID: <\(messageID)>")
        headers.append("MIME-Version: 1.0")
        if draft { headers.append("X-Unsent: 1") }

        let boundary = Self.boundary(for: messageID)
        headers.append("Content-Type: multipart/mixed;\r\n boundary=\"\(boundary)\"")
        var out = Array((headers.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        out += Array("This is a multipart message in MIME format.\r\n".utf8)

        out += Array("\r\n--\(boundary)\r\n".utf8)
        out += Array("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n".utf8)
        out += QuotedPrintable.encode(text)
        for attachment in attachments {
            try HeaderEncoding.requireNoLineBreak(attachment.fileName, field: "attachment file name")
            let type = attachment.contentType
            guard type.contains("/"), type.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != ";" && $0 != "\"" }) else {
                throw MailError.badAddress(field: "Content-Type", address: type, problem: "a MIME type is type/subtype")
            }
            out += Array("\r\n--\(boundary)\r\n".utf8)
            out += Array(("Content-Type: \(type)" + HeaderEncoding.parameter("name", attachment.fileName) + "\r\n").utf8)
            out += Array(("Content-Disposition: attachment" + HeaderEncoding.parameter("filename", attachment.fileName) + "\r\n").utf8)
            out += Array("Content-Transfer-Encoding: base64\r\n\r\n".utf8)
            out += Base64.lines(attachment.data)
        }
        out += Array("\r\n--\(boundary)--\r\n".utf8)
        return out
    }

    /// A boundary derived from the message id. It starts with `=_`, which neither quoted-printable
    /// (where `=` is always followed by hex digits or a line end) nor base64 can contain.
    static func boundary(for id: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "=_overdue_" + String(hash, radix: 16)
    }
}
