import Foundation
import Testing

/// Parses a message with Python's standard `email` package (policy=email.policy.default) and
/// returns what it read: the headers decoded, the body text, each attachment's name and bytes
/// (hex), and every defect the parser found.
enum PythonEmail {
    static let script = #"""
    import email, email.header, email.policy, json, sys
    raw = open(sys.argv[1], 'rb').read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = [type(d).__name__ for d in msg.defects]
    for part in msg.walk():
        defects += [type(d).__name__ for d in part.defects]
    def mailbox(h):
        a = h.addresses[0]
        return {"name": a.display_name, "address": a.addr_spec}
    body = msg.get_body(('plain',))
    out = {
        "subject": str(msg['Subject']), "date": str(msg['Date']), "message_id": str(msg['Message-ID']),
        "from": mailbox(msg['From']), "to": [{"name": a.display_name, "address": a.addr_spec} for a in msg['To'].addresses],
        "unsent": msg['X-Unsent'], "content_type": msg.get_content_type(),
        "header_names": list(msg.keys()),
        "body": body.get_content().replace('\r\n', '\n') if body is not None else None,
        "body_charset": body.get_content_charset() if body is not None else None,
        "attachments": [{"name": p.get_filename(), "type": p.get_content_type(), "hex": p.get_content().hex()} for p in msg.iter_attachments()],
        "defects": defects,
        "longest_line": max(len(l) for l in raw.split(b'\r\n')),
        "bare_lf": raw.replace(b'\r\n', b'').count(b'\n'),
        "date_day": msg['Date'].datetime.strftime('%Y-%m-%d %a'),
        "to_rfc2047": str(email.header.make_header(email.header.decode_header(
            email.message_from_bytes(raw, policy=email.policy.compat32)['To']))),
    }
    print(json.dumps(out))
    """#

    static func parse(_ bytes: [UInt8]) throws -> [String: Any] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("message.eml")
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out; process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 email: \(problem)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
}
