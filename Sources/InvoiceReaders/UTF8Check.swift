import Foundation

/// Checks that an input's bytes are UTF-8 before a parser sees them (Foundation's XML parser
/// traps on some invalid bytes; CSV and JSON parsers report them as something else).
public enum UTF8Check {
    /// Where the first byte that is not UTF-8 sits: 1-based line, and column in bytes.
    public struct Problem: Sendable, Equatable {
        public var offset: Int
        public var line: Int
        public var column: Int
        public var byte: UInt8

        /// The error for `file`.
        public func error(file: String) -> InputError {
            InputError(file: file, line: line, column: column,
                       message: "byte 0x\(String(byte, radix: 16, uppercase: true)) is not valid UTF-8",
                       hint: "save the file as UTF-8 (Excel: \"CSV UTF-8\"; iconv -f latin1 -t utf-8)")
        }
    }

    /// The text of `data` (a byte order mark kept), or an error locating the first invalid byte.
    public static func text(_ data: Data, file: String) throws -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        let problem = firstProblem(in: data) ?? Problem(offset: 0, line: 1, column: 1, byte: data.first ?? 0)
        throw problem.error(file: file)
    }

    /// Throws when `data` is not UTF-8.
    public static func validate(_ data: Data, file: String) throws {
        _ = try text(data, file: file)
    }

    /// The first invalid byte of `bytes`, nil when all of it is UTF-8.
    public static func firstProblem<C: Collection>(in bytes: C) -> Problem? where C.Element == UInt8 {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return locate(offset, in: bytes)
            }
        }
    }

    /// Line and column of byte `offset`.
    static func locate<C: Collection>(_ offset: Int, in bytes: C) -> Problem where C.Element == UInt8 {
        var line = 1, lineStart = 0, index = 0
        var byte: UInt8 = 0
        for value in bytes {
            if index == offset { byte = value; break }
            if value == 0x0A { line += 1; lineStart = index + 1 }
            index += 1
        }
        return Problem(offset: offset, line: line, column: offset - lineStart + 1, byte: byte)
    }
}
