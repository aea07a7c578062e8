import Foundation

/// Standard output and error without stdio buffering, so that they never interleave; control
/// characters from the inputs are escaped (see `TerminalText`).
enum Output {
    static func write(_ text: String, terminator: String = "\n") {
        out(Data((TerminalText.escaped(text) + terminator).utf8))
    }

    /// Bytes on standard output. A failed write (a full disk, a closed pipe) is reported on
    /// standard error and ends the command with status 1, never a trap.
    static func out(_ data: Data) {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            err(Data("error: cannot write to standard output: \(error.localizedDescription)\n".utf8))
            exit(1)
        }
    }

    /// Bytes on standard error; if even that fails there is nowhere left to say so.
    static func err(_ data: Data) {
        try? FileHandle.standardError.write(contentsOf: data)
    }

    /// A line on standard error.
    static func error(_ text: String) {
        err(Data((TerminalText.escaped(text) + "\n").utf8))
    }
}
