import Foundation
import Hummingbird

/// Building the studio's responses.
enum StudioResponses {
    static func html(status: Int = 200, _ text: String) -> Response {
        Response(status: .init(code: status), headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json<T: Encodable>(status: Int = 200, _ value: T) -> Response {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return Response(status: .init(code: status), headers: [.contentType: "application/json", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A PDF shown in the browser (not downloaded); `name` is the file name offered on saving.
    static func pdf(_ data: Data, name: String) -> Response {
        let safe = String(name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
        return Response(status: .ok, headers: [.contentType: "application/pdf", .contentDisposition: "inline; filename=\"\(safe)\"",
                                               .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A proof of deposit (PDF, PNG or JPEG) shown in the browser.
    static func proof(_ data: [UInt8], type: String, name: String) -> Response {
        let safe = String(name.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" })
        return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "inline; filename=\"\(safe)\"", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// After a successful change: back to the page (POST, then GET).
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// A minimal page for the guard's refusals (no token in it).
    static func plainPage(title: String, message: String) -> String {
        StudioPages.library.render(["title": title, "body": "", "error": message, "asOf": ""], withTemplate: "layout") ?? message
    }

    /// A value for a URL query.
    static func query(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
