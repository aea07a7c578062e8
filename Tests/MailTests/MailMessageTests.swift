import Foundation
import Testing
@testable import Mail

/// Messages as a standard parser (Python's `email`) reads them.
@Suite struct MailMessageTests {
    /// Bytes that look like a small PDF, with every byte value so base64 is exercised fully.
    static let pdf: [UInt8] = Array("%PDF-1.4\n".utf8) + (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7) }

    static func message(from: MailAddress = MailAddress(name: "Studio Vermeulen BV", address: "billing@vermeulen.example"),
                        to: MailAddress = MailAddress(name: "Brasserie Ångström & Zoë", address: "zoe@brasserie.example"),
                        subject: String = "Herinnering: factuur 2026-014 – € 1.234,56 onbetaald",
                        text: String = "Geachte heer,\n\nFactuur 2026-014 staat open: € 1.234,56.\nMet vriendelijke groet",
                        fileName: String = "herinnering-Zoë.pdf") -> MailMessage {
        MailMessage(from: from, to: [to], subject: subject, date: MailDate(year: 2026, month: 3, day: 2),
                    messageID: MailMessage.messageID(hash: String(repeating: "ab12", count: 16), domain: from.domain),
                    text: text, attachments: [MailAttachment(fileName: fileName, contentType: "application/pdf", data: pdf)])
    }

    @Test func aStandardParserReadsEveryHeaderTheBodyAndTheAttachment() throws {
        let bytes = try Self.message().encoded()
        let parsed = try PythonEmail.parse(bytes)
        #expect(parsed["defects"] as? [String] == [])
        #expect(parsed["subject"] as? String == "Herinnering: factuur 2026-014 – € 1.234,56 onbetaald")
        let from = try #require(parsed["from"] as? [String: String])
        #expect(from == ["name": "Studio Vermeulen BV", "address": "billing@vermeulen.example"])
        let to = try #require(parsed["to"] as? [[String: String]])
        #expect(to == [["name": "Brasserie Ångström & Zoë", "address": "zoe@brasserie.example"]])
        #expect(parsed["unsent"] as? String == "1")
        #expect(parsed["message_id"] as? String == "<ab12ab12ab12ab12ab12ab12ab12ab12.overdue@vermeulen.example>")
        #expect(parsed["date_day"] as? String == "2026-03-02 Mon")
        #expect(parsed["content_type"] as? String == "multipart/mixed")
        #expect(parsed["body_charset"] as? String == "utf-8")
        #expect(parsed["body"] as? String == "Geachte heer,\n\nFactuur 2026-014 staat open: € 1.234,56.\nMet vriendelijke groet\n")
        let attachments = try #require(parsed["attachments"] as? [[String: String]])
        #expect(attachments.count == 1)
        #expect(attachments.first?["name"] == "herinnering-Zoë.pdf")
        #expect(attachments.first?["type"] == "application/pdf")
        #expect(attachments.first?["hex"] == PythonEmail.hex(Self.pdf))
    }

    @Test func linesEndInCRLFAndStayWithinTheLimits() throws {
        let longSubject = String(repeating: "Überfällige Rechnung ", count: 40)
        let longLine = String(repeating: "word ", count: 400) + String(repeating: "x", count: 2000)
        let bytes = try Self.message(subject: longSubject, text: longLine, fileName: String(repeating: "Überfällig-", count: 20) + ".pdf").encoded()
        let parsed = try PythonEmail.parse(bytes)
        #expect(parsed["bare_lf"] as? Int == 0)
        #expect((parsed["longest_line"] as? Int ?? 999) <= 78 + 20)  // headers fold near 78; bodies at 76
        #expect(parsed["subject"] as? String == longSubject)
        #expect(parsed["body"] as? String == longLine + "\n")
        #expect((parsed["attachments"] as? [[String: String]])?.first?["name"] == String(repeating: "Überfällig-", count: 20) + ".pdf")
        #expect(parsed["defects"] as? [String] == [])
    }

    @Test(arguments: ["Plain ASCII subject", "A =?UTF-8?B?trick?= subject", "tab\tand \"quotes\" and \\ backslash", ""])
    func subjectsComeBackExactly(_ subject: String) throws {
        let parsed = try PythonEmail.parse(try Self.message(subject: subject).encoded())
        #expect(parsed["subject"] as? String == subject)
    }

    @Test(arguments: ["O'Brien, \"The\" Plumber", "Zoë", "Ann (billing)", "测试公司", (1...60).map { "Company\($0)" }.joined(separator: " ")])
    func displayNamesComeBackExactly(_ name: String) throws {
        let parsed = try PythonEmail.parse(try Self.message(to: MailAddress(name: name, address: "x@debtor.example")).encoded())
        if name.utf8.count <= 45 {
            #expect((parsed["to"] as? [[String: String]])?.first == ["name": name, "address": "x@debtor.example"])
        } else {
            // Several encoded words: RFC 2047 § 6.2 ignores the folding space between them, which
            // Python's address parser keeps (it cannot read back its own long names either), so
            // the name is checked with Python's RFC 2047 decoder.
            #expect(parsed["to_rfc2047"] as? String == name + " <x@debtor.example>")
        }
        #expect(parsed["defects"] as? [String] == [])
        #expect((parsed["longest_line"] as? Int ?? 999) <= 998)
    }

    /// Header injection: a line break in any value from user data is refused, never a new header.
    @Test(arguments: ["Reminder\r\nBcc: victim@example.com", "Reminder\nBcc: victim@example.com", "Reminder\rX: y"])
    func aLineBreakInASubjectIsAnError(_ subject: String) throws {
        #expect(throws: MailError.lineBreak(field: "Subject")) { try Self.message(subject: subject).encoded() }
    }

    @Test func aLineBreakInANameOrFileNameIsAnError() throws {
        #expect(throws: MailError.lineBreak(field: "To")) {
            try Self.message(to: MailAddress(name: "Zoë\r\nBcc: x@y.example", address: "zoe@brasserie.example")).encoded()
        }
        #expect(throws: MailError.lineBreak(field: "attachment file name")) { try Self.message(fileName: "a\nb.pdf").encoded() }
    }

    @Test(arguments: ["no-at-sign", "two@@example.com", "a b@example.com", "<x@example.com>", "zoë@example.com", "x@localhost", "x@example.com\r\nBcc: y@z.example"])
    func aBadAddressIsAnErrorNamingIt(_ address: String) throws {
        #expect(throws: MailError.self) { try Self.message(to: MailAddress(name: "X", address: address)).encoded() }
    }

    @Test func theSameMessageGivesTheSameBytes() throws {
        #expect(try Self.message().encoded() == Self.message().encoded())
        #expect(try Self.message().encoded() != Self.message(subject: "Other").encoded())
    }

    @Test(arguments: [(2026, 3, 2, "Mon, 02 Mar 2026"), (2024, 2, 29, "Thu, 29 Feb 2024"), (2000, 1, 1, "Sat, 01 Jan 2000"), (1970, 1, 1, "Thu, 01 Jan 1970")])
    func datesNameTheRightWeekday(_ y: Int, _ m: Int, _ d: Int, _ expected: String) {
        #expect(MailDate(year: y, month: m, day: d).rfc5322 == expected + " 12:00:00 +0000")
    }

    @Test func quotedPrintableEncodesTrailingSpacesAndEquals() {
        let encoded = String(decoding: QuotedPrintable.encode("a = b \nend\t"), as: UTF8.self)
        #expect(encoded == "a =3D b=20\r\nend=09\r\n")
    }

    /// A lone "." (end of message for sendmail) and "From " at a line's start survive the way.
    @Test func linesThatMailSoftwareWouldChangeAreEncoded() throws {
        let encoded = String(decoding: QuotedPrintable.encode(".\nFrom here\nFromage\n..."), as: UTF8.self)
        #expect(encoded == "=2E\r\n=46rom here\r\nFromage\r\n=2E..\r\n")
        let parsed = try PythonEmail.parse(try Self.message(text: ".\nFrom here\n").encoded())
        #expect(parsed["body"] as? String == ".\nFrom here\n")
        // Also where a soft break puts them at the start of a line.
        let long = String(repeating: "x", count: 75) + "." + "\n" + String(repeating: "y", count: 75) + "From there"
        let physical = String(decoding: QuotedPrintable.encode(long), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(physical.allSatisfy { !$0.hasPrefix(".") && !$0.hasPrefix("From ") })
        #expect(try PythonEmail.parse(try Self.message(text: long).encoded())["body"] as? String == long + "\n")
    }
}
