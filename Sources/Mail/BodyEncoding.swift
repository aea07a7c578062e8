import Foundation

/// Base64 (RFC 2045 § 6.8).
enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        String(decoding: encodeBytes(bytes), as: UTF8.self)
    }

    static func encodeBytes(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 3) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? alphabet[Int((b1 & 15) << 2 | b2 >> 6)] : 0x3D)
            out.append(i + 2 < bytes.count ? alphabet[Int(b2 & 63)] : 0x3D)
            i += 3
        }
        return out
    }

    /// Base64 in lines of 76 characters, each ended by CRLF (RFC 2045 § 6.8); Foundation's
    /// encoder (compiled optimised, which matters for a PDF in a debug build).
    static func lines(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        let encoded = Data(bytes).base64EncodedData(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return [UInt8](encoded) + [0x0D, 0x0A]
    }
}

/// Quoted-printable (RFC 2045 § 6.7): readable in a draft, lines of at most 76 characters.
enum QuotedPrintable {
    /// `text` with its line breaks (LF or CRLF) as CRLF hard breaks, ending with one; long lines
    /// get soft breaks.
    static func encode(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        if normalized.hasSuffix("\n") { lines.removeLast() }  // the text's own last line end, not an empty line
        let digits = Array("0123456789ABCDEF".utf8)
        for line in lines {
            let bytes = Array(line.utf8)
            var length = 0
            for (index, byte) in bytes.enumerated() {
                let last = index == bytes.count - 1
                var literal = (byte >= 33 && byte <= 126 && byte != 0x3D) || ((byte == 0x20 || byte == 0x09) && !last)
                // A soft break ("=" then CRLF) keeps every line at 76 characters or fewer.
                if length + (literal ? 1 : 3) > 75 {
                    out += [0x3D, 0x0D, 0x0A]
                    length = 0
                }
                // A "." starting a line (a lone "." ends the message for `sendmail` without -i) and
                // the "F" of a line starting "From " (mbox stores turn it into ">From ") are encoded,
                // so that nothing on the way changes the text.
                if length == 0, byte == 0x2E || (byte == 0x46 && bytes[index...].starts(with: Array("From ".utf8))) { literal = false }
                if literal {
                    out.append(byte)
                    length += 1
                } else {
                    out += [0x3D, digits[Int(byte >> 4)], digits[Int(byte & 15)]]
                    length += 3
                }
            }
            out += [0x0D, 0x0A]
        }
        return out
    }
}
