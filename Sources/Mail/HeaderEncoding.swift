import Foundation

/// Header values as RFC 5322 and its MIME extensions require: folded lines, RFC 2047 encoded
/// words for text that is not plain ASCII, RFC 2231 parameters for non-ASCII file names.
enum HeaderEncoding {
    /// The longest line we aim for (RFC 5322 § 2.1.1 recommends 78; 998 is the hard limit).
    static let preferredLength = 78
    /// RFC 2047 § 2: an encoded word is at most 75 characters. `=?UTF-8?B?` and `?=` take 12,
    /// leaving 63 characters of base64, i.e. 45 bytes of text (15 groups of 3).
    static let bytesPerEncodedWord = 45

    static func requireNoLineBreak(_ value: String, field: String) throws {
        if value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) { throw MailError.lineBreak(field: field) }
    }

    /// True when `text` can stand as it is in an unstructured header: printable ASCII (and
    /// spaces), no word so long it could not be folded, and nothing that reads as an encoded word.
    static func isPlain(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) }) else { return false }
        if text.contains("=?") { return false }
        return text.split(separator: " ").allSatisfy { $0.utf8.count <= 900 }
    }

    /// `Name: value` for unstructured text (a subject): folded at spaces when plain, otherwise
    /// as encoded words, one per folded line.
    static func unstructured(_ name: String, _ text: String) -> String {
        if isPlain(text) { return fold(name + ": " + text) }
        return name + ": " + encodedWords(text).joined(separator: "\r\n ")
    }

    /// Folds a plain header line before spaces so that lines stay near 78 characters; unfolding
    /// (removing each CRLF) gives the line back exactly.
    static func fold(_ line: String) -> String {
        let pieces = line.split(separator: " ", omittingEmptySubsequences: false)
        var lines: [String] = []
        var current = String(pieces[0])
        for piece in pieces.dropFirst() {
            if current.utf8.count + 1 + piece.utf8.count > preferredLength, !current.trimmingCharacters(in: .whitespaces).isEmpty,
               !current.hasSuffix(":") {
                lines.append(current)
                current = " " + piece
            } else {
                current += " " + piece
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// RFC 2047 B-encoded words of at most 75 characters, never splitting a character's bytes.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > bytesPerEncodedWord {
                words.append(word(chunk)); chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words
    }

    static func word(_ bytes: [UInt8]) -> String { "=?UTF-8?B?" + Base64.encode(bytes) + "?=" }

    /// A mailbox for `From` or `To`: `"Name" <address>`, the name quoted when plain ASCII,
    /// encoded words otherwise.
    static func mailbox(_ mailbox: MailAddress, field: String) throws -> String {
        try requireNoLineBreak(mailbox.address, field: field)
        if let problem = MailAddress.problem(with: mailbox.address) {
            throw MailError.badAddress(field: field, address: mailbox.address, problem: problem)
        }
        guard let name = mailbox.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else { return "<\(mailbox.address)>" }
        try requireNoLineBreak(name, field: field)
        // A quoted name is never folded: only a short one is quoted, a long one becomes encoded words.
        if isPlain(name), name.utf8.count <= 200 {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\" <\(mailbox.address)>"
        }
        return encodedWords(name).joined(separator: "\r\n ") + " <\(mailbox.address)>"
    }

    /// `; attribute="value"` for a plain ASCII value, else the RFC 2231 form
    /// `; attribute*=utf-8''%C3%A9...`, split into numbered continuations on folded lines when long.
    static func parameter(_ attribute: String, _ value: String) -> String {
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), value.utf8.count <= 60 {
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return ";\r\n \(attribute)=\"\(escaped)\""
        }
        // RFC 2231 § 7: attribute-char is any printable ASCII but specials, space, '*', ''' and '%'.
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        var pieces: [String] = []
        for byte in value.utf8 {
            pieces.append(allowed.contains(byte) ? String(UnicodeScalar(byte)) : "%" + hex(byte))
        }
        let whole = pieces.joined()
        if whole.utf8.count <= 60 { return ";\r\n \(attribute)*=utf-8''\(whole)" }
        // Continuations (RFC 2231 § 3), never splitting a %XX triplet.
        var sections: [String] = []
        var current = ""
        for piece in pieces {
            if current.utf8.count + piece.utf8.count > 60 { sections.append(current); current = "" }
            current += piece
        }
        sections.append(current)
        return sections.enumerated().map { index, section in
            ";\r\n \(attribute)*\(index)*=" + (index == 0 ? "utf-8''" : "") + section
        }.joined()
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
